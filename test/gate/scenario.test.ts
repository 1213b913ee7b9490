import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  loadScenario,
  parseScenario,
  parseScenarioJson,
  preset,
  presetNames,
  ScenarioError,
  scenarioJsonSchema,
} from "../../src/gate/index.js";

function issuesOf(input: unknown): string[] {
  const result = parseScenario(input);
  return result.ok ? [] : result.issues.map((issue) => issue.message);
}

describe("scenario validation", () => {
  it("accepts every preset", () => {
    for (const name of presetNames()) expect(issuesOf(preset(name)), name).toEqual([]);
  });

  it("reports every problem at once, each with its path, the bad value and what was expected", () => {
    const bad = structuredClone(preset("huu-nghi-smart-2024")!) as unknown as Record<string, any>;
    bad.horizonDays = -3;
    bad.trucks.directionShares = { export: 0.5, import: 0.6 };
    bad.stations[2].channelShares = { green: 0.6, yellow: 0.3, red: 1.4 };
    bad.stations[0].serviceSeconds = { kind: "lognormal", mean: 15, sdSeconds: 5 };
    bad.pathway.push({ stationId: "x-ray" });
    bad.stations[3].servers = "NaN";
    const messages = issuesOf(bad);
    expect(messages).toEqual(
      expect.arrayContaining([
        "horizonDays: expected a number >= 1, received -3",
        "trucks.directionShares: expected direction shares summing to 1, received a sum of 1.1",
        "stations[2](customs).channelShares.red: expected a number <= 1, received 1.4",
        'stations[3](document-check).servers: expected a finite number, received "NaN"',
        expect.stringMatching(
          /^pathway\[6\]\.stationId: expected the id of a station .*received "x-ray"$/,
        ),
        expect.stringMatching(/^stations\[0\]\(identity\)\.serviceSeconds/),
      ]),
    );
    expect(messages.length).toBeGreaterThanOrEqual(6);
  });

  it("rejects a station that never opens while trucks need it, and unit-less durations", () => {
    const scenario = structuredClone(preset("huu-nghi-manual-2019")!) as unknown as Record<
      string,
      any
    >;
    scenario.stations[0].openHours = { fromHour: 9, toHour: 9 };
    scenario.stations[1].serviceSeconds = { kind: "exponential", mean: 120 };
    const messages = issuesOf(scenario);
    expect(
      messages.some((m) =>
        /pathway\[0\]\.stationId: .*never serves \(openHours 9-9 is never open\)/.test(m),
      ),
    ).toBe(true);
    expect(messages.some((m) => m.startsWith("stations[1](customs).serviceSeconds"))).toBe(true);
  });

  it("throws a ScenarioError listing the problems from loadScenario, and parses JSON text", () => {
    expect(() => loadScenario({})).toThrow(ScenarioError);
    const broken = parseScenarioJson("{ not json");
    expect(broken.ok).toBe(false);
    const good = parseScenarioJson(JSON.stringify(preset("lang-son-record-day")));
    expect(good.ok).toBe(true);
  });

  it("never throws and never accepts NaN or Infinity, whatever the input", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const result = parseScenario(value);
        if (!result.ok)
          for (const issue of result.issues) expect(issue.path.length).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
  });

  it("exports a JSON Schema describing the format", () => {
    const schema = scenarioJsonSchema();
    expect(schema.title).toBe("gatesim scenario");
    const properties = (schema as { properties: Record<string, unknown> }).properties;
    expect(Object.keys(properties)).toEqual(
      expect.arrayContaining(["horizonDays", "stations", "pathway", "arrivals"]),
    );
    expect(() => JSON.stringify(schema)).not.toThrow();
  });
});
