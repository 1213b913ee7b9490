import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { mmc } from "../../src/stats/index.js";

/** The real, built binary as a subprocess (`npm test` builds dist/ first). */
const ROOT = join(import.meta.dirname, "..", "..");
const BIN = join(ROOT, "dist", "cli", "main.js");
const work = mkdtempSync(join(tmpdir(), "gatesim-plan-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function gatesim(...args: string[]) {
  const result = spawnSync("node", [BIN, ...args], {
    cwd: ROOT,
    encoding: "utf8",
    timeout: 120_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** One station of exponential service: an M/M/c queue (700 trucks/day, 10 min each). */
const trucksPerDay = 700;
const meanServiceSeconds = 600;
const offered = (trucksPerDay * meanServiceSeconds) / 86_400; // 4.86 busy servers

function oneStationGate(servers: number, horizonDays = 20) {
  const scenario = {
    name: "one-station",
    horizonDays,
    trucks: {
      directionShares: { export: 0.5, import: 0.5 },
      cargoClasses: [{ id: "general", share: 1, agricultural: false }],
    },
    arrivals: {
      kind: "profile",
      trucksPerDay,
      hourlyShares: Array.from({ length: 24 }, () => 1 / 24),
    },
    stations: [
      {
        id: "check",
        kind: "other",
        servers,
        serviceSeconds: { kind: "exponential", meanSeconds: meanServiceSeconds },
      },
    ],
    pathway: [{ stationId: "check" }],
  };
  const path = join(work, `one-station-${servers}-${horizonDays}.json`);
  writeFileSync(path, JSON.stringify(scenario));
  return path;
}

/** Erlang C mean time in system with `c` servers, in hours. */
const hours = (c: number) =>
  (mmc({ arrivalRate: trucksPerDay / 86_400, serviceRate: 1 / meanServiceSeconds, servers: c })
    .meanTimeInSystem ?? Number.POSITIVE_INFINITY) / 3600;

describe("gatesim plan", () => {
  it("says what it will evaluate and how long it should take, reports each candidate, and finds Erlang C's least servers", () => {
    const target = 0.215; // between c = 6 (0.245 h) and c = 7 (0.189 h), clear of both
    expect(hours(6)).toBeGreaterThan(target * 1.1);
    expect(hours(7)).toBeLessThan(target * 0.9);
    const result = gatesim(
      "plan",
      oneStationGate(10),
      "--target",
      `meanTimeInSystemHours<=${target}`,
      "--json",
      "--workers",
      "2",
    );
    expect(result.code, result.stderr).toBe(0);
    const plan = JSON.parse(result.stdout);
    expect(plan.best.levels).toEqual({ check: 7 });
    const lines = result.stderr.trim().split("\n");
    const bound = Math.floor(offered) + 1;
    expect(lines[0]).toMatch(
      new RegExp(
        `^Planning 1 station between the least servers that keep each queue finite and the maximum \\(check ${bound}–20\\); horizon (\\d+) days: a warm-up of (\\d+) days? \\(MSER-5 .*\\) and 7 days measured .* About \\d+–\\d+ candidates × 4–10 replications of [0-9.]+ s each on 2 workers: about .+\\.$`,
      ),
    );
    const [, horizon, warmup] = /horizon (\d+) days: a warm-up of (\d+)/.exec(lines[0]!)!;
    expect(Number(horizon)).toBe(Number(warmup) + 7);
    const progress = lines.filter((line) =>
      / — candidate (meets|misses) the target after /.test(line),
    );
    expect(progress).toHaveLength(plan.evaluated);
    for (const [i, line] of progress.entries()) {
      expect(line).toMatch(new RegExp(`^plan: ${i + 1} candidates, \\d+ replications`));
    }
    expect(progress.at(-1)).toContain("best so far: check 7 (total 7)");
    // Nothing below the bound was simulated: the queue would grow without bound there.
    expect(
      plan.candidates.every((c: { levels: { check: number } }) => c.levels.check >= bound),
    ).toBe(true);
    expect(plan.statement).toContain("Smart search:");
    expect(plan.statement).toContain("hold together with at least 95% confidence (Bonferroni)");
  });

  it("ends at --budget with the best plan found so far and says it may not be minimal", () => {
    const result = gatesim(
      "plan",
      oneStationGate(10, 3),
      "--target",
      "meanTimeInSystemHours<=0.215",
      "--budget",
      "0.001s",
      "--json",
    );
    expect(result.code, result.stderr).toBe(0);
    const plan = JSON.parse(result.stdout);
    // The bound (5 servers) misses the target, the maximum meets it: the first plan known.
    expect(plan.evaluated).toBe(2);
    expect(plan.best.levels).toEqual({ check: 20 });
    expect(plan.statement).toContain("The search was stopped (budget) after 2 candidates");
    expect(result.stderr).toContain("stopped at the budget of 0.001 s with the best plan found");
  });

  it("exits 4 after printing the plan when even the maximum misses the target", () => {
    const result = gatesim(
      "plan",
      oneStationGate(6, 3),
      "--target",
      "meanTimeInSystemHours<=0.19",
      "--max-factor",
      "1",
      "--quiet",
    );
    expect(result.code).toBe(4);
    expect(result.stdout).toContain("No plan within the searched ranges meets the target.");
    expect(result.stderr).toBe(
      "gatesim plan: no plan within the searched ranges meets the target (exit 4); raise --max-factor or relax --target\n",
    );
  });

  it("exits 4 without simulating when the offered load needs more servers than the range allows", () => {
    const result = gatesim(
      "plan",
      oneStationGate(4, 3),
      "--target",
      "meanTimeInSystemHours<=1",
      "--max-factor",
      "1",
      "--json",
      "--quiet",
    );
    expect(result.code).toBe(4);
    const plan = JSON.parse(result.stdout);
    expect(plan.evaluated).toBe(0);
    expect(plan.statement).toBe(
      "No plan within the ranges meets the target: check needs at least 5 by its lower bound, above its maximum 4. Nothing was simulated.",
    );
  });

  it("rejects a bad --budget or --search as a usage error naming the flag", () => {
    const budget = gatesim(
      "plan",
      "smart-doubled",
      "--target",
      "p90TimeInSystemHours<=6",
      "--budget",
      "soon",
    );
    expect(budget.code).toBe(2);
    expect(budget.stderr).toBe(
      'gatesim plan: --budget expected a duration such as 60s, 2m or 1h (more than 0), received "soon"\n',
    );
    const search = gatesim(
      "plan",
      "smart-doubled",
      "--target",
      "p90TimeInSystemHours<=6",
      "--search",
      "clever",
    );
    expect(search.code).toBe(2);
    expect(search.stderr).toContain("--search <kind>' argument 'clever' is invalid");
  });

  it("keeps the greedy search on request: every candidate gets --replications", () => {
    const result = gatesim(
      "plan",
      oneStationGate(10, 3),
      "--target",
      "meanTimeInSystemHours<=0.5",
      "--search",
      "greedy",
      "--replications",
      "3",
      "--json",
      "--quiet",
    );
    expect(result.code, result.stderr).toBe(0);
    const plan = JSON.parse(result.stdout);
    expect(plan.statement).toContain("over 3 replications");
    expect(plan.statement).not.toContain("Smart search");
  });
});
