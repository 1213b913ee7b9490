import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { preset } from "../../src/gate/index.js";

/** The real, built binary as a subprocess (`npm test` builds dist/ first). */
const ROOT = join(import.meta.dirname, "..", "..");
const BIN = join(ROOT, "dist", "cli", "main.js");
const work = mkdtempSync(join(tmpdir(), "gatesim-bounds-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function gatesim(...args: string[]) {
  const result = spawnSync("node", [BIN, ...args], {
    cwd: ROOT,
    encoding: "utf8",
    timeout: 120_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** The one line of stderr (bounded runs say why in one line, with no stack). */
function oneLine(stderr: string): string {
  // Overload warnings come first on their own lines (an overloaded scenario has them).
  const lines = stderr
    .trim()
    .split("\n")
    .filter((line) => !line.startsWith("gatesim: warning:"));
  expect(lines).toHaveLength(1);
  expect(stderr).not.toMatch(/internal error|\n\s+at /);
  return lines[0]!;
}

describe("the gatesim CLI's bounds", () => {
  it("stops a run past --max-events with exit 1, naming the budget and the simulated time", () => {
    const one = gatesim(
      "run",
      "huu-nghi-smart-2024",
      "--replications",
      "1",
      "--max-events",
      "1000",
      "--quiet",
    );
    expect(one.code).toBe(1);
    expect(oneLine(one.stderr)).toMatch(
      /^gatesim: Simulation\.run: stopped a runaway model: event budget of 1000 used up; 1000 events ran, simulated time \d+(\.\d+)? \[EVENT_BUDGET_EXCEEDED\]; raise --max-events/,
    );
    const many = gatesim(
      "run",
      "huu-nghi-smart-2024",
      "--replications",
      "3",
      "--workers",
      "2",
      "--max-events",
      "1000",
      "--quiet",
    );
    expect(many.code).toBe(1);
    expect(oneLine(many.stderr)).toMatch(
      /^gatesim: replicate: replication \d of seed "1" stopped by its budget at simulated time \d+(\.\d+)?: SimulationError EVENT_BUDGET_EXCEEDED: .* \[BUDGET_EXCEEDED\]$/,
    );
  });

  it("stops an overloaded valid scenario at its trucks-in-system bound instead of growing to GBs", () => {
    const scenario = structuredClone(preset("huu-nghi-manual-2019")!) as unknown as {
      arrivals: { trucksPerDay: number };
      horizonDays: number;
      initialState?: unknown;
    };
    // A million trucks waiting and a million a day more at a gate that clears ~400 a day.
    scenario.arrivals.trucksPerDay = 1_000_000;
    scenario.horizonDays = 3650;
    scenario.initialState = { trucks: [{ count: 999_990, at: "road" }] };
    const path = join(work, "overloaded.json");
    writeFileSync(path, JSON.stringify(scenario));
    const result = gatesim("run", path, "--replications", "1", "--quiet");
    expect(result.code).toBe(1);
    expect(oneLine(result.stderr)).toMatch(
      /^gatesim: runGate: stopped an overloaded run: trucks in the system expected at most 2000000 \(maxTrucksInSystem\), received 2000001 on day \d+\.\d\d .*\[MEMORY_BUDGET_EXCEEDED\]$/,
    );
  });

  it("terminates workers at --time-limit with exit 1, naming the replications not finished", () => {
    const started = performance.now();
    const result = gatesim(
      "run",
      "huu-nghi-smart-2024",
      "--replications",
      "64",
      "--workers",
      "2",
      "--time-limit",
      "1",
      "--quiet",
    );
    expect(result.code).toBe(1);
    expect(oneLine(result.stderr)).toMatch(
      /^gatesim: replicate: time limit of 1 s passed with \d+ replications done; replications .* of seed "1" had not finished .*\[TIME_LIMIT_EXCEEDED\]$/,
    );
    // The limit, plus starting node and two threads: far from the ~40 s the run would take.
    expect(performance.now() - started).toBeLessThan(20_000);
  });

  it("refuses a 1,000 × 1,000 --vary grid up front with what it would cost", () => {
    const values = Array.from({ length: 1000 }, (_, i) => i + 1).join(",");
    const result = gatesim(
      "sweep",
      "huu-nghi-smart-2024",
      "--vary",
      `stations.identity.servers=${values}`,
      "--vary",
      `stations.customs.servers=${values}`,
      "--quiet",
    );
    expect(result.code).toBe(1);
    expect(oneLine(result.stderr)).toMatch(
      /^gatesim sweep: the grid expected at most 100,000 points and 1,000,000 replications in all, received 1,000,000 points × 5 replications = 5,000,000: at up to [\d,]+ events each \(the event budget's estimate\) that is up to [\d.]+ days of CPU, and [\d.]+ GB of memory for the rows; vary fewer values$/,
    );
  });

  it("treats bad budget flags as usage errors (exit 2) naming flag, value and range", () => {
    for (const [flag, value, range] of [
      ["--max-events", "0", "an integer in \\[1, 1099511627776\\]"],
      ["--max-events", "1e3x", "an integer in \\[1, 1099511627776\\]"],
      ["--time-limit", "0", "a number of seconds in \\(0, 604800\\]"],
      ["--time-limit", "soon", "a number of seconds in \\(0, 604800\\]"],
    ] as const) {
      const result = gatesim("run", "huu-nghi-smart-2024", flag, value, "--quiet");
      expect(result.code).toBe(2);
      expect(oneLine(result.stderr)).toMatch(
        new RegExp(`${flag} expected ${range}, received "${value}"`),
      );
    }
  });

  it("still writes per-replication CSV rows and the report page while keeping no whole results", () => {
    const csv = join(work, "reps.csv");
    const report = join(work, "reps.html");
    const result = gatesim(
      "run",
      "huu-nghi-smart-2024",
      "--days",
      "1",
      "--replications",
      "3",
      "--workers",
      "1",
      "--csv",
      csv,
      "--report",
      report,
      "--quiet",
    );
    expect(result.code).toBe(0);
    const rows = readFileSync(csv, "utf8").trim().split("\r\n");
    const replications = new Set(rows.slice(1).map((row) => row.split(",")[1]));
    expect([...replications].sort()).toEqual(["0", "1", "2"]);
    expect(readFileSync(report, "utf8")).toContain("<svg");
  });
});
