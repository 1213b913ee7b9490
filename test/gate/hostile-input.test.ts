import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  parseScenario,
  parseScenarioJson,
  preset,
  presetNames,
  runGate,
  ScenarioError,
  withParameter,
  withServers,
} from "../../src/gate/index.js";

/**
 * Input a user can type that once crashed, overflowed the stack or polluted every object:
 * names every object inherits, prototype paths, deep nesting, byte-order marks, huge strings,
 * millions of bad rows. Each ends in a result or a bounded list of issues with paths.
 */
const INHERITED = [
  "constructor",
  "toString",
  "valueOf",
  "hasOwnProperty",
  "__proto__",
  "prototype",
];
const smart = () => preset("huu-nghi-smart-2024")!;

/** Whether Object.prototype has gained any property (a polluted process). */
function polluted(): string[] {
  return Object.getOwnPropertyNames(Object.prototype).filter((name) => !BASELINE.includes(name));
}
const BASELINE = Object.getOwnPropertyNames(Object.prototype);

function nested(depth: number, open: string, close: string): string {
  return `${open.repeat(depth)}1${close.repeat(depth)}`;
}

describe("names every object inherits", () => {
  it("are no presets", () => {
    for (const name of INHERITED) expect(preset(name)).toBeUndefined();
    expect(presetNames()).not.toContain("constructor");
    expect(preset(presetNames()[0]!)?.name).toBe(presetNames()[0]);
  });

  it("as cargo class ids, find no per-class law they were not given (the run uses the default)", () => {
    const scenario = smart();
    const classes = scenario.trucks.cargoClasses.map((cargo, i) =>
      i === 0 ? { ...cargo, id: "constructor" } : cargo,
    );
    const other = classes[1]!.id;
    const stations = scenario.stations.map((station, i) =>
      i === 0
        ? { ...station, serviceByCargoClass: { [other]: { kind: "exponential", meanSeconds: 60 } } }
        : station,
    );
    const parsed = parseScenario({
      ...scenario,
      horizonDays: 1,
      trucks: { ...scenario.trucks, cargoClasses: classes },
      stations,
    });
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const result = runGate(parsed.scenario, { seed: 1 });
    expect(result.trucks.arrived).toBeGreaterThan(0);
  });
});

describe("parameter paths", () => {
  const attempts = [
    "__proto__.polluted",
    "constructor.prototype.polluted",
    "stations.__proto__.polluted",
    "stations.identity.__proto__.polluted",
    "trucks.constructor.prototype.polluted",
    "prototype",
  ];

  it("never reach Object.prototype, and are refused with the path", () => {
    for (const path of attempts) {
      expect(() => withParameter(smart(), path, 1), path).toThrow(ScenarioError);
      try {
        withParameter(smart(), path, 1);
      } catch (error) {
        expect((error as ScenarioError).issues[0]!.path).toBe(path);
      }
      expect(polluted()).toEqual([]);
    }
    // Later parses in the same process still work.
    expect(parseScenario(smart()).ok).toBe(true);
  });

  it("refuse any path built from inherited names or array properties (property)", () => {
    const segment = fc.constantFrom(
      ...INHERITED,
      "stations",
      "identity",
      "servers",
      "length",
      "0",
      "-1",
      "1e3",
      "",
    );
    fc.assert(
      fc.property(
        fc.array(segment, { minLength: 1, maxLength: 5 }),
        fc.anything(),
        (parts, value) => {
          const path = parts.join(".");
          try {
            const changed = withParameter(smart(), path, value);
            // A change that validates is a real field: no inherited name on the way.
            for (const part of parts) expect(INHERITED).not.toContain(part);
            expect(parseScenario(changed).ok).toBe(true);
          } catch (error) {
            expect(error).toBeInstanceOf(ScenarioError);
          }
          expect(polluted()).toEqual([]);
        },
      ),
      { seed: 1313, numRuns: 300 },
    );
  });

  it("address an array item by id or index, and refuse a key that is neither", () => {
    expect(withParameter(smart(), "stations.identity.servers", 7).stations[0]!.servers).toBe(7);
    expect(withParameter(smart(), "stations.0.servers", 6).stations[0]!.servers).toBe(6);
    // Replacing a whole station by a number is invalid, not silently ignored.
    expect(() => withParameter(smart(), "stations.identity", 5)).toThrow(ScenarioError);
    expect(() => withParameter(smart(), "stations.length", 0)).toThrow(ScenarioError);
    expect(() => withParameter(smart(), "stations.99.servers", 1)).toThrow(ScenarioError);
  });

  it("withServers uses only the levels it was given for a station named like an inherited key", () => {
    const scenario = smart();
    const id = scenario.stations[0]!.id;
    const changed = withServers(scenario, { [id]: 3 });
    expect(changed.stations[0]!.servers).toBe(3);
    expect(changed.stations[1]!.servers).toBe(scenario.stations[1]!.servers);
  });
});

describe("scenario JSON text", () => {
  it("accepts a UTF-8 byte-order mark", () => {
    const text = JSON.stringify(smart());
    const plain = parseScenarioJson(text);
    const withBom = parseScenarioJson(`\uFEFF${text}`);
    expect(plain.ok).toBe(true);
    expect(withBom).toEqual(plain);
  });

  it("refuses JSON nested 5,000 (and 100,000) levels deep as one issue, never throwing", () => {
    for (const depth of [5_000, 100_000]) {
      for (const [open, close] of [
        ["[", "]"],
        ['{"a":', "}"],
      ] as const) {
        const result = parseScenarioJson(nested(depth, open, close));
        expect(result.ok).toBe(false);
        if (!result.ok) {
          expect(result.issues).toHaveLength(1);
          expect(result.issues[0]!.message).toMatch(
            /^\(root\): expected JSON nested at most \d+ levels deep/,
          );
        }
      }
    }
    // Deep nesting inside a field of a real scenario, and brackets inside strings that do not count.
    const text = JSON.stringify({ ...smart(), description: "[".repeat(10_000) });
    expect(parseScenarioJson(text).ok).toBe(true);
    const deepField = JSON.stringify({ ...smart(), extra: "@" }).replace(
      '"@"',
      nested(5_000, "[", "]"),
    );
    expect(parseScenarioJson(deepField).ok).toBe(false);
  });

  it("refuses objects built in code that nest too deeply or are cyclic, never throwing", () => {
    let deep: unknown = 1;
    for (let i = 0; i < 100_000; i++) deep = { a: deep };
    expect(parseScenario({ ...smart(), description: deep }).ok).toBe(false);
    const cyclic: Record<string, unknown> = { ...smart() };
    cyclic.trucks = { ...smart().trucks, self: cyclic };
    expect(parseScenario(cyclic).ok).toBe(false);
  });

  it("never throws and never returns an unbounded message, whatever the text (property)", () => {
    const fragments = fc.constantFrom(
      "[",
      "]",
      "{",
      "}",
      '"',
      "\\",
      ",",
      ":",
      "1",
      "\uFEFF",
      '"a"',
      "null",
    );
    fc.assert(
      fc.property(
        fc.array(fragments, { maxLength: 400 }).map((parts) => parts.join("")),
        (text) => {
          const result = parseScenarioJson(text);
          if (!result.ok)
            for (const issue of result.issues) expect(issue.message.length).toBeLessThan(800);
        },
      ),
      { seed: 7, numRuns: 500 },
    );
  });

  it("names a 10 MB string in at most a short line", () => {
    const result = parseScenario({ ...smart(), horizonDays: "x".repeat(10_000_000) });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.issues[0]!.path).toBe("horizonDays");
      expect(result.issues[0]!.message.length).toBeLessThan(400);
    }
  });
});

describe("millions of bad rows", () => {
  it("lists the first bad arrival rows and counts the rest, fast and without an issue per row", () => {
    const rows = 3_000_000;
    const scenario = {
      ...smart(),
      arrivals: { kind: "trace", arrivalSeconds: new Array(rows).fill("x") },
    };
    const result = parseScenario(scenario);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.length).toBeLessThanOrEqual(12);
    expect(result.issues[0]!.path).toBe("arrivals.arrivalSeconds[0]");
    expect(result.issues.at(-1)!.message).toContain(`${rows - 10} more bad items (of ${rows})`);
  });

  it("bounds the ordering and horizon problems of a long log the same way", () => {
    const rows = 200_000;
    const times = Array.from({ length: rows }, (_, i) => rows - i); // all decreasing
    const result = parseScenario({
      ...smart(),
      arrivals: { kind: "trace", arrivalSeconds: times },
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.length).toBeLessThanOrEqual(12);
    expect(result.issues.at(-1)!.message).toMatch(/more problems not listed/);
  });

  it("keeps zod's own message for each listed bad row", () => {
    const times = [1, 2, -5, 4, ...new Array(30).fill(Number.NaN)];
    const result = parseScenario({
      ...smart(),
      arrivals: { kind: "trace", arrivalSeconds: times },
    });
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.issues[0]!.message).toBe(
        "arrivals.arrivalSeconds[2]: expected a number >= 0, received -5",
      );
  });

  it("lists at most a bounded number of problems for 10,000 bad pathway steps", () => {
    const pathway = Array.from({ length: 10_000 }, () => ({ stationId: "nowhere", bogus: 1 }));
    const result = parseScenario({ ...smart(), pathway });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.issues.length).toBeLessThanOrEqual(1001);
      expect(result.issues.at(-1)!.message).toMatch(/more problems not listed/);
    }
  });
});

describe("the progress hook of runGate", () => {
  it("is called day by day up to the end, and changes nothing in the run", () => {
    const scenario = { ...smart(), horizonDays: 3 };
    const reached: number[] = [];
    const withHook = runGate(scenario, {
      seed: 5,
      onProgress: (at, end) => reached.push(at / end),
    });
    const without = runGate(scenario, { seed: 5 });
    expect(withHook).toEqual(without);
    const days = scenario.horizonDays + (scenario.drainDays ?? 0);
    expect(reached).toHaveLength(days);
    expect(reached.at(-1)).toBe(1);
  });
});
