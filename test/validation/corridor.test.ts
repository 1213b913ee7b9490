/**
 * A corridor of gates, checked against queueing theory and against the routing literature:
 * with fixed shares, a Poisson demand split at random gives each gate a Poisson stream of its
 * share, so each one-station gate is an M/M/c queue whose mean wait is Erlang C; joining the
 * gate with the shortest expected wait on fresh information beats the random split; and the
 * staler the information, the worse the waits (herding: every driver between two refreshes
 * joins the same gate). Seeds and replication counts are fixed and stated in each test.
 */
import { describe, expect, it } from "vitest";
import {
  type Corridor,
  type CorridorRunResult,
  corridorModel,
  runCorridor,
  withCorridorServers,
} from "../../src/corridor/index.js";
import { comparePaired } from "../../src/experiment/index.js";
import { confidenceInterval, mmc, pairedDifference } from "../../src/stats/index.js";
import { equalShares, mmcCorridor } from "../corridor/fixtures.js";

const SERVICE_SECONDS = 600;

/** Mean wait for a server over every truck served at every gate, minutes. */
function meanWaitMinutes(result: CorridorRunResult): number {
  let served = 0;
  let total = 0;
  for (const gate of result.gates) {
    const station = gate.result.stations[0]!;
    served += station.served;
    total += station.served * (station.meanWaitMinutes ?? 0);
  }
  return total / served;
}

const WAIT_KPI = {
  key: "meanWaitMinutes",
  label: "Mean wait for a server",
  unit: "min",
  higherIsBetter: false,
  read: meanWaitMinutes,
};

/** Two equal M/M/3 gates at 80% load each, routed as given (10 days, 1 of warm-up). */
function twoGates(routing: Corridor["routing"]): Corridor {
  // λ per gate = 0.8 · 3 · (1 / 600 s) = 345.6 trucks/day.
  return mmcCorridor({
    gates: 2,
    trucksPerDay: 2 * 345.6,
    servers: 3,
    meanServiceSeconds: SERVICE_SECONDS,
    horizonDays: 10,
    warmupDays: 1,
    routing,
  });
}

describe("a corridor of gates, against theory", () => {
  it("with fixed shares is independent M/M/c gates: each gate's mean wait is Erlang C, inside the CI of 20 replications (seed corridor-erlang-c)", () => {
    // Gate 1: 3 lanes, 60% of 576 trucks/day (345.6: ρ = 0.8); gate 2: 2 lanes, 40% (230.4:
    // ρ = 0.8). Different sizes, so the check sees each gate's own Erlang C.
    const base = mmcCorridor({
      gates: 2,
      trucksPerDay: 576,
      servers: 3,
      meanServiceSeconds: SERVICE_SECONDS,
      horizonDays: 20,
      warmupDays: 1,
      routing: { kind: "fixed-shares", sharesByGate: { "gate-1": 0.6, "gate-2": 0.4 } },
    });
    const corridor = withCorridorServers(base, { "gate-2.check": 2 });
    const theory = [
      { share: 0.6, servers: 3 },
      { share: 0.4, servers: 2 },
    ].map(
      ({ share, servers }) =>
        mmc({ arrivalRate: (576 * share) / 86_400, serviceRate: 1 / SERVICE_SECONDS, servers })
          .meanWaitInQueue! / 60,
    );
    const waits: number[][] = [[], []];
    for (let replication = 0; replication < 20; replication++) {
      const result = runCorridor(corridor, { seed: "corridor-erlang-c", replication });
      result.gates.forEach((gate, index) => {
        waits[index]!.push(gate.result.stations[0]!.meanWaitMinutes!);
      });
    }
    theory.forEach((value, index) => {
      const ci = confidenceInterval(waits[index]!);
      expect(
        value >= ci.lower! && value <= ci.upper!,
        `gate ${index + 1}: Erlang C ${value} min outside [${ci.lower}, ${ci.upper}]`,
      ).toBe(true);
    });
  });

  it("joining the shortest expected wait on fresh information beats a random split: the paired CI of the difference in mean wait lies below 0 (12 replications, seed corridor-jsq)", async () => {
    const comparison = await comparePaired({
      model: corridorModel,
      configA: twoGates(equalShares(2)),
      configB: twoGates({ kind: "shortest-expected-wait", refreshMinutes: 0 }),
      seed: "corridor-jsq",
      replications: 12,
      kpis: [WAIT_KPI],
    });
    const difference = comparison.kpis[0]!.difference;
    expect(
      difference.upper!,
      `B − A in [${difference.lower}, ${difference.upper}] min`,
    ).toBeLessThan(0);
  });

  it("degrades as the information gets staler (herding): mean wait non-decreasing over refresh intervals 0, 30 and 240 min, and the 240-min wait above the fresh one by a paired CI (10 replications, seed corridor-herding)", () => {
    // Checked: the replication means are ordered w(0) ≤ w(30) ≤ w(240), and the CI of the
    // paired difference w(240) − w(0) lies above 0.
    const waitsAt = (refreshMinutes: number): number[] =>
      Array.from({ length: 10 }, (_, replication) =>
        meanWaitMinutes(
          runCorridor(twoGates({ kind: "shortest-expected-wait", refreshMinutes }), {
            seed: "corridor-herding",
            replication,
          }),
        ),
      );
    const fresh = waitsAt(0);
    const half = waitsAt(30);
    const stale = waitsAt(240);
    const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;
    expect(mean(fresh)).toBeLessThanOrEqual(mean(half));
    expect(mean(half)).toBeLessThanOrEqual(mean(stale));
    const difference = pairedDifference(fresh, stale).difference;
    expect(
      difference.lower!,
      `w(240) − w(0) in [${difference.lower}, ${difference.upper}] min`,
    ).toBeGreaterThan(0);
  });
});
