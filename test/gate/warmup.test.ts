import { describe, expect, it } from "vitest";
import {
  loadScenario,
  runGate,
  type Scenario,
  ScenarioError,
  type TruckRecord,
} from "../../src/gate/index.js";
import { Occupancy } from "../../src/gate/occupancy.js";
import { confidenceInterval, mmc } from "../../src/stats/index.js";
import { singleStation } from "./fixtures.js";

const SEED = "warm-up-tests";
const DAY = 86_400;

describe("the warm-up (warmupDays)", () => {
  it("rejects a warm-up as long as the horizon, naming the field, the value and the limit", () => {
    const scenario = {
      ...singleStation({ trucksPerDay: 100, servers: 1, meanServiceSeconds: 60 }),
    };
    let error: unknown;
    try {
      loadScenario({ ...scenario, horizonDays: 3, warmupDays: 3 });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ScenarioError);
    expect((error as Error).message).toContain(
      "warmupDays: expected fewer warm-up days than horizonDays (3), received 3",
    );
    expect(() => loadScenario({ ...scenario, warmupDays: -1 })).toThrow(/warmupDays/);
    expect(() => loadScenario({ ...scenario, warmupDays: 0.5 })).toThrow(/warmupDays/);
  });

  it("changes nothing but the reported field when it is 0", () => {
    const scenario = singleStation({ trucksPerDay: 900, servers: 1, meanServiceSeconds: 60 });
    const short = { ...scenario, horizonDays: 2 };
    const without = runGate(short, { seed: SEED });
    const zero = runGate({ ...short, warmupDays: 0 }, { seed: SEED });
    expect(JSON.stringify(zero)).toBe(JSON.stringify(without));
    expect(without.warmupDays).toBe(0);
  });

  it("keeps the counts of the whole run and the KPIs of the trucks arriving after it", () => {
    const scenario = {
      ...singleStation({ trucksPerDay: 1200, servers: 1, meanServiceSeconds: 60 }),
      horizonDays: 4,
      warmupDays: 1,
    };
    const records: TruckRecord[] = [];
    const result = runGate(scenario, { seed: SEED, onTruck: (record) => records.push(record) });
    const all = runGate({ ...scenario, warmupDays: 0 }, { seed: SEED });
    // Counts cover the whole run, the same trucks either way.
    expect(result.trucks.arrived).toBe(all.trucks.arrived);
    expect(result.throughput.clearedPerDay).toEqual(all.throughput.clearedPerDay);
    // Throughput means start after the warm-up.
    const days = result.throughput.clearedPerDay.slice(1, 4);
    expect(result.throughput.meanClearedPerDay).toBeCloseTo(days.reduce((a, b) => a + b, 0) / 3, 9);
    // Time in system: exactly the trucks that arrived from day 1 on.
    const measured = records.filter((r) => r.arrivalSeconds >= DAY);
    expect(result.timeInSystem.cleared).toBe(measured.length);
    const meanHours =
      measured.reduce((sum, r) => sum + r.timeInSystemSeconds, 0) / measured.length / 3600;
    expect(result.timeInSystem.meanHours!).toBeCloseTo(meanHours, 9);
    // Station statistics restart at the end of the warm-up: fewer trucks served than in all.
    expect(result.stations[0]!.served).toBeLessThan(all.stations[0]!.served);
    expect(result.stations[0]!.served).toBeGreaterThan(0.7 * all.stations[0]!.served);
  });

  it("measured after a one-day warm-up, M/M/1 at ρ = 0.9 meets its analytic time in system (inside the 95% CI)", () => {
    const meanServiceSeconds = 60;
    const trucksPerDay = 1296; // λ = 0.015/s, ρ = 0.9; relaxation time ≈ 6 h
    const base = {
      ...singleStation({ trucksPerDay, servers: 1, meanServiceSeconds }),
      horizonDays: 3,
    };
    const analyticSeconds = mmc({
      arrivalRate: trucksPerDay / DAY,
      serviceRate: 1 / meanServiceSeconds,
      servers: 1,
    }).meanTimeInSystem!;
    const replications = 40;
    const meanSeconds = (warmupDays: number) =>
      Array.from(
        { length: replications },
        (_, replication) =>
          runGate({ ...base, warmupDays }, { seed: SEED, replication }).timeInSystem.meanHours! *
          3600,
      );
    const ci = confidenceInterval(meanSeconds(1));
    expect(
      analyticSeconds >= ci.lower! && analyticSeconds <= ci.upper!,
      `seed ${SEED}: M/M/1 W = ${analyticSeconds} s outside [${ci.lower}, ${ci.upper}] after the warm-up`,
    ).toBe(true);
  });
});

describe("Occupancy.restart", () => {
  it("by arrival, counts the station waits of exactly the trucks that arrived after the warm-up", () => {
    const base = singleStation({
      trucksPerDay: 1200,
      servers: 1,
      meanServiceSeconds: 60,
      horizonDays: 3,
    });
    const scenario: Scenario = {
      ...base,
      drainDays: 1,
      warmupDays: 1,
      warmupBy: "arrival",
      stations: [{ ...base.stations[0]!, serviceSeconds: { kind: "deterministic", seconds: 60 } }],
    };
    const waits: number[] = [];
    const result = runGate(scenario, {
      seed: "by-arrival",
      onTruck: (record) => {
        if (record.arrivalSeconds >= 86_400) waits.push(record.timeInSystemSeconds - 60);
      },
    });
    const station = result.stations[0]!;
    expect(station.served).toBe(waits.length);
    const mean = waits.reduce((a, b) => a + b, 0) / waits.length;
    expect(station.meanWaitMinutes! * 60).toBeCloseTo(mean, 6);
    const byTime = runGate({ ...scenario, warmupBy: "time" }, { seed: "by-arrival" }).stations[0]!;
    // By time, the trucks served after the warm-up's end count, some of which arrived before it.
    expect(byTime.served).not.toBe(station.served);
  });

  it("counts items inside at the restart from the restart on", () => {
    const occupancy = new Occupancy();
    occupancy.enter(0);
    occupancy.enter(10);
    occupancy.leave(0, 20); // 20 item-seconds before the restart
    occupancy.restart(30); // one item inside since 10
    expect(occupancy.integral(30)).toBe(0);
    expect(occupancy.max).toBe(1);
    occupancy.enter(40);
    occupancy.leave(10, 50); // counts 50 − 30 = 20
    expect(occupancy.integral(60)).toBe(20 + 20); // + the item inside since 40
    expect(occupancy.mean(30, 60)).toBeCloseTo(40 / 30, 12);
  });
});
