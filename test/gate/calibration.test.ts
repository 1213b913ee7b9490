import { describe, expect, it } from "vitest";
import { type GateRunResult, preset, runGate, type Scenario } from "../../src/gate/index.js";
import { confidenceInterval, pairedDifference } from "../../src/stats/index.js";

/**
 * Calibration against the reported figures (../shared/facts/border-facts.md). Every figure must
 * come out of queueing — arrival rates, service times, servers, opening hours — never a constant.
 * Each test is seeded and replicated; messages carry the seed and the interval.
 */
const SEED = "calibration";

function replicate(scenario: Scenario, replications: number): GateRunResult[] {
  return Array.from({ length: replications }, (_, replication) =>
    runGate(scenario, { seed: SEED, replication }),
  );
}

describe("calibration to reported figures", () => {
  it("the manual gate under fruit-season demand averages 3–5 days in the system, from its backlog alone", () => {
    const season = preset("huu-nghi-manual-fruit-season")!;
    const runs = replicate(season, 3);
    const days = confidenceInterval(runs.map((run) => run.timeInSystem.meanHours! / 24));
    const message = `seed ${SEED}: mean time in system ${days.mean} days, CI [${days.lower}, ${days.upper}]`;
    expect(days.lower! >= 3 && days.upper! <= 5, message).toBe(true);
    // no station has a multi-day service time: the longest mean service is an hour
    for (const station of runs[0]!.stations)
      expect(station.meanServiceSeconds!).toBeLessThanOrEqual(3600 * 1.1);
    // the days come from the backlog: thousands of trucks queue, and without the surge they do not
    expect(runs[0]!.backlog.maxTrucks).toBeGreaterThan(5000);
    const calm = runGate(preset("huu-nghi-manual-2019")!, { seed: SEED });
    expect(calm.timeInSystem.meanHours!).toBeLessThan(12);
  });

  it("the manual gate carries about 1,650 trucks/day", () => {
    const runs = replicate(preset("huu-nghi-manual-2019")!, 3);
    const perDay = confidenceInterval(runs.map((run) => run.throughput.meanClearedPerDay));
    expect(
      Math.abs(perDay.mean! - 1650) / 1650,
      `seed ${SEED}: ${perDay.mean} trucks/day`,
    ).toBeLessThan(0.03);
  });

  it("the smart gate carries 3,300 trucks/day with its identity check at about 15 s per truck", () => {
    const runs = replicate(preset("huu-nghi-smart-2024")!, 3);
    const perDay = confidenceInterval(runs.map((run) => run.throughput.meanClearedPerDay));
    expect(
      Math.abs(perDay.mean! - 3300) / 3300,
      `seed ${SEED}: ${perDay.mean} trucks/day`,
    ).toBeLessThan(0.02);
    for (const run of runs) {
      const identity = run.stations.find((station) => station.id === "identity")!;
      expect(Math.abs(identity.meanServiceSeconds! - 15)).toBeLessThan(0.5);
      expect(run.trucks.inSystemAtEnd).toBeLessThan(500); // stable: no growing backlog
    }
  });

  it("intelligent quarantine saves about 3.5 h per agricultural truck against manual, on the same trucks", () => {
    const replications = 4;
    const timeAtQuarantineHours = (run: GateRunResult) => {
      const station = run.stations.find((s) => s.id === "quarantine")!;
      return (station.meanWaitMinutes! + station.meanServiceSeconds! / 60) / 60;
    };
    const manual = replicate(preset("huu-nghi-smart-manual-quarantine")!, replications).map(
      timeAtQuarantineHours,
    );
    const smart = replicate(preset("huu-nghi-smart-2024")!, replications).map(
      timeAtQuarantineHours,
    );
    const saving = pairedDifference(smart, manual);
    const band = [2.5, 4.5];
    const message = `seed ${SEED}: saving ${saving.difference.mean} h, CI [${saving.difference.lower}, ${saving.difference.upper}], band ${band}`;
    expect(
      saving.difference.lower! >= band[0]! && saving.difference.upper! <= band[1]!,
      message,
    ).toBe(true);
  });

  it("Lang Son's record day (2,005 trucks, 634 exports) clears within the day at the smart gate, not at the manual one", () => {
    const record = preset("lang-son-record-day")!;
    const smart = runGate(record, { seed: SEED });
    expect(smart.trucks.arrived).toBe(2005);
    expect(smart.throughput.clearedPerDay[0]).toBe(2005);
    expect(smart.byDirection.export!.cleared).toBe(634);
    expect(smart.byDirection.import!.cleared).toBe(1371);
    const manualGate = preset("huu-nghi-manual-2019")!;
    const manual = runGate(
      { ...manualGate, horizonDays: 1, drainDays: 3, arrivals: record.arrivals },
      { seed: SEED },
    );
    expect(manual.trucks.arrived).toBe(2005);
    expect(manual.throughput.clearedPerDay[0]!).toBeLessThan(2005);
    expect(manual.backlog.atStartOfDay[1]!).toBeGreaterThan(0);
  });
});
