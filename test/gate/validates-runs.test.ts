import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { SimulationError } from "../../src/engine/index.js";
import {
  CapacitySchedule,
  parseScenario,
  preset,
  runGate,
  type Scenario,
} from "../../src/gate/index.js";
import { gateEventBudget } from "../../src/gate/run-budget.js";

/**
 * "Whatever validates runs": scenarios with extreme but valid numbers (the smallest positive
 * double, 1e-300, the schema's bounds, huge coefficients of variation) either run to the end of
 * their horizon with finite KPIs, or stop with a typed budget error — never a crash inside the
 * model, a NaN in the kernel or a hang.
 */
const BASES = [
  "huu-nghi-manual-2019",
  "huu-nghi-smart-2024",
  "lang-son-record-day",
  "huu-nghi-manual-fruit-season",
].map((name) => preset(name)!);

const BUDGET_CODES = ["EVENT_BUDGET_EXCEEDED", "MEMORY_BUDGET_EXCEEDED", "ZERO_TIME_LOOP"];

/** Paths to every number of a JSON value (arrays sampled to their first 10 items). */
function numberPaths(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (typeof value === "number") return [prefix];
  if (Array.isArray(value)) {
    return value.slice(0, 10).flatMap((item, i) => numberPaths(item, [...prefix, i]));
  }
  if (value !== null && typeof value === "object") {
    return Object.entries(value).flatMap(([k, v]) => numberPaths(v, [...prefix, k]));
  }
  return [];
}

/** Paths to every duration law (an object with a `kind` and a `...Seconds` field). */
function lawPaths(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (Array.isArray(value)) return value.flatMap((item, i) => lawPaths(item, [...prefix, i]));
  if (value === null || typeof value !== "object") return [];
  const record = value as Record<string, unknown>;
  const here =
    typeof record.kind === "string" && Object.keys(record).some((k) => k.endsWith("Seconds"))
      ? [prefix]
      : [];
  return [...here, ...Object.entries(record).flatMap(([k, v]) => lawPaths(v, [...prefix, k]))];
}

/** Extreme numbers: the edges of doubles and of the schema's bounds, and anything in between. */
const extreme = fc.oneof(
  fc.constantFrom(5e-324, 1e-300, 1e-9, 0.001, 0.01, 0.05, 1, 24, 1000, 3650, 1e5, 1e6, 3e8),
  fc.constantFrom(315_360_000, 87_600, 36_500, 10_000_000, 1e300, 0),
  fc.double({ min: 0, max: 1e9, noNaN: true }),
  fc.integer({ min: 0, max: 100_000 }),
);
const seconds = fc.oneof(
  fc.constantFrom(5e-324, 1e-300, 1e-6, 315_360_000),
  fc.double({ min: 0, max: 315_360_000, noNaN: true }),
);
const shape = fc.oneof(fc.constantFrom(0.05, 1000), fc.double({ min: 0.05, max: 1000 }));
const law = fc.oneof(
  fc.record({ kind: fc.constant("deterministic"), seconds }),
  fc.record({ kind: fc.constant("exponential"), meanSeconds: seconds }),
  fc.record({ kind: fc.constant("lognormal"), meanSeconds: seconds, sdSeconds: seconds }),
  fc.record({ kind: fc.constant("gamma"), shape, meanSeconds: seconds }),
  fc.record({ kind: fc.constant("weibull"), shape, scaleSeconds: seconds }),
  fc.record({ kind: fc.constant("uniform"), minSeconds: seconds, maxSeconds: seconds }),
  fc.record({ kind: fc.constant("normal"), meanSeconds: seconds, sdSeconds: seconds }),
);

type Edit = {
  readonly base: number;
  readonly numbers: [number, unknown][];
  laws: [number, unknown][];
};

const edits: fc.Arbitrary<Edit> = fc.integer({ min: 0, max: BASES.length - 1 }).chain((base) =>
  fc.record({
    base: fc.constant(base),
    numbers: fc.array(fc.tuple(fc.nat(), extreme), { minLength: 0, maxLength: 3 }),
    laws: fc.array(fc.tuple(fc.nat(), law), { minLength: 0, maxLength: 2 }),
  }),
);

function setAt(root: unknown, path: (string | number)[], value: unknown): void {
  let node = root as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  node[path[path.length - 1]!] = value;
}

function apply(edit: Edit): unknown {
  const copy = structuredClone(BASES[edit.base]) as unknown;
  const numbers = numberPaths(copy);
  const laws = lawPaths(copy);
  for (const [i, value] of edit.numbers) setAt(copy, numbers[i % numbers.length]!, value);
  for (const [i, value] of edit.laws)
    if (laws.length > 0) setAt(copy, laws[i % laws.length]!, value);
  return copy;
}

function nonFinite(value: unknown, path = ""): string[] {
  if (typeof value === "number") return Number.isFinite(value) ? [] : [path];
  if (Array.isArray(value)) return value.flatMap((v, i) => nonFinite(v, `${path}[${i}]`));
  if (value !== null && typeof value === "object") {
    return Object.entries(value).flatMap(([k, v]) => nonFinite(v, `${path}.${k}`));
  }
  return [];
}

/** Runs a short version of `scenario` under small budgets; returns "ran" or the budget code. */
function runShort(scenario: Scenario): string {
  const short = { ...scenario, horizonDays: 1, drainDays: 0, warmupDays: 0 };
  try {
    const result = runGate(short, { seed: 7, maxEvents: 200_000, maxTrucksInSystem: 20_000 });
    expect(nonFinite(result)).toEqual([]);
    return "ran";
  } catch (error) {
    if (!(error instanceof SimulationError) || !BUDGET_CODES.includes(error.code)) throw error;
    expect(error.message).toMatch(/simulated time/);
    return error.code;
  }
}

describe("scenarios that validate", () => {
  it("run to the end of their horizon or stop with a typed budget error, however extreme their numbers", () => {
    const outcomes = new Map<string, number>();
    let invalid = 0;
    fc.assert(
      fc.property(edits, (edit) => {
        const parsed = parseScenario(apply(edit));
        if (!parsed.ok) {
          invalid += 1;
          return;
        }
        const outcome = runShort(parsed.scenario);
        outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1);
      }),
      {
        numRuns: Number(process.env.GATESIM_FUZZ_RUNS ?? 150),
        seed: Number(process.env.GATESIM_FUZZ_SEED ?? 20261202),
      },
    );
    // Valid and invalid inputs both occur, or the property says little.
    expect(outcomes.get("ran") ?? 0).toBeGreaterThan(20);
    expect(invalid).toBeGreaterThan(5);
  });

  it.each([
    ["a neighbour accepting 5e-324 trucks a day", { neighbour: { trucksPerDay: 5e-324 } }],
    ["a neighbour accepting 5e-324 trucks an hour", { neighbour: { trucksPerHour: 5e-324 } }],
  ])("are refused up front when they hold %s, naming the path, value and bound", (_, patch) => {
    const parsed = parseScenario({ ...BASES[1]!, ...patch });
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.issues[0]!.message).toMatch(
      /^neighbour\.trucksPer(Day|Hour): expected a number >= 0\.001, received 5e-324/,
    );
  });

  it("refuse an outage every 1e-300 hours (it hung the run), naming the bound", () => {
    const scenario = structuredClone(BASES[1]!) as Scenario;
    (scenario.stations[0] as { outages?: unknown }).outages = {
      meanHoursBetweenFailures: 1e-300,
      repairSeconds: { kind: "deterministic", seconds: 60 },
    };
    const parsed = parseScenario(scenario);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.issues[0]!.message).toMatch(
      /outages\.meanHoursBetweenFailures: expected a number >= 0\.01, received 1e-300/,
    );
  });

  it("refuse a gamma law of mean 5e-324 s, whose scale underflows (it validated, then crashed the run)", () => {
    const scenario = structuredClone(BASES[0]!) as Scenario;
    (scenario.stations[1] as { serviceSeconds: unknown }).serviceSeconds = {
      kind: "gamma",
      shape: 2,
      meanSeconds: 5e-324,
    };
    const parsed = parseScenario(scenario);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.issues[0]!.message).toMatch(
      /^stations\[1\]\(customs\)\.serviceSeconds: expected a gamma law the simulation can sample \(its mean: .*\), received \{"kind":"gamma","shape":2,"meanSeconds":5e-324\}$/,
    );
  });

  it("keep a station opening 1e-231 h past midnight open every day (the schedule hung on day 1)", () => {
    const schedule = new CapacitySchedule({
      servers: 2,
      openHours: { fromHour: 3.5e-231, toHour: 21 },
    });
    for (const day of [0, 1, 2, 3649]) {
      const midnight = day * 86_400;
      expect(schedule.nextChangeAfter(midnight)).toBeGreaterThan(midnight);
      expect(schedule.serversAt(midnight + 3600)).toBe(2);
      expect(schedule.serversAt(midnight + 22 * 3600)).toBe(0);
    }
    expect(schedule.meanServers()).toBeCloseTo((2 * 21) / 24, 9);
  });

  it("run a lognormal with mean 1e-300 s and sd 3e8 s (a NaN reached the kernel) to finite KPIs", () => {
    const scenario = structuredClone(BASES[1]!) as Scenario;
    (scenario.stations[0] as { serviceSeconds: unknown }).serviceSeconds = {
      kind: "lognormal",
      meanSeconds: 1e-300,
      sdSeconds: 3e8,
    };
    const parsed = parseScenario(scenario);
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect(runShort(parsed.scenario)).toBe("ran");
  });

  it("stop an overloaded gate at its trucks-in-system bound with the day reached", () => {
    const scenario = structuredClone(BASES[0]!) as Scenario;
    (scenario.arrivals as { trucksPerDay: number }).trucksPerDay = 100_000;
    expect(() => runGate({ ...scenario, horizonDays: 30 }, { maxTrucksInSystem: 5_000 })).toThrow(
      /trucks in the system expected at most 5000 \(maxTrucksInSystem\), received 5001 on day 0\.\d\d .*\[MEMORY_BUDGET_EXCEEDED\]/,
    );
  });

  it("have a default event budget that grows with trucks × horizon and is never below a million", () => {
    const smart = BASES[1]!;
    const week = gateEventBudget({ ...smart, horizonDays: 7 });
    const month = gateEventBudget({ ...smart, horizonDays: 28 });
    expect(month / week).toBeCloseTo(28 / 7, 1);
    // ten times the ~6 events per truck measured on the presets, at least
    expect(month).toBeGreaterThan(10 * 6 * 3300 * 28);
    expect(gateEventBudget({ ...smart, horizonDays: 1 })).toBeGreaterThanOrEqual(1_000_000);
  });
});
