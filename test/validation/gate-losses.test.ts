/**
 * The gate's trucks that leave, checked against queueing theory on one-station gates: reneging
 * with exponential patience is Palm's M/M/c+M (Erlang-A), balking at a full yard is M/M/c/K.
 * The analytic value must lie inside the 95% CI of the replications (fixed seeds, stated below).
 */
import { describe, expect, it } from "vitest";
import { runGate, type Scenario } from "../../src/gate/index.js";
import { confidenceInterval, erlangA, mmck } from "../../src/stats/index.js";
import { singleStation } from "../gate/fixtures.js";

const inside = (value: number, sample: number[], what: string) => {
  const ci = confidenceInterval(sample);
  expect(
    value >= ci.lower! && value <= ci.upper!,
    `${what}: ${value} outside [${ci.lower}, ${ci.upper}]`,
  ).toBe(true);
};

describe("trucks that leave, against theory", () => {
  it("renege as in Erlang-A: abandonment share and the wait of the served inside the CI of 20 replications (seed erlang-a)", () => {
    // 30 trucks/h, 4 lanes of 10 min (5 erlangs: overloaded without abandonment), patience
    // exponential with mean 20 min. One drain day resolves every truck: served or reneged.
    const base = singleStation({
      trucksPerDay: 720,
      servers: 4,
      meanServiceSeconds: 600,
      horizonDays: 8,
    });
    const scenario: Scenario = {
      ...base,
      drainDays: 1,
      reneging: { patienceSeconds: { kind: "exponential", meanSeconds: 1200 } },
    };
    const theory = erlangA({
      arrivalRate: 720 / 86_400,
      serviceRate: 1 / 600,
      servers: 4,
      abandonmentRate: 1 / 1200,
    });
    const abandoned: number[] = [];
    const servedWait: number[] = [];
    for (let replication = 0; replication < 20; replication++) {
      const result = runGate(scenario, { seed: "erlang-a", replication });
      expect(result.trucks.inSystemAtEnd).toBe(0);
      expect(result.trucks.arrived).toBe(result.trucks.cleared + result.trucks.reneged);
      expect(result.stations[0]!.renegedTrucks).toBe(result.trucks.reneged);
      abandoned.push(result.trucks.reneged / result.trucks.arrived);
      servedWait.push(result.stations[0]!.meanWaitMinutes! * 60);
    }
    inside(theory.abandonmentProbability, abandoned, "P(abandon)");
    inside(theory.meanWaitInQueueServed, servedWait, "mean wait of the served, s");
  });

  it("balk at a full yard as in M/M/c/K: the blocking probability inside the CI of 20 replications (seed mmck)", () => {
    // 60 trucks/h, 3 lanes of 4 min (4 erlangs), a yard of 6 slots held until exit; a truck
    // that would wait on the road balks (maxRoadQueueTrucks 0).
    const base = singleStation({
      trucksPerDay: 1440,
      servers: 3,
      meanServiceSeconds: 240,
      horizonDays: 6,
    });
    const scenario: Scenario = {
      ...base,
      yard: { slots: 6, truckSpacingMetres: 20 },
      balking: { maxRoadQueueTrucks: 0 },
    };
    const theory = mmck({
      arrivalRate: 1440 / 86_400,
      serviceRate: 1 / 240,
      servers: 3,
      capacity: 6,
    });
    const blocked: number[] = [];
    for (let replication = 0; replication < 20; replication++) {
      const result = runGate(scenario, { seed: "mmck", replication });
      expect(result.yard.maxRoadQueueTrucks).toBe(0);
      blocked.push(result.trucks.balked / result.trucks.arrived);
    }
    inside(theory.blockingProbability, blocked, "P(block)");
  });
});
