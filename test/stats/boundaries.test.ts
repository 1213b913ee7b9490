import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import * as stats from "../../src/stats/index.js";

const root = join(import.meta.dirname, "../../src/stats");
/** The shared leaf (units, value rendering, the issue shape) that every layer may import. */
const common = join(import.meta.dirname, "../../src/common/index.js");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith(".ts") && !entry.name.endsWith(".d.ts") ? [path] : [];
  });
}

function imports(file: string): string[] {
  const text = readFileSync(file, "utf8");
  return [...text.matchAll(/^\s*(?:import|export)[^;]*?from\s+"([^"]+)"/gms)].map((m) => m[1]!);
}

describe("the stats layer's boundaries", () => {
  it("imports only its own files, jstat, hdr-histogram-js and the shared leaf — never engine or random", () => {
    for (const file of sourceFiles(root)) {
      for (const spec of imports(file)) {
        const ok =
          spec.startsWith("./") ||
          spec.startsWith("../") ||
          spec === "jstat" ||
          spec === "hdr-histogram-js" ||
          spec.startsWith("hdr-histogram-js/");
        expect(ok, `${relative(root, file)} imports ${spec}`).toBe(true);
        if (spec.startsWith("../")) {
          const target = join(file, "..", spec);
          const inside = target.startsWith(root) || target === common;
          expect(inside, `${relative(root, file)} leaves src/stats`).toBe(true);
        }
        expect(spec.endsWith(".js") || !spec.startsWith("."), `${spec} needs .js`).toBe(true);
      }
    }
  });

  it("imports each third-party package in exactly one file", () => {
    for (const pkg of ["jstat", "hdr-histogram-js"]) {
      const users = sourceFiles(root).filter((f) => imports(f).includes(pkg));
      expect(
        users.map((f) => relative(root, f)),
        pkg,
      ).toHaveLength(1);
    }
  });

  it("uses no Math.random, clock or export *", () => {
    for (const file of sourceFiles(root)) {
      const text = readFileSync(file, "utf8");
      expect(text, file).not.toMatch(/Math\.random|Date\.now|new Date|performance\.now|export \*/);
    }
  });

  it("exports exactly the pinned public surface", () => {
    expect(Object.keys(stats).sort()).toEqual([
      "ExactQuantiles",
      "QuantileSketch",
      "StatsError",
      "Tally",
      "TimeWeighted",
      "batchMeans",
      "confidenceInterval",
      "confidenceIntervalFromSnapshot",
      "erlangA",
      "erlangB",
      "erlangC",
      "jackson",
      "lag1Autocorrelation",
      "md1",
      "mg1",
      "mm1PriorityNonPreemptive",
      "mmc",
      "mmck",
      "mser5",
      "pairedDifference",
      "studentT",
      "welchMovingAverage",
    ]);
  });

  it("a TimeWeighted satisfies the engine's level-observer shape structurally", () => {
    type LevelObserverShape = { update(timeSeconds: number, level: number): void };
    const observer: LevelObserverShape = new stats.TimeWeighted();
    observer.update(1, 2);
    expect((observer as stats.TimeWeighted).current).toBe(2);
  });
});
