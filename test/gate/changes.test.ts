import { describe, expect, it } from "vitest";
import { parseScenario, runGate, type Scenario } from "../../src/gate/index.js";
import { confidenceInterval } from "../../src/stats/index.js";
import { singleStation } from "./fixtures.js";

/** Fast lanes, Poisson demand of 1,000 trucks a day: the other side is the only limit. */
function limitedByNeighbour(extra: Partial<Scenario>): Scenario {
  return {
    ...singleStation({ trucksPerDay: 1000, servers: 20, meanServiceSeconds: 60, horizonDays: 12 }),
    neighbour: { trucksPerDay: 800 },
    ...extra,
  };
}

describe("changes from a date", () => {
  it("follow the fluid law: the backlog grows by demand − acceptance a day, and clears when the fluid model says", () => {
    // 1,000 a day against 800 accepted: +200 a day. From day 5 the other side takes 1,400:
    // −400 a day, so the ≈1,000 trucks of backlog fall to the 100-truck target 2.25 days later,
    // during day 7: the first midnight at or below it is day 8 (fluid), ±1 day for chance.
    const scenario = limitedByNeighbour({
      changes: [{ kind: "neighbour", fromDay: 5, trucksPerDay: 1400 }],
      backlogTargetTrucks: 100,
    });
    const growth: number[] = [];
    const clearDays: number[] = [];
    for (let replication = 0; replication < 12; replication++) {
      const result = runGate(scenario, { seed: "fluid", replication });
      const backlog = result.backlog.atStartOfDay;
      growth.push((backlog[5]! - backlog[1]!) / 4);
      clearDays.push(result.backlog.clearFromDay!);
    }
    const ci = confidenceInterval(growth);
    expect(200 >= ci.lower! && 200 <= ci.upper!, `growth CI [${ci.lower}, ${ci.upper}]`).toBe(true);
    for (const day of clearDays) expect(Math.abs(day - 8)).toBeLessThanOrEqual(1);
  });

  it("give a station more servers from a day and hour on", () => {
    const base = singleStation({
      trucksPerDay: 2000,
      servers: 1,
      meanServiceSeconds: 86.4,
      horizonDays: 4,
    });
    const scenario: Scenario = {
      ...base,
      stations: [
        { ...base.stations[0]!, serviceSeconds: { kind: "deterministic", seconds: 86.4 } },
      ],
      changes: [{ kind: "station", fromDay: 2, fromHour: 0, stationId: "check", servers: 3 }],
    };
    const cleared = runGate(scenario, { seed: 1 }).throughput.clearedPerDay;
    // One lane clears 1,000 a day; three lanes keep up with the 2,000 arriving plus the backlog.
    expect(cleared[0]).toBeLessThanOrEqual(1000);
    expect(cleared[1]).toBeLessThanOrEqual(1000);
    expect(cleared[2]).toBeGreaterThan(2500);
  });

  it("close the gate for a holiday: only trucks in service at closing clear, the backlog grows by a day's demand", () => {
    const scenario = limitedByNeighbour({
      neighbour: { trucksPerDay: 5000 },
      horizonDays: 4,
      changes: [{ kind: "closure", fromDay: 1, days: 1 }],
    });
    const result = runGate(scenario, { seed: 2 });
    // Closing lets the trucks in service finish: at most one per lane (20) clears that day.
    expect(result.throughput.clearedPerDay[1]).toBeLessThanOrEqual(20);
    expect(result.backlog.atStartOfDay[2]).toBeGreaterThan(
      result.throughput.arrivedPerDay[1]! - 60,
    );
    expect(result.throughput.clearedPerDay[2]).toBeGreaterThan(1500);
  });

  it("scale profile demand from a day on, until the next demand change", () => {
    const scenario: Scenario = {
      ...singleStation({ trucksPerDay: 1000, servers: 20, meanServiceSeconds: 60, horizonDays: 9 }),
      changes: [
        { kind: "demand", fromDay: 3, multiplier: 2 },
        { kind: "demand", fromDay: 6, trucksPerDay: 500 },
      ],
    };
    const arrived = runGate(scenario, { seed: 3 }).throughput.arrivedPerDay;
    const mean = (from: number, to: number) =>
      arrived.slice(from, to).reduce((a, b) => a + b, 0) / (to - from);
    // Poisson counts: 3 days of 1,000, 2,000 and 500 a day; within 4 standard errors each.
    expect(Math.abs(mean(0, 3) - 1000)).toBeLessThan(4 * Math.sqrt(1000 / 3));
    expect(Math.abs(mean(3, 6) - 2000)).toBeLessThan(4 * Math.sqrt(2000 / 3));
    expect(Math.abs(mean(6, 9) - 500)).toBeLessThan(4 * Math.sqrt(500 / 3));
  });

  it("change the other side's hours and pacing, keeping what is not given", () => {
    const scenario = limitedByNeighbour({
      neighbour: { trucksPerHour: 50, openHours: { fromHour: 8, toHour: 20 } },
      horizonDays: 6,
      changes: [{ kind: "neighbour", fromDay: 3, openHours: { fromHour: 6, toHour: 22 } }],
    });
    const cleared = runGate(scenario, { seed: 4 }).throughput.clearedPerDay;
    for (const day of cleared.slice(1, 3)) expect(Math.abs(day - 600)).toBeLessThanOrEqual(1);
    for (const day of cleared.slice(3)) expect(Math.abs(day - 800)).toBeLessThanOrEqual(1);
  });

  it("reject changes that name what does not exist or fall outside the run, each with its path", () => {
    const parsed = parseScenario({
      ...limitedByNeighbour({ horizonDays: 5 }),
      arrivals: { kind: "trace", arrivalSeconds: [0, 10] },
      neighbour: undefined,
      changes: [
        { kind: "station", fromDay: 1, stationId: "x-ray", servers: 2 },
        { kind: "station", fromDay: 1, stationId: "check" },
        { kind: "neighbour", fromDay: 2, trucksPerDay: 10 },
        { kind: "demand", fromDay: 1, multiplier: 2 },
        { kind: "closure", fromDay: 9, days: 1 },
      ],
    });
    expect(parsed.ok ? [] : parsed.issues.map((issue) => issue.message)).toEqual([
      'changes[0].stationId: expected the id of a station (check), received "x-ray"',
      'changes[1]: expected servers, shifts, openHours or closedDaysOfWeek to change, received {"kind":"station","fromDay":1,"stationId":"check"}',
      'changes[2]: expected a scenario with a neighbour to change, received "neighbour"',
      'changes[3].kind: expected profile arrivals for a demand change, received arrivals of kind "trace"',
      "changes[4].fromDay: expected a day of the run (before day 5, horizon plus drain days), received 9",
    ]);
  });
});
