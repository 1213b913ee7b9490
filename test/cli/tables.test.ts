import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { GATE_KPIS } from "../../src/gate/index.js";
import { formatEstimate, scaleEstimate } from "../../src/report/index.js";

/** The built binary as a subprocess, with the terminal width given by $COLUMNS. */
const ROOT = join(import.meta.dirname, "..", "..");
const BIN = join(ROOT, "dist", "cli", "main.js");
const work = mkdtempSync(join(tmpdir(), "gatesim-tables-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function gatesim(columns: number | undefined, ...args: string[]) {
  const env = { ...process.env };
  delete env.COLUMNS;
  if (columns !== undefined) env.COLUMNS = String(columns);
  const result = spawnSync("node", [BIN, ...args], {
    cwd: ROOT,
    encoding: "utf8",
    timeout: 120_000,
    env,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const longest = (text: string) => Math.max(...text.split("\n").map((line) => line.length));
const COMPARE = ["compare", "huu-nghi-manual-2019", "huu-nghi-smart-2024"];
const SHORT = ["--replications", "3", "--days", "2", "--quiet", "--workers", "1"];

describe("terminal tables that fit the terminal", () => {
  it("compares in one line per KPI at 140 columns and in blocks within 80 columns", () => {
    const wide = gatesim(140, ...COMPARE, ...SHORT);
    const narrow = gatesim(80, ...COMPARE, ...SHORT);
    const unlimited = gatesim(undefined, ...COMPARE, ...SHORT);
    expect(wide.code).toBe(0);
    expect(narrow.code).toBe(0);
    // the full table is 140 columns wide: it fits at 140, one line per KPI
    expect(longest(wide.stdout)).toBeLessThanOrEqual(140);
    for (const kpi of GATE_KPIS) {
      expect(wide.stdout.split("\n").filter((l) => l.startsWith(`${kpi.label} `))).toHaveLength(1);
    }
    const table = (text: string) => text.split("\nVariance")[0];
    expect(table(wide.stdout)).toBe(table(unlimited.stdout)); // piped without $COLUMNS: no limit
    // at 80 the same numbers, every line within 80 columns, a block per KPI
    expect(longest(narrow.stdout)).toBeLessThanOrEqual(80);
    for (const kpi of GATE_KPIS) expect(narrow.stdout).toContain(`\n${kpi.label}\n  unit: `);
    // the same cells in both layouts
    for (const kpi of GATE_KPIS) {
      const row = wide.stdout.split("\n").find((l) => l.startsWith(`${kpi.label} `))!;
      const [, unit, a, b, difference, interval] = row.split(/ {2,}/);
      const block = narrow.stdout.split(`\n${kpi.label}\n`)[1]!.split(/\n(?! )/)[0]!;
      const flat = block.replace(/\s+/g, " ");
      for (const cell of [`unit: ${unit}`, `A: ${a}`, `B: ${b}`, `B − A: ${difference}`]) {
        expect(flat).toContain(cell);
      }
      expect(flat).toContain(interval!);
    }
  });

  it("shows 'cleared within 24 h' as a percentage in run, compare and sweep alike", () => {
    const gate = file("gate.json");
    const share = GATE_KPIS.find((kpi) => kpi.key === "shareWithin24h")!;
    const json = JSON.parse(gatesim(undefined, "run", gate, ...SHORT, "--json").stdout);
    const estimate = json.kpis.find((kpi: { key: string }) => kpi.key === share.key);
    const expected = formatEstimate(scaleEstimate(estimate, 100));
    const run = gatesim(undefined, "run", gate, ...SHORT).stdout;
    expect(run).toMatch(new RegExp(`${share.label} +% +3 +${escapeRegExp(expected)} `));
    const sweepArgs = ["sweep", gate, "--vary", "stations.check.servers=6,7", ...SHORT];
    const sweepJson = JSON.parse(gatesim(undefined, ...sweepArgs, "--json").stdout);
    const sweep = gatesim(undefined, ...sweepArgs).stdout;
    expect(sweep).toContain(`${share.label} (%)`);
    for (const row of sweepJson.rows) {
      const cell = formatEstimate(scaleEstimate(row.kpis.shareWithin24h, 100));
      expect(sweep).toMatch(
        new RegExp(`\\n +${row.point["stations.check.servers"]} .* ${escapeRegExp(cell)}`),
      );
    }
    const compare = gatesim(undefined, "compare", gate, gate, ...SHORT).stdout;
    expect(compare).toMatch(
      new RegExp(`${share.label} +% +${escapeRegExp(expected)} +${escapeRegExp(expected)} `),
    );
  });

  it("writes the run CSV with the unit of every KPI on every row", () => {
    const csv = join(work, "run.csv");
    expect(gatesim(undefined, "run", file("gate2.json"), ...SHORT, "--csv", csv).code).toBe(0);
    const rows = readFileSync(csv, "utf8")
      .trim()
      .split("\r\n")
      .slice(1)
      .map((r) => r.split(","));
    expect(rows).toHaveLength(3 * GATE_KPIS.length);
    for (const [, , kpi, unit] of rows) {
      expect(unit).toBe(GATE_KPIS.find((k) => k.key === kpi)!.unit);
    }
  });
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** A one-station M/M/c gate (700 trucks/day, 10 min each, 7 servers), written to `name`. */
function file(name: string): string {
  const path = join(work, name);
  writeFileSync(
    path,
    JSON.stringify({
      name: "one-station",
      horizonDays: 2,
      trucks: {
        directionShares: { export: 0.5, import: 0.5 },
        cargoClasses: [{ id: "general", share: 1, agricultural: false }],
      },
      arrivals: {
        kind: "profile",
        trucksPerDay: 700,
        hourlyShares: Array.from({ length: 24 }, () => 1 / 24),
      },
      stations: [
        {
          id: "check",
          kind: "other",
          servers: 7,
          serviceSeconds: { kind: "exponential", meanSeconds: 600 },
        },
      ],
      pathway: [{ stationId: "check" }],
    }),
  );
  return path;
}
