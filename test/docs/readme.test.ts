import { execFileSync, spawnSync } from "node:child_process";
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import type { CheckOutcome } from "./doc-runtime.js";
import { instrument } from "./instrument.js";

/**
 * Every fenced block of README.md runs or is checked (as R checks `@examples` and SimPy ships
 * `.out` files), so a README that no longer matches the code fails CI:
 *
 * - `ts`/`js` blocks run as programs in a child process (tsx), importing `gatesim` and
 *   `gatesim/charts` through the package's own `exports` (a temporary directory whose
 *   node_modules/gatesim links to this repository, so dist/ is what runs), from the repository
 *   root; annotated values are checked (annotations.ts).
 * - `json`/`jsonc` blocks are parsed (comments stripped) and validated with `parseScenario`.
 * - Any other block needs `<!-- readme-test: … -->` right above it naming one of the checks
 *   below, or `<!-- readme-test: skip — reason -->`; an unmarked block it cannot run fails.
 */
const ROOT = join(import.meta.dirname, "..", "..");
const README = readFileSync(join(ROOT, "README.md"), "utf8");
const TSX = join(ROOT, "node_modules", "tsx", "dist", "cli.mjs");
const CLI = join(ROOT, "dist", "cli", "main.js");
const RUNTIME = pathToFileURL(join(import.meta.dirname, "doc-runtime.ts")).href;

if (!existsSync(join(ROOT, "dist", "index.js"))) {
  throw new Error("dist/ is missing: run `npm run build` first (`npm test` does)");
}
const gatesim = await import(pathToFileURL(join(ROOT, "dist", "index.js")).href);

/** One fenced block. */
interface Block {
  /** 1-based line of the opening fence. */
  readonly line: number;
  /** The fence's info string, e.g. "ts"; "" for a plain block. */
  readonly lang: string;
  readonly code: string;
  /** The text of a `<!-- readme-test: … -->` comment right above the fence. */
  readonly marker: string | null;
}

function blocksOf(markdown: string): Block[] {
  const lines = markdown.split("\n");
  const blocks: Block[] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = /^```(\S*)\s*$/.exec(lines[i]!);
    if (open === null) continue;
    const end = lines.findIndex((line, j) => j > i && /^```\s*$/.test(line));
    if (end === -1) throw new Error(`README.md:${i + 1}: unclosed code fence`);
    const marker = /^<!--\s*readme-test:\s*(.*?)\s*-->\s*$/.exec(lines[i - 1] ?? "")?.[1] ?? null;
    blocks.push({ line: i + 1, lang: open[1]!, code: lines.slice(i + 1, end).join("\n"), marker });
    i = end;
  }
  return blocks;
}

/** JSONC → JSON: drops // and /* *\/ comments outside strings, and trailing commas. */
function stripJsonComments(text: string): string {
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '"') {
      const start = i;
      for (i++; i < text.length && text[i] !== '"'; i++) if (text[i] === "\\") i++;
      out += text.slice(start, i + 1);
    } else if (ch === "/" && text[i + 1] === "/") {
      while (i < text.length && text[i] !== "\n") i++;
      out += "\n";
    } else if (ch === "/" && text[i + 1] === "*") {
      i = text.indexOf("*/", i + 2) + 1;
    } else out += ch;
  }
  return out.replace(/,(\s*[}\]])/g, "$1");
}

function parseJsonBlock(block: Block): unknown {
  return JSON.parse(block.lang === "jsonc" ? stripJsonComments(block.code) : block.code);
}

/** A scenario block: valid by parseScenario (every issue listed when not). */
function validScenario(block: Block) {
  const parsed = gatesim.parseScenario(parseJsonBlock(block));
  if (!parsed.ok) {
    expect.fail(
      `README.md:${block.line}: the scenario is invalid:\n${parsed.issues.map((i: { message: string }) => i.message).join("\n")}`,
    );
  }
  return parsed.scenario;
}

const work = mkdtempSync(join(tmpdir(), "gatesim-readme-"));
mkdirSync(join(work, "node_modules"));
symlinkSync(ROOT, join(work, "node_modules", "gatesim"), "dir");
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Runs a ts/js block as a program from the repository root; returns its failures. */
function runProgram(block: Block): string[] {
  const key = `readme-${block.line}`;
  const instrumented = instrument(block.code, { key, runtime: RUNTIME });
  if (instrumented.problems.length > 0) return [...instrumented.problems];
  // .mts/.mjs: an ES module (top-level await) whatever package.json is nearest
  const file = join(work, `${key}.${block.lang.startsWith("j") ? "mjs" : "mts"}`);
  const results = join(work, `${key}.json`);
  writeFileSync(file, instrumented.code);
  const run = spawnSync("node", [TSX, file], {
    cwd: ROOT,
    encoding: "utf8",
    timeout: 300_000,
    env: { ...process.env, GATESIM_DOC_RESULTS: results },
  });
  if (run.status !== 0) {
    // without stack frames, which the test runner would try to map
    const stderr = run.stderr
      .split("\n")
      .filter((line) => !/^\s+at /.test(line))
      .join("\n");
    return [`exits with ${run.status ?? run.signal}:\n${stderr.slice(-3000)}`];
  }
  if (!existsSync(results)) return ["did not run to the end"];
  const { results: outcomes } = JSON.parse(readFileSync(results, "utf8")) as {
    results: CheckOutcome[];
  };
  return outcomes
    .filter((outcome) => outcome.problem !== null)
    .map((outcome) => `line ${outcome.line}, "// ${outcome.annotation}": ${outcome.problem}`);
}

function cli(args: readonly string[]): string {
  return execFileSync("node", [CLI, ...args], {
    cwd: ROOT,
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"],
    timeout: 600_000,
  });
}

/** The checks a marker can name, by the marker's first words. */
const CHECKS: readonly { readonly prefix: RegExp; readonly check: (block: Block) => void }[] = [
  {
    // the table npm start prints: a fresh run of the same command, byte for byte
    prefix: /^output of gatesim (.+?),/,
    check: (block) => {
      const args = /^output of gatesim (.+?),/.exec(block.marker!)![1]!.split(/\s+/);
      expect(cli(args)).toBe(`${block.code}\n`);
    },
  },
  {
    // the validation messages: the smart 2024 preset with four mistakes, as the text says
    prefix: /^the messages of parseScenario on that input/,
    check: (block) => {
      const input = structuredClone(gatesim.preset("huu-nghi-smart-2024"));
      input.horizonDays = -3;
      input.stations[0].serviceSeconds = { kind: "lognormal", mean: 15, sdSeconds: 5 };
      input.trucks.directionShares = { export: 0.33, import: 0.77 };
      input.pathway[input.pathway.length - 1].stationId = "x-ray";
      const parsed = gatesim.parseScenario(input);
      expect(parsed.ok).toBe(false);
      expect(parsed.issues.map((issue: { message: string }) => issue.message).join("\n")).toBe(
        block.code,
      );
    },
  },
  {
    // an abridged excerpt: each piece of code outside /* … */ is in the named files
    prefix: /^excerpt of /,
    check: (block) => {
      const files = /^excerpt of (.+?) —/.exec(block.marker!)![1]!.split(/\s+/);
      // whitespace and trailing commas do not count
      const squash = (text: string) => text.replace(/\s+/g, "").replace(/,([}\])])/g, "$1");
      const source = squash(files.map((f) => readFileSync(join(ROOT, f), "utf8")).join("\n"));
      const missing: string[] = [];
      for (const line of block.code.split("\n")) {
        const code = line.replace(/\/\/.*$/, "");
        for (const piece of code.split(/\/\*.*?\*\//)) {
          const text = squash(piece).replace(/[,;]+$/, "");
          if (/\w/.test(text) && !source.includes(text)) missing.push(line.trim());
        }
      }
      expect(missing, `lines not found in ${files.join(", ")}`).toEqual([]);
    },
  },
  {
    // the CLI synopsis: its commands and flags exist
    prefix: /^synopsis\b/,
    check: (block) => {
      const help = cli(["--help"]);
      const problems: string[] = [];
      for (const line of block.code.split("\n")) {
        for (const segment of line.replace(/\s#.*$/, "").split("|")) {
          const command = /^\s*gatesim\s+([a-z-]+)/.exec(segment)?.[1];
          if (command === undefined) continue;
          if (!new RegExp(`^\\s+${command}\\b`, "m").test(help)) {
            problems.push(`gatesim ${command}: not in gatesim --help`);
            continue;
          }
          const commandHelp = cli([command, "--help"]);
          for (const flag of segment.match(/--[a-z][a-z-]*/g) ?? []) {
            if (!commandHelp.includes(flag))
              problems.push(`gatesim ${command} ${flag}: not in its --help`);
          }
        }
      }
      expect(problems).toEqual([]);
    },
  },
  {
    // the annotated scenario: valid, and the stable gate the text describes
    prefix: /^parsed with parseScenario, then run/,
    check: (block) => {
      const scenario = validScenario(block);
      expect(gatesim.gateWarnings(scenario)).toEqual([]); // no station is overloaded
      const result = gatesim.runGate(scenario, { seed: 1 });
      expect(result.warnings).toEqual([]);
      expect(result.trucks.cleared).toBe(result.trucks.arrived);
      expect(result.trucks.spoiled).toBe(0);
      expect(result.yard.maxRoadQueueTrucks).toBe(0);
      expect(result.timeInSystem.shareWithin24h).toBe(1);
    },
  },
];

const blocks = blocksOf(README);

describe("the README's code blocks", () => {
  it("are found, and every marker names a known check or a reason to skip", () => {
    expect(blocks.length).toBeGreaterThan(5);
    for (const block of blocks) {
      if (block.marker === null) continue;
      const known =
        /^skip\s+—\s+\S/.test(block.marker) || CHECKS.some((c) => c.prefix.test(block.marker!));
      expect(known, `README.md:${block.line}: unknown marker "${block.marker}"`).toBe(true);
    }
  });

  it.each(
    blocks.map((block) => [`README.md:${block.line} (${block.lang || "plain"})`, block] as const),
  )(
    "%s runs or is checked",
    (_label, block) => {
      const marker = block.marker;
      if (marker !== null && /^skip\s+—/.test(marker)) return; // the reason is in the README
      const named = marker === null ? undefined : CHECKS.find((c) => c.prefix.test(marker));
      if (named !== undefined) {
        named.check(block);
        return;
      }
      if (["ts", "typescript", "js", "javascript", "mjs"].includes(block.lang)) {
        const failures = runProgram(block);
        if (failures.length > 0) {
          expect.fail(
            `README.md:${block.line}\n${failures.join("\n")}\n--- the block ---\n${block.code}`,
          );
        }
        return;
      }
      if (block.lang === "json" || block.lang === "jsonc") {
        validScenario(block);
        return;
      }
      expect.fail(
        `README.md:${block.line}: a ${block.lang || "plain"} block that no test runs: put ` +
          "<!-- readme-test: … --> right above it naming its check, or <!-- readme-test: skip — reason -->",
      );
    },
    600_000,
  );
});
