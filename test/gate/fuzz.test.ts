import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { SimulationError } from "../../src/engine/index.js";
import { parseScenario, preset, runGate } from "../../src/gate/index.js";

/**
 * The scenario loader under hostile input: valid presets with one field mutated. Every case
 * must end in a valid scenario (which then runs, briefly, to JSON with no NaN/Infinity) or in a
 * list of issues with paths — never an uncaught exception or a hang.
 */
const BASES = ["huu-nghi-manual-2019", "huu-nghi-smart-2024", "lang-son-record-day"].map(
  (name) => preset(name)!,
);

/** Every path to a leaf (or container) of a JSON value. */
function paths(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  const here = prefix.length > 0 ? [prefix] : [];
  if (Array.isArray(value)) {
    return [...here, ...value.slice(0, 30).flatMap((item, i) => paths(item, [...prefix, i]))];
  }
  if (value !== null && typeof value === "object") {
    return [...here, ...Object.entries(value).flatMap(([k, v]) => paths(v, [...prefix, k]))];
  }
  return here;
}

const MUTATIONS = [
  "NaN",
  "Infinity",
  "-Infinity",
  "12",
  -1,
  0,
  1e308,
  -1e-9,
  0.99,
  1.3,
  [],
  {},
  null,
  true,
  "",
  { mean: 120 },
  { kind: "exponential", mean: 120 },
  "__DELETE__",
  "__UNKNOWN_KEY__",
] as const;

function mutate(base: unknown, path: (string | number)[], mutation: unknown): unknown {
  const copy = structuredClone(base) as Record<string | number, unknown>;
  let node = copy as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  const last = path[path.length - 1]!;
  if (mutation === "__DELETE__") {
    if (Array.isArray(node)) node.splice(Number(last), 1);
    else delete node[last];
  } else if (mutation === "__UNKNOWN_KEY__") {
    const target = node[last];
    if (target !== null && typeof target === "object" && !Array.isArray(target)) {
      (target as Record<string, unknown>).meanMinutes = 5;
    } else {
      node[last] = { meanMinutes: 5 };
    }
  } else {
    node[last] = mutation;
  }
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

const mutated = fc.integer({ min: 0, max: BASES.length - 1 }).chain((b) =>
  fc.record({
    base: fc.constant(b),
    path: fc.constantFrom(...paths(BASES[b])),
    mutation: fc.constantFrom(...MUTATIONS),
  }),
);

describe("the scenario loader under mutation", () => {
  it("ends every mutated scenario in issues with paths or a clean short run", () => {
    let valid = 0;
    let invalid = 0;
    fc.assert(
      fc.property(mutated, ({ base, path, mutation }) => {
        const input = mutate(BASES[base], path, mutation);
        const parsed = parseScenario(input);
        if (!parsed.ok) {
          invalid += 1;
          expect(parsed.issues.length).toBeGreaterThan(0);
          for (const issue of parsed.issues) {
            expect(issue.path).not.toBe("");
            expect(issue.message).toMatch(/expected/);
          }
          return;
        }
        valid += 1;
        const scenario = { ...parsed.scenario, horizonDays: 1, drainDays: 0 };
        try {
          const result = runGate(scenario, { seed: 1, maxEvents: 400_000 });
          expect(nonFinite(result)).toEqual([]);
        } catch (error) {
          // A huge but valid demand may exhaust the event budget: a typed, clear error, not a hang.
          expect(error).toBeInstanceOf(SimulationError);
          expect((error as SimulationError).code).toBe("EVENT_BUDGET_EXCEEDED");
        }
      }),
      // Seeded so CI is reproducible; GATESIM_FUZZ_SEED / GATESIM_FUZZ_RUNS explore further.
      {
        numRuns: Number(process.env.GATESIM_FUZZ_RUNS ?? 400),
        seed: Number(process.env.GATESIM_FUZZ_SEED ?? 20261122),
      },
    );
    // Both outcomes must be exercised, or the property says little.
    expect(invalid).toBeGreaterThan(100);
    expect(valid).toBeGreaterThan(0);
  });
});
