import { describe, expect, it } from "vitest";
import { parseScenario, runGate, type Scenario } from "../../src/gate/index.js";
import { singleStation } from "./fixtures.js";

/** A fast gate whose only limit is the other side: demand 1,200 trucks/day, 24 h arrivals. */
function gateWithNeighbour(neighbour: Scenario["neighbour"], horizonDays = 6): Scenario {
  return {
    ...singleStation({ trucksPerDay: 1200, servers: 20, meanServiceSeconds: 60, horizonDays }),
    neighbour,
  };
}

const daily = (scenario: Scenario, seed = "neighbour") =>
  runGate(scenario, { seed }).throughput.clearedPerDay.slice(1);

describe("the neighbouring side's acceptance", () => {
  it("accepts trucksPerHour while open, so longer hours accept proportionally more a day", () => {
    const twelve = daily(
      gateWithNeighbour({ trucksPerHour: 50, openHours: { fromHour: 8, toHour: 20 } }),
    );
    const sixteen = daily(
      gateWithNeighbour({ trucksPerHour: 50, openHours: { fromHour: 6, toHour: 22 } }),
    );
    for (const day of twelve) expect(Math.abs(day - 600)).toBeLessThanOrEqual(1);
    for (const day of sixteen) expect(Math.abs(day - 800)).toBeLessThanOrEqual(1);
  });

  it("spreads trucksPerDay over its open hours: the same 600 a day whatever the hours", () => {
    for (const openHours of [
      { fromHour: 8, toHour: 20 },
      { fromHour: 6, toHour: 22 },
    ]) {
      for (const day of daily(gateWithNeighbour({ trucksPerDay: 600, openHours })))
        expect(Math.abs(day - 600)).toBeLessThanOrEqual(1);
    }
  });

  it("accepts at random with Poisson acceptance: the same mean, a day-to-day spread near √n", () => {
    const days = daily(
      gateWithNeighbour({ trucksPerHour: 50, acceptance: "poisson" }, 41),
      "poisson",
    );
    const mean = days.reduce((a, b) => a + b, 0) / days.length;
    const sd = Math.sqrt(days.reduce((a, b) => a + (b - mean) ** 2, 0) / (days.length - 1));
    // 40 saturated days of a Poisson(1,200) count: the mean within 4 standard errors of 1,200,
    // the spread between half and twice √1,200 ≈ 34.6 (paced acceptance has a spread of 0).
    expect(Math.abs(mean - 1200)).toBeLessThan((4 * Math.sqrt(1200)) / Math.sqrt(days.length));
    expect(sd).toBeGreaterThan(0.5 * Math.sqrt(1200));
    expect(sd).toBeLessThan(2 * Math.sqrt(1200));
  });

  it("takes exactly one of trucksPerDay and trucksPerHour, naming both", () => {
    const messages = (neighbour: unknown) => {
      const parsed = parseScenario({ ...gateWithNeighbour(undefined), neighbour });
      return parsed.ok ? [] : parsed.issues.map((issue) => issue.message);
    };
    expect(messages({ trucksPerDay: 100, trucksPerHour: 10 })).toEqual([
      'neighbour: expected exactly one of trucksPerDay or trucksPerHour, received {"trucksPerDay":100,"trucksPerHour":10}',
    ]);
    expect(messages({})).toEqual([
      "neighbour: expected exactly one of trucksPerDay or trucksPerHour, received {}",
    ]);
    expect(messages({ trucksPerHour: 10, acceptance: "random" })[0]).toMatch(
      /^neighbour\.acceptance: expected one of "paced", "poisson"/,
    );
  });
});
