import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { describe, expect, it } from "vitest";

/**
 * The layering of ../shared/design/STYLE.md, checked on the import lines under src/:
 * engine, random and stats know nothing of each other; experiment never imports gate; only the
 * CLI touches everything. A forbidden edge fails this test with the file and the import.
 */
const SRC = join(import.meta.dirname, "..", "..", "src");

interface Rule {
  /** Layers whose values may be imported. */
  readonly layers: readonly string[];
  /** Layers from which only `import type` is allowed. */
  readonly typeOnlyLayers?: readonly string[];
  /** npm packages that may be imported (prefix match on the package name). */
  readonly packages: readonly string[];
  /** Whether node: built-ins may be imported. */
  readonly nodeBuiltins?: boolean;
}

const RULES: Record<string, Rule> = {
  // The shared leaf (units, value rendering, the issue shape): every layer may import it.
  common: { layers: ["common"], packages: [] },
  engine: { layers: ["engine", "common"], packages: ["tinyqueue"] },
  random: { layers: ["random", "common"], packages: ["seedrandom"] },
  stats: { layers: ["stats", "common"], packages: ["jstat", "hdr-histogram-js"] },
  gate: { layers: ["gate", "engine", "random", "stats", "common"], packages: ["zod"] },
  experiment: {
    layers: ["experiment", "random", "stats", "common"],
    packages: ["piscina"],
    nodeBuiltins: true,
  },
  report: {
    layers: ["report", "stats", "common"],
    typeOnlyLayers: ["engine", "random", "gate", "experiment"],
    packages: ["vega", "vega-lite"],
  },
  cli: {
    layers: [
      "cli",
      "common",
      "engine",
      "random",
      "stats",
      "gate",
      "experiment",
      "report",
      "(root)",
    ],
    packages: ["commander", "cli-progress", "csv-parse", "zod"],
    nodeBuiltins: true,
  },
  "(root)": {
    layers: ["(root)", "common", "engine", "random", "stats", "gate", "experiment", "report"],
    packages: [],
  },
};

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return path.endsWith(".ts") ? [path] : [];
  });
}

function layerOf(path: string): string {
  const parts = relative(SRC, path).split(sep);
  return parts.length === 1 ? "(root)" : parts[0]!;
}

const IMPORT =
  /^\s*(import|export)\s+(type\s+)?[^'"]*?from\s+["']([^"']+)["']|^\s*import\s+["']([^"']+)["']/gm;

function violations(): string[] {
  const found: string[] = [];
  for (const file of sourceFiles(SRC)) {
    const layer = layerOf(file);
    const rule = RULES[layer];
    const where = relative(SRC, file);
    if (rule === undefined) {
      found.push(`${where}: unknown layer "${layer}" (add it to the rules)`);
      continue;
    }
    for (const match of readFileSync(file, "utf8").matchAll(IMPORT)) {
      const typeOnly = match[2] !== undefined;
      const target = match[3] ?? match[4]!;
      if (target.startsWith(".")) {
        const targetLayer = layerOf(join(file, "..", target));
        const allowed =
          rule.layers.includes(targetLayer) ||
          (typeOnly && (rule.typeOnlyLayers ?? []).includes(targetLayer));
        if (!allowed) found.push(`${where}: ${layer} must not import ${targetLayer} ("${target}")`);
      } else if (target.startsWith("node:")) {
        if (rule.nodeBuiltins !== true) found.push(`${where}: ${layer} must not import ${target}`);
      } else {
        const pkg = target.startsWith("@")
          ? target.split("/").slice(0, 2).join("/")
          : target.split("/")[0]!;
        if (!rule.packages.includes(pkg))
          found.push(`${where}: ${layer} must not import package "${pkg}"`);
      }
    }
  }
  return found;
}

describe("the layering of src/", () => {
  it("has no import that crosses a forbidden layer boundary", () => {
    expect(violations()).toEqual([]);
  });

  it("would catch an engine file importing the random layer", () => {
    const text = 'import { createStream } from "../random/stream.js";\n';
    const match = [...text.matchAll(IMPORT)][0]!;
    const targetLayer = layerOf(join(SRC, "engine", "x.ts", "..", match[3]!));
    expect(targetLayer).toBe("random");
    expect(RULES.engine!.layers.includes(targetLayer)).toBe(false);
  });
});
