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
  // A corridor of gates: the same rank as gate, built on it (gate never imports corridor).
  corridor: {
    layers: ["corridor", "gate", "engine", "random", "stats", "common"],
    packages: ["zod"],
  },
  experiment: {
    layers: ["experiment", "random", "stats", "common"],
    packages: ["piscina", "bullmq", "ioredis"],
    nodeBuiltins: true,
  },
  report: {
    layers: ["report", "stats", "common"],
    typeOnlyLayers: ["engine", "random", "gate", "corridor", "experiment"],
    packages: ["vega", "vega-lite"],
  },
  // The what-if page (browser): the layers below through their browser-safe files, never the
  // CLI, node: built-ins or the worker-thread pool (checked transitively below).
  app: {
    layers: ["app", "common", "engine", "random", "stats", "gate", "experiment", "report"],
    packages: [],
  },
  cli: {
    layers: [
      "cli",
      "common",
      "engine",
      "random",
      "stats",
      "gate",
      "corridor",
      "experiment",
      "report",
      "(root)",
    ],
    packages: ["commander", "cli-progress", "csv-parse", "zod"],
    nodeBuiltins: true,
  },
  "(root)": {
    layers: [
      "(root)",
      "common",
      "engine",
      "random",
      "stats",
      "gate",
      "corridor",
      "experiment",
      "report",
    ],
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

/** Node-only modules the browser bundle must never reach. */
const NODE_ONLY_FILES = ["experiment/worker-pool.ts", "experiment/worker.ts"];

/**
 * Every source file and package reachable from `entry` through value imports (`import type`
 * is erased), with the chain that reached it.
 */
function reachable(entry: string): Map<string, string[]> {
  const seen = new Map<string, string[]>([[entry, [entry]]]);
  const queue = [entry];
  while (queue.length > 0) {
    const file = queue.shift()!;
    const chain = seen.get(file)!;
    for (const match of readFileSync(file, "utf8").matchAll(IMPORT)) {
      if (match[2] !== undefined) continue;
      const target = match[3] ?? match[4]!;
      const key = target.startsWith(".")
        ? join(file, "..", target).replace(/\.js$/, ".ts")
        : `package:${target}`;
      if (seen.has(key)) continue;
      seen.set(key, [...chain, key]);
      if (!key.startsWith("package:")) queue.push(key);
    }
  }
  return seen;
}

/** What the page's worker and page script reach that a browser cannot load. */
function browserViolations(): string[] {
  const found: string[] = [];
  for (const entry of ["app/worker.ts", "app/page/main.ts"]) {
    for (const [key, chain] of reachable(join(SRC, entry))) {
      const name = key.startsWith("package:") ? key.slice(8) : relative(SRC, key);
      const bad =
        name.startsWith("node:") ||
        name === "piscina" ||
        name.startsWith("cli/") ||
        NODE_ONLY_FILES.includes(name);
      if (bad) found.push(`${chain.map((k) => relative(SRC, k)).join(" → ")}`);
    }
  }
  return found;
}

describe("the layering of src/", () => {
  it("keeps the what-if page's bundle free of node-only modules (node:, piscina, the worker pool, the CLI)", () => {
    expect(browserViolations()).toEqual([]);
  });

  it("would catch the page reaching the worker pool through the experiment index", () => {
    const chains = reachable(join(SRC, "experiment", "index.ts"));
    expect([...chains.keys()].some((key) => key.endsWith("worker-pool.ts"))).toBe(true);
    // piscina itself is required lazily (createRequire): the pool's node: imports give it away.
    expect([...chains.keys()].some((key) => key.startsWith("package:node:"))).toBe(true);
  });

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
