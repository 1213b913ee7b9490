import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { runGate, type Scenario, type TruckRecord } from "../../src/gate/index.js";
import { singleStation } from "./fixtures.js";

/** Small random gates: one to three stations, random servers, laws, opening hours and warm-up. */
const smallGate = fc
  .record({
    trucksPerDay: fc.integer({ min: 20, max: 600 }),
    horizonDays: fc.integer({ min: 1, max: 4 }),
    drainDays: fc.integer({ min: 0, max: 2 }),
    warmupDays: fc.integer({ min: 0, max: 3 }),
    stations: fc.array(
      fc.record({
        servers: fc.integer({ min: 1, max: 6 }),
        meanSeconds: fc.integer({ min: 30, max: 1800 }),
        law: fc.constantFrom("exponential", "deterministic", "uniform"),
        openFrom: fc.integer({ min: 0, max: 12 }),
        openHours: fc.integer({ min: 6, max: 24 }),
      }),
      { minLength: 1, maxLength: 3 },
    ),
    yardSlots: fc.option(fc.integer({ min: 5, max: 200 }), { nil: undefined }),
    neighbourPerDay: fc.option(fc.integer({ min: 50, max: 2000 }), { nil: undefined }),
    seed: fc.integer({ min: 0, max: 1_000_000 }),
  })
  .map((g): { scenario: Scenario; seed: number } => ({
    seed: g.seed,
    scenario: {
      ...singleStation({
        trucksPerDay: g.trucksPerDay,
        servers: 1,
        meanServiceSeconds: 60,
        horizonDays: g.horizonDays,
      }),
      drainDays: g.drainDays,
      warmupDays: Math.min(g.warmupDays, g.horizonDays - 1),
      stations: g.stations.map((s, i) => ({
        id: `s${i}`,
        kind: "other" as const,
        servers: s.servers,
        serviceSeconds:
          s.law === "exponential"
            ? { kind: "exponential" as const, meanSeconds: s.meanSeconds }
            : s.law === "deterministic"
              ? { kind: "deterministic" as const, seconds: s.meanSeconds }
              : { kind: "uniform" as const, minSeconds: 0, maxSeconds: 2 * s.meanSeconds },
        ...(s.openHours < 24
          ? { openHours: { fromHour: s.openFrom, toHour: (s.openFrom + s.openHours) % 24 } }
          : {}),
      })),
      pathway: g.stations.map((_, i) => ({ stationId: `s${i}` })),
      ...(g.yardSlots === undefined
        ? {}
        : { yard: { slots: g.yardSlots, truckSpacingMetres: 18 } }),
      ...(g.neighbourPerDay === undefined
        ? {}
        : { neighbour: { trucksPerDay: g.neighbourPerDay } }),
    },
  }));

function finiteEverywhere(value: unknown, path = "result"): string[] {
  if (typeof value === "number") return Number.isFinite(value) ? [] : [`${path} = ${value}`];
  if (Array.isArray(value)) return value.flatMap((v, i) => finiteEverywhere(v, `${path}[${i}]`));
  if (value !== null && typeof value === "object") {
    return Object.entries(value).flatMap(([k, v]) => finiteEverywhere(v, `${path}.${k}`));
  }
  return [];
}

describe("gate model properties", () => {
  it("conserves trucks at every day boundary, clears none before arrival, and outputs no NaN or Infinity", () => {
    fc.assert(
      fc.property(smallGate, ({ scenario, seed }) => {
        const trucks: TruckRecord[] = [];
        const result = runGate(scenario, { seed, onTruck: (t) => trucks.push(t) });
        expect(finiteEverywhere(result)).toEqual([]);
        expect(result.trucks.arrived).toBe(result.trucks.cleared + result.trucks.inSystemAtEnd);
        let arrived = 0;
        let cleared = 0;
        result.backlog.atStartOfDay.forEach((backlog, day) => {
          expect(backlog).toBe(arrived - cleared);
          arrived += result.throughput.arrivedPerDay[day]!;
          cleared += result.throughput.clearedPerDay[day]!;
        });
        expect(trucks.length).toBe(result.trucks.cleared);
        for (const t of trucks) expect(t.exitSeconds).toBeGreaterThanOrEqual(t.arrivalSeconds);
      }),
      { numRuns: 60 },
    );
  });

  it("serves a single FIFO station in arrival order and never beats its capacity", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 4 }),
        fc.integer({ min: 60, max: 600 }),
        fc.integer({ min: 0, max: 10_000 }),
        (servers, seconds, seed) => {
          const base = singleStation({
            trucksPerDay: 2000,
            servers,
            meanServiceSeconds: seconds,
            horizonDays: 2,
          });
          const scenario: Scenario = {
            ...base,
            stations: [
              {
                id: "check",
                kind: "other",
                servers,
                serviceSeconds: { kind: "deterministic", seconds },
              },
            ],
          };
          const exits: TruckRecord[] = [];
          const result = runGate(scenario, { seed, onTruck: (t) => exits.push(t) });
          // deterministic service, FIFO: trucks leave in the order they arrived
          for (let i = 1; i < exits.length; i++)
            expect(exits[i]!.id).toBeGreaterThan(exits[i - 1]!.id);
          const capacityPerDay = (servers * 86_400) / seconds;
          for (const day of result.throughput.clearedPerDay)
            expect(day).toBeLessThanOrEqual(Math.ceil(capacityPerDay) + servers);
        },
      ),
      { numRuns: 30 },
    );
  });

  it("never increases the mean wait of a single-station gate when a lane is added (same draws)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5 }),
        fc.integer({ min: 100, max: 900 }),
        fc.integer({ min: 0, max: 10_000 }),
        (servers, meanSeconds, seed) => {
          const trucksPerDay = Math.floor(((servers * 86_400) / meanSeconds) * 0.9);
          const wait = (c: number) =>
            runGate(
              singleStation({
                trucksPerDay,
                servers: c,
                meanServiceSeconds: meanSeconds,
                horizonDays: 3,
              }),
              {
                seed,
              },
            ).stations[0]!.meanWaitMinutes!;
          expect(wait(servers + 1)).toBeLessThanOrEqual(wait(servers) + 1e-9);
        },
      ),
      { numRuns: 30 },
    );
  });

  it("keeps one configuration's arrivals and other stations' draws when an unused station changes", () => {
    const base = singleStation({
      trucksPerDay: 800,
      servers: 3,
      meanServiceSeconds: 300,
      horizonDays: 3,
    });
    const withSpare: Scenario = {
      ...base,
      stations: [
        ...base.stations,
        {
          id: "spare",
          kind: "booth",
          servers: 9,
          serviceSeconds: { kind: "exponential", meanSeconds: 999 },
        },
      ],
    };
    const a = runGate(base, { seed: 5 });
    const b = runGate(withSpare, { seed: 5 });
    expect(b.throughput.arrivedPerDay).toEqual(a.throughput.arrivedPerDay);
    expect(b.stations[0]).toEqual(a.stations[0]);
    expect(b.timeInSystem).toEqual(a.timeInSystem);
  });
});
