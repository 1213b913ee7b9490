import { describe, expect, it } from "vitest";
import { parseScenario, runGate, type Scenario } from "../../src/gate/index.js";
import { singleStation } from "./fixtures.js";

/** One lane, 60 s of deterministic service, no arrivals: only the trucks present at the start. */
function queueAtStart(
  initialState: Scenario["initialState"],
  extra: Partial<Scenario> = {},
): Scenario {
  const base = singleStation({
    trucksPerDay: 0,
    servers: 1,
    meanServiceSeconds: 60,
    horizonDays: 3,
  });
  return {
    ...base,
    stations: [
      {
        id: "check",
        kind: "other",
        servers: 1,
        serviceSeconds: { kind: "deterministic", seconds: 60 },
      },
    ],
    initialState,
    ...extra,
  };
}

describe("the state at the start", () => {
  it("clears N trucks queued at one deterministic lane exactly at its service rate", () => {
    const result = runGate(queueAtStart({ trucks: [{ count: 100, waitedHours: 2 }] }), { seed: 1 });
    expect(result.trucks.initial).toBe(100);
    expect(result.trucks.arrived).toBe(0);
    expect(result.trucks.cleared).toBe(100);
    expect(result.backlog.atStartOfDay[0]).toBe(100);
    // Exits at 60, 120, …, 6000 s; each had waited 2 h before the start.
    const meanHours = 2 + (60 * 101) / 2 / 3600;
    expect(result.timeInSystem.meanHours).toBeCloseTo(meanHours, 9);
    expect(result.timeInSystem.maxHours).toBeCloseTo(2 + 6000 / 3600, 9);
    expect(result.cohorts.initial!.timeInSystem.meanHours).toBeCloseTo(meanHours, 9);
    expect(result.cohorts.arrivals.trucks).toBe(0);
  });

  it("counts shelf life from the real arrival: fruit that waited 70 of its 72 h spoils if it takes over 2 h more", () => {
    const scenario = queueAtStart(
      { trucks: [{ count: 200, cargoClassId: "fruit", waitedHours: 70 }] },
      {
        trucks: {
          directionShares: { export: 0.5, import: 0.5 },
          cargoClasses: [{ id: "fruit", share: 1, agricultural: true, shelfLifeHours: 72 }],
        },
      },
    );
    const result = runGate(scenario, { seed: 1 });
    // 200 × 60 s: trucks leaving after 7,200 s (the 121st onwards) spoil.
    expect(result.trucks.spoiled).toBe(80);
    expect(result.cohorts.initial!.spoiled).toBe(80);
    expect(result.trucks.spoiledShareOfPerishables).toBeCloseTo(0.4, 12);
  });

  it("says on which day the backlog is gone: 2,500 trucks at 1,000 a day clear on day 3", () => {
    const scenario = queueAtStart({ trucks: [{ count: 2500 }] }, { horizonDays: 5 });
    scenario.stations[0] = {
      ...scenario.stations[0]!,
      serviceSeconds: { kind: "deterministic", seconds: 86.4 },
    };
    const result = runGate(scenario, { seed: 1 });
    expect(result.backlog.atStartOfDay).toEqual([2500, 1500, 500, 0, 0]);
    expect(result.backlog.clearFromDay).toBe(3);
    expect(
      runGate({ ...scenario, backlogTargetTrucks: 600 }, { seed: 1 }).backlog.clearFromDay,
    ).toBe(2);
  });

  it("puts trucks at a station's line, where they go on with the steps after it", () => {
    const base = queueAtStart(undefined);
    const scenario: Scenario = {
      ...base,
      stations: [
        ...base.stations,
        {
          id: "exit-gate",
          kind: "other",
          servers: 1,
          serviceSeconds: { kind: "deterministic", seconds: 30 },
        },
      ],
      pathway: [{ stationId: "check" }, { stationId: "exit-gate" }],
      initialState: { trucks: [{ count: 10, atStationId: "exit-gate" }, { count: 5 }] },
    };
    const result = runGate(scenario, { seed: 1 });
    const [check, exitGate] = result.stations;
    expect(check!.served).toBe(5);
    expect(exitGate!.served).toBe(15);
    expect(result.trucks.cleared).toBe(15);
  });

  it("queues trucks on the road when the yard is full, the longest waiting first", () => {
    const scenario = queueAtStart(
      {
        trucks: [
          { count: 30, waitedHours: 1 },
          { count: 20, at: "yard", waitedHours: 5 },
        ],
      },
      { yard: { slots: 25, truckSpacingMetres: 20 } },
    );
    const records: { arrival: number; exit: number }[] = [];
    const result = runGate(scenario, {
      seed: 1,
      onTruck: (record) =>
        records.push({ arrival: record.arrivalSeconds, exit: record.exitSeconds }),
    });
    expect(result.yard.maxRoadQueueTrucks).toBe(25);
    expect(result.queueOverTime.road[0]).toBe(25);
    // The 20 yard trucks (waited 5 h) leave first, then the road trucks in their order.
    expect(records.slice(0, 20).every((r) => r.arrival === -5 * 3600)).toBe(true);
    expect(records.slice(20).every((r) => r.arrival === -3600)).toBe(true);
  });

  it("keeps the trucks arriving during the run the same with or without an initial state", () => {
    const base = singleStation({
      trucksPerDay: 500,
      servers: 4,
      meanServiceSeconds: 300,
      horizonDays: 2,
    });
    const arrivals = (scenario: Scenario) => {
      const seen: string[] = [];
      runGate(scenario, {
        seed: 3,
        onTruck: (r) =>
          r.arrivalSeconds >= 0 && seen.push(`${r.arrivalSeconds}:${r.direction}:${r.cargoClass}`),
      });
      return seen.sort();
    };
    const withBacklog = arrivals({
      ...base,
      drainDays: 5,
      initialState: { trucks: [{ count: 300, waitedHours: 1 }] },
    });
    expect(withBacklog).toEqual(arrivals({ ...base, drainDays: 5 }));
  });

  it("draws waited times from a law when given one", () => {
    const result = runGate(
      queueAtStart(
        {
          trucks: [
            { count: 2000, waitedSeconds: { kind: "uniform", minSeconds: 0, maxSeconds: 7200 } },
          ],
        },
        { horizonDays: 3 },
      ),
      { seed: 5 },
    );
    // Mean waited ≈ 1 h (± 4 standard errors of a uniform mean: 4 · 7200/√12/√2000 s).
    const waitedHours = result.timeInSystem.meanHours! - (60 * 2001) / 2 / 3600;
    expect(Math.abs(waitedHours - 1)).toBeLessThan((4 * 7200) / Math.sqrt(12 * 2000) / 3600);
  });

  it("rejects unknown classes and stations, and two places or two waits for one group", () => {
    const messages = (initialState: unknown) => {
      const parsed = parseScenario({ ...queueAtStart(undefined), initialState });
      return parsed.ok ? [] : parsed.issues.map((issue) => issue.message);
    };
    expect(
      messages({
        trucks: [
          { count: 1, cargoClassId: "durian" },
          { count: 1, atStationId: "x-ray" },
          {
            count: 1,
            at: "yard",
            atStationId: "check",
            waitedHours: 1,
            waitedSeconds: { kind: "deterministic", seconds: 1 },
          },
        ],
      }),
    ).toEqual([
      'initialState.trucks[0].cargoClassId: expected a cargo class id (general), received "durian"',
      'initialState.trucks[1].atStationId: expected the id of a station on the pathway (check), received "x-ray"',
      'initialState.trucks[2]: expected at most one of at and atStationId, received {"at":"yard","atStationId":"check"}',
      'initialState.trucks[2]: expected at most one of waitedHours and waitedSeconds, received {"waitedHours":1,"waitedSeconds":{"kind":"deterministic","seconds":1}}',
    ]);
    expect(messages({ trucks: [{ count: 0 }] })[0]).toBe(
      "initialState.trucks[0].count: expected a number >= 1, received 0",
    );
  });
});
