import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import * as random from "../../src/random/index.js";

const ROOT = join(import.meta.dirname, "../../src/random");
/** The shared leaf (units, value rendering, the issue shape) that every layer may import. */
const COMMON = join(import.meta.dirname, "../../src/common/index.ts");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sourceFiles(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

const FILES = sourceFiles(ROOT).filter((f) => f.endsWith(".ts"));

describe("the random layer's boundaries", () => {
  it("imports only seedrandom, its own files and the shared leaf, and seedrandom only in stream.ts", () => {
    const problems: string[] = [];
    let seen = 0;
    for (const file of FILES) {
      const text = readFileSync(file, "utf8");
      const name = relative(ROOT, file);
      for (const match of text.matchAll(/^(?:import|export)[^;]*?from\s+"([^"]+)"/gms)) {
        const specifier = match[1] as string;
        seen++;
        if (specifier === "seedrandom") {
          if (name !== "stream.ts") problems.push(`${name} imports seedrandom`);
        } else if (!specifier.startsWith("./") && !specifier.startsWith("../")) {
          problems.push(`${name} imports ${specifier}`);
        } else if (!specifier.endsWith(".js")) {
          problems.push(`${name} imports ${specifier} without .js`);
        } else if (join(file, "..", specifier).replace(/\.js$/, ".ts") === COMMON) {
          // the shared leaf src/common, through its index only
        } else if (relative(ROOT, join(file, "..", specifier)).startsWith("..")) {
          problems.push(`${name} reaches outside src/random: ${specifier}`);
        }
      }
    }
    expect(problems).toEqual([]);
    expect(seen).toBeGreaterThan(40);
  });

  it("never uses Math.random, the wall clock, or export *", () => {
    for (const file of FILES) {
      const text = readFileSync(file, "utf8");
      expect(text, file).not.toMatch(
        /Math\.random|Date\.now|new Date\(|performance\.now|export \*/,
      );
    }
  });

  it("keeps every file under 300 lines", () => {
    for (const file of FILES) {
      expect(readFileSync(file, "utf8").split("\n").length, file).toBeLessThan(300);
    }
  });

  it("exports exactly the pinned public surface", () => {
    expect(Object.keys(random).sort()).toEqual(
      [
        "DEFAULT_GENERATOR",
        "PoissonArrivals",
        "RandomError",
        "RandomStream",
        "RandomStreams",
        "RateProfile",
        "ThinningArrivals",
        "TraceArrivals",
        "createRateProfile",
        "createStream",
        "deterministic",
        "discrete",
        "empirical",
        "erlang",
        "exponential",
        "gamma",
        "lognormal",
        "mixture",
        "normal",
        "normalQuantile",
        "parseArrivalTrace",
        "poissonArrivals",
        "standardNormal",
        "triangular",
        "truncatedNormal",
        "uniform",
        "weibull",
      ].sort(),
    );
  });
});
