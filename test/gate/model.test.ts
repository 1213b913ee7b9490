import { describe, expect, it } from "vitest";
import { preset, runGate, type Scenario, type TruckRecord } from "../../src/gate/index.js";
import { GateRun } from "../../src/gate/model.js";
import { confidenceInterval, mmc } from "../../src/stats/index.js";
import { singleStation } from "./fixtures.js";

const SEED = "gate-model-tests";

describe("the gate model", () => {
  it("matches Erlang C on a one-station gate (mean wait inside the replications' 95% CI)", () => {
    const servers = 4;
    const meanServiceSeconds = 600;
    const trucksPerDay = 460; // ρ = 460·600/86400/4 ≈ 0.80
    const scenario = singleStation({ trucksPerDay, servers, meanServiceSeconds, horizonDays: 30 });
    const waits = Array.from({ length: 12 }, (_, replication) => {
      const result = runGate(scenario, { seed: SEED, replication });
      return result.stations[0]!.meanWaitMinutes! * 60;
    });
    const analytic = mmc({
      arrivalRate: trucksPerDay / 86_400,
      serviceRate: 1 / meanServiceSeconds,
      servers,
    });
    const ci = confidenceInterval(waits);
    expect(
      analytic.meanWaitInQueue! >= ci.lower! && analytic.meanWaitInQueue! <= ci.upper!,
      `seed ${SEED}: Erlang C wait ${analytic.meanWaitInQueue} s outside CI [${ci.lower}, ${ci.upper}]`,
    ).toBe(true);
  });

  it("conserves trucks: arrived = cleared + in system, at every day boundary", () => {
    const result = runGate(preset("huu-nghi-manual-2019")!, { seed: SEED });
    const { arrivedPerDay, clearedPerDay } = result.throughput;
    expect(arrivedPerDay.reduce((a, b) => a + b, 0)).toBe(result.trucks.arrived);
    expect(result.trucks.arrived).toBe(result.trucks.cleared + result.trucks.inSystemAtEnd);
    let arrived = 0;
    let cleared = 0;
    result.backlog.atStartOfDay.forEach((backlog, day) => {
      expect(backlog, `day ${day}`).toBe(arrived - cleared);
      arrived += arrivedPerDay[day]!;
      cleared += clearedPerDay[day]!;
    });
  });

  it("gives byte-identical results for the same seed and different ones for another", () => {
    const scenario = preset("huu-nghi-smart-2024")!;
    const short = { ...scenario, horizonDays: 3 };
    const a = JSON.stringify(runGate(short, { seed: 7 }));
    const b = JSON.stringify(runGate(short, { seed: 7 }));
    const c = JSON.stringify(runGate(short, { seed: 8 }));
    expect(a).toBe(b);
    expect(a).not.toBe(c);
  });

  it("shows two configurations the same trucks (common random numbers)", () => {
    const collect = (scenario: Scenario) => {
      const trucks = new Map<number, string>();
      runGate(
        { ...scenario, horizonDays: 2 },
        {
          seed: SEED,
          onTruck: (t: TruckRecord) =>
            trucks.set(t.id, [t.arrivalSeconds, t.direction, t.cargoClass, t.channel].join("|")),
        },
      );
      return trucks;
    };
    const smart = collect(preset("huu-nghi-smart-2024")!);
    const manualQuarantine = collect(preset("huu-nghi-smart-manual-quarantine")!);
    const both = [...smart.keys()].filter((id) => manualQuarantine.has(id));
    expect(both.length).toBeGreaterThan(5000);
    for (const id of both) expect(manualQuarantine.get(id), `truck ${id}`).toBe(smart.get(id));
  });

  it("serves no truck while a station is closed (opening hours with queues carried over night)", () => {
    const scenario: Scenario = {
      ...singleStation({ trucksPerDay: 300, servers: 2, meanServiceSeconds: 60, horizonDays: 5 }),
      stations: [
        {
          id: "check",
          kind: "other",
          servers: 2,
          serviceSeconds: { kind: "deterministic", seconds: 60 },
          openHours: { fromHour: 8, toHour: 16 },
        },
      ],
    };
    const result = runGate(scenario, { seed: SEED });
    const perHour = result.throughput.meanClearedPerHourOfDay;
    for (const hour of [0, 1, 2, 3, 4, 5, 6, 7, 17, 18, 19, 20, 21, 22, 23]) {
      expect(perHour[hour], `hour ${hour}`).toBe(0);
    }
    // night arrivals wait for the morning: the backlog at 00:00 is positive
    expect(Math.max(...result.backlog.atStartOfDay.slice(1))).toBeGreaterThan(0);
    expect(result.stations[0]!.meanServers).toBeCloseTo((2 * 8) / 24, 6);
  });

  it("holds trucks on the road when the yard is full and paces exits to the neighbour's acceptance", () => {
    const scenario: Scenario = {
      ...singleStation({
        trucksPerDay: 1000,
        servers: 10,
        meanServiceSeconds: 60,
        horizonDays: 10,
      }),
      yard: { slots: 50, truckSpacingMetres: 20 },
      neighbour: { trucksPerDay: 500 },
    };
    const result = runGate(scenario, { seed: SEED });
    expect(result.yard.maxOccupancyTrucks).toBe(50);
    expect(result.yard.maxRoadQueueTrucks).toBeGreaterThan(1000);
    expect(result.yard.maxRoadQueueKm).toBeCloseTo((result.yard.maxRoadQueueTrucks * 20) / 1000, 9);
    for (const day of result.throughput.clearedPerDay.slice(1))
      expect(Math.abs(day - 500)).toBeLessThanOrEqual(1);
  });

  it("sends false rejects of a smart check to the manual booth, and outages to their fallback", () => {
    const base = singleStation({
      trucksPerDay: 2000,
      servers: 2,
      meanServiceSeconds: 15,
      horizonDays: 5,
    });
    const scenario: Scenario = {
      ...base,
      stations: [
        {
          id: "check",
          kind: "identity-check",
          servers: 2,
          serviceSeconds: { kind: "deterministic", seconds: 15 },
          falseRejectShare: 0.2,
          fallbackStationId: "booth",
          outages: {
            meanHoursBetweenFailures: 12,
            repairSeconds: { kind: "deterministic", seconds: 3600 },
            fallbackStationId: "booth",
          },
        },
        {
          id: "booth",
          kind: "booth",
          servers: 4,
          serviceSeconds: { kind: "exponential", meanSeconds: 120 },
        },
      ],
    };
    const result = runGate(scenario, { seed: SEED });
    const [check, booth] = result.stations;
    expect(check!.downHours).toBeGreaterThan(0);
    expect(check!.divertedTrucks).toBeGreaterThan(0);
    const expectedBooth = 0.2 * check!.served + check!.divertedTrucks;
    expect(Math.abs(booth!.served - expectedBooth) / expectedBooth).toBeLessThan(0.1);
  });

  it("generates appointment arrivals at the booked, showing rate", () => {
    const scenario: Scenario = {
      ...singleStation({ trucksPerDay: 1, servers: 50, meanServiceSeconds: 60, horizonDays: 10 }),
      arrivals: {
        kind: "appointments",
        slotMinutes: 30,
        trucksPerSlot: 20,
        openHours: { fromHour: 6, toHour: 18 },
        bookedShare: 0.8,
        noShowShare: 0.1,
        latenessMeanMinutes: 5,
        latenessSdMinutes: 10,
      },
    };
    const result = runGate(scenario, { seed: SEED });
    const expected = 24 * 20 * 0.8 * 0.9 * 10; // slots/day × places × booked × showing × days
    expect(Math.abs(result.trucks.arrived - expected)).toBeLessThan(4 * Math.sqrt(expected));
  });
});

describe("the gate API under misuse", () => {
  it("validates scenarios built in code and options, with typed errors", () => {
    const bad = { ...preset("huu-nghi-smart-2024")!, horizonDays: 0 };
    expect(() => runGate(bad)).toThrow(/horizonDays: expected a number >= 1, received 0/);
    expect(() => runGate(preset("huu-nghi-smart-2024")!, { seriesIntervalHours: 5 })).toThrow(
      /INVALID_ARGUMENT/,
    );
    expect(() => runGate(preset("huu-nghi-smart-2024")!, { replication: -1 })).toThrow(
      /replication/,
    );
    const model = new GateRun({ ...preset("lang-son-record-day")! }, { seed: 1 });
    model.run();
    expect(() => model.run()).toThrow(/SIMULATION_BROKEN/);
  });
});

describe("spoilage", () => {
  it("counts perishables that spoiled while still waiting at the end, not only those cleared late", () => {
    const base = singleStation({
      trucksPerDay: 600,
      servers: 1,
      meanServiceSeconds: 300,
      horizonDays: 2,
    });
    const scenario: Scenario = {
      ...base,
      trucks: {
        directionShares: { export: 0.5, import: 0.5 },
        cargoClasses: [
          { id: "durian", share: 0.5, agricultural: true, shelfLifeHours: 2 },
          { id: "general", share: 0.5, agricultural: false },
        ],
      },
    };
    const result = runGate(scenario, { seed: SEED });
    const spoiledCleared = result.byCargoClass.durian!.spoiled;
    expect(result.trucks.inSystemAtEnd).toBeGreaterThan(100); // overloaded: ρ ≈ 2
    expect(result.trucks.spoiled).toBeGreaterThan(spoiledCleared);
    expect(result.byCargoClass.general!.spoiled).toBe(0);
  });
});
