import { describe, expect, it } from "vitest";
import { parseScenario, runGate, type Scenario } from "../../src/gate/index.js";
import { singleStation } from "./fixtures.js";

/** A portal scanning every truck; flagged ones detour to a physical inspection bay. */
function portalGate(portal: Record<string, unknown>): Scenario {
  const base = singleStation({ trucksPerDay: 600, servers: 2, meanServiceSeconds: 60 });
  return {
    ...base,
    name: "x-ray-portal",
    horizonDays: 3,
    drainDays: 1,
    trucks: {
      directionShares: { export: 0.5, import: 0.5 },
      cargoClasses: [
        { id: "fruit", share: 0.4, agricultural: true },
        { id: "general", share: 0.6, agricultural: false },
      ],
    },
    stations: [
      {
        id: "scanner",
        kind: "x-ray-portal",
        servers: 2,
        serviceSeconds: { kind: "deterministic", seconds: 90 },
        flaggedStationId: "bay",
        ...portal,
      } as Scenario["stations"][number],
      {
        id: "bay",
        kind: "inspection",
        servers: 20,
        serviceSeconds: { kind: "exponential", meanSeconds: 1200 },
      },
    ],
    pathway: [{ stationId: "scanner" }],
  };
}

describe("the x-ray portal station kind", () => {
  it("sends every truck of a class flagged with share 1 to the inspection bay, and no other", () => {
    const classes: string[] = [];
    const result = runGate(portalGate({ flaggedShareByCargoClass: { fruit: 1 } }), {
      seed: "x-ray",
      onTruck: (record) => classes.push(record.cargoClass),
    });
    const [scanner, bay] = result.stations;
    expect(result.trucks.inSystemAtEnd).toBe(0);
    expect(scanner!.served).toBe(result.trucks.arrived);
    expect(bay!.served).toBe(classes.filter((id) => id === "fruit").length);
    expect(bay!.served).toBeGreaterThan(0);
    expect(scanner!.kind).toBe("x-ray-portal");
  });

  it("flags the default share of unlisted classes, within 4 binomial standard deviations", () => {
    const classes: string[] = [];
    const result = runGate(
      portalGate({ flaggedShareByCargoClass: { fruit: 0 }, defaultFlaggedShare: 0.3 }),
      {
        seed: "x-ray",
        onTruck: (record) => classes.push(record.cargoClass),
      },
    );
    const general = classes.filter((id) => id === "general").length;
    const expected = 0.3 * general;
    const sd = Math.sqrt(general * 0.3 * 0.7);
    expect(Math.abs(result.stations[1]!.served - expected)).toBeLessThan(4 * sd);
  });

  it("counts the scan as inspection time in the Time Release Study", () => {
    const result = runGate(portalGate({}), { seed: "x-ray" });
    expect(result.segments.meanMinutes.inspection).toBeCloseTo(
      1.5 + result.stations[0]!.meanWaitMinutes!,
      6,
    );
    expect(result.stations[1]!.served).toBe(0);
  });

  it("rejects unknown classes, a missing or self-referencing bay, naming each field", () => {
    const messages = (portal: Record<string, unknown>) => {
      const parsed = parseScenario(portalGate(portal));
      return parsed.ok ? [] : parsed.issues.map((issue) => issue.message);
    };
    expect(messages({ flaggedShareByCargoClass: { durian: 0.5 } })).toEqual([
      'stations[0](scanner).flaggedShareByCargoClass.durian: expected a cargo class id (fruit, general), received "durian"',
    ]);
    expect(messages({ flaggedStationId: undefined, defaultFlaggedShare: 0.1 })).toEqual([
      "stations[0](scanner).flaggedStationId: expected a station for flagged trucks when a flagged share is above 0, received nothing",
    ]);
    expect(messages({ flaggedStationId: "scanner" })).toEqual([
      'stations[0](scanner).flaggedStationId: expected a station other than itself, received "scanner"',
    ]);
    expect(messages({ flaggedShareByCargoClass: { fruit: 1.5 } })[0]).toMatch(
      /^stations\[0\]\(scanner\)\.flaggedShareByCargoClass\.fruit: expected a number <= 1/,
    );
  });
});
