import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { mmc } from "../../src/stats/index.js";
import { svgProblems } from "../report/svg-check.js";

/** The real, built binary as a subprocess (`npm test` builds dist/ first). */
const ROOT = join(import.meta.dirname, "..", "..");
const BIN = join(ROOT, "dist", "cli", "main.js");
const work = mkdtempSync(join(tmpdir(), "gatesim-cli-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function gatesim(...args: string[]) {
  const result = spawnSync("node", [BIN, ...args], {
    cwd: ROOT,
    encoding: "utf8",
    timeout: 120_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A gate with one station of exponential service: an M/M/c queue (700 trucks/day, 10 min each). */
const trucksPerDay = 700;
const meanServiceSeconds = 600; // offered load 4.86 erlangs
function oneStationGate() {
  return {
    name: "one-station",
    horizonDays: 20,
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
        servers: 10,
        serviceSeconds: { kind: "exponential", meanSeconds: meanServiceSeconds },
      },
    ],
    pathway: [{ stationId: "check" }],
  };
}

/** Erlang C mean time in system of the one-station gate with `c` servers, in hours. */
const hours = (c: number) =>
  (mmc({ arrivalRate: trucksPerDay / 86_400, serviceRate: 1 / meanServiceSeconds, servers: c })
    .meanTimeInSystem ?? Number.POSITIVE_INFINITY) / 3600;

/** Every number of a JSON document, for checking the shared rounding. */
function numbersIn(value: unknown): number[] {
  if (typeof value === "number") return [value];
  if (Array.isArray(value)) return value.flatMap(numbersIn);
  if (typeof value === "object" && value !== null) return Object.values(value).flatMap(numbersIn);
  return [];
}

/** Whether `x` is an integer or has at most six significant digits (the JSON reports' rounding). */
const rounded = (x: number) => Number.isInteger(x) || Number(x.toPrecision(6)) === x;

function file(name: string, text: string): string {
  const path = join(work, name);
  writeFileSync(path, text);
  return path;
}

describe("the gatesim CLI", () => {
  it("lists presets and validates a preset file", () => {
    const presets = gatesim("presets");
    expect(presets.code).toBe(0);
    expect(presets.stdout).toContain("huu-nghi-manual-2019");
    const valid = gatesim("validate", "examples/huu-nghi-smart-2024.json");
    expect(valid.code).toBe(0);
    expect(valid.stdout).toContain('valid scenario "huu-nghi-smart-2024"');
  });

  it("prints the JSON Schema", () => {
    const schema = gatesim("schema");
    expect(schema.code).toBe(0);
    expect(Object.keys(JSON.parse(schema.stdout).properties)).toContain("stations");
  });

  it("lists every problem of an invalid scenario with its path and exits 1", () => {
    const scenario = JSON.parse(
      readFileSync(join(ROOT, "examples", "huu-nghi-smart-2024.json"), "utf8"),
    );
    scenario.horizonDays = 0;
    scenario.stations[0].servers = -1;
    scenario.pathway[0].stationId = "nowhere";
    const result = gatesim("validate", file("bad.json", JSON.stringify(scenario)));
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("horizonDays: expected a number >= 1, received 0");
    expect(result.stderr).toContain(
      "stations[0](identity).servers: expected a number >= 0, received -1",
    );
    expect(result.stderr).toMatch(
      /pathway\[0\]\.stationId: expected the id of a station .* received "nowhere"/,
    );
    expect(result.stderr).not.toMatch(/at .*\.js:\d+/); // no stack trace
  });

  it.each([
    ["a missing file", ["run", "no-such-file.json"], /is neither a preset .* nor a readable file/],
    ["a directory", ["run", "examples"], /is a directory/],
    [
      "an unknown preset",
      ["compare", "atlantis", "huu-nghi-smart-2024"],
      /"atlantis" is neither a preset/,
    ],
    ["unreadable JSON", ["validate", "__BROKEN__"], /expected valid JSON text/],
  ])("answers %s with a short message and exit code 1", (_what, args, message) => {
    const broken = file("broken.json", "{ this is not json");
    const result = gatesim(...args.map((arg) => (arg === "__BROKEN__" ? broken : arg)));
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(message);
    expect(result.stderr.trim().split("\n").length).toBeLessThanOrEqual(2);
  });

  it("treats bad flags and unknown commands as usage errors (exit 2)", () => {
    expect(gatesim("run", "huu-nghi-smart-2024", "--replications", "zero").code).toBe(2);
    expect(gatesim("frobnicate").code).toBe(2);
    expect(gatesim("plan", "smart-doubled", "--target", "speed>=9").code).toBe(2);
    const oneReplication = gatesim(
      "plan",
      "smart-doubled",
      "--target",
      "meanClearedPerDay>=6000",
      "--replications",
      "1",
    );
    expect(oneReplication.code).toBe(2);
    expect(oneReplication.stderr).toBe(
      'gatesim plan: --replications expected an integer >= 2 (targets are judged on confidence intervals), received "1"\n',
    );
  });

  it("lists every bad --vary value of a sweep as invalid input (exit 1), each with a grid point", () => {
    const result = gatesim(
      "sweep",
      file("vary-one-station.json", JSON.stringify(oneStationGate())),
      "--vary",
      "stations.check.servers=6,-1",
      "--vary",
      "stations.nope.servers=2",
    );
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      "gatesim sweep: --vary gives an invalid scenario (2 problems):",
    );
    expect(result.stderr).toContain(
      "stations.nope.servers: expected a parameter path of the scenario",
    );
    expect(result.stderr).toContain("(at stations.check.servers=-1 stations.nope.servers=2)");
    expect(result.stderr).not.toMatch(/internal error|at .*\.js:\d+/);
  });

  it("has --help with an example on every command", () => {
    for (const command of ["run", "compare", "plan", "sweep", "presets", "schema", "validate"]) {
      const help = gatesim(command, "--help");
      expect(help.code, command).toBe(0);
      expect(help.stdout, command).toContain("Example:");
    }
  });

  it("compares two plans as documented JSON, byte-identical on 1, 2 and 4 workers", () => {
    const args = [
      "compare",
      "huu-nghi-manual-2019",
      "huu-nghi-smart-2024",
      "--days",
      "2",
      "--replications",
      "3",
      "--json",
      "--quiet",
    ];
    const serial = gatesim(...args, "--workers", "1");
    const parallel = gatesim(...args, "--workers", "2");
    const wide = gatesim(...args, "--workers", "4");
    expect(serial.code).toBe(0);
    expect(parallel.stdout).toBe(serial.stdout);
    expect(wide.stdout).toBe(serial.stdout);
    const json = JSON.parse(serial.stdout);
    expect(json.format).toBe("gatesim.comparison/1");
    expect(json.nameA).toBe("huu-nghi-manual-2019");
    const cleared = json.kpis.find((kpi: { key: string }) => kpi.key === "meanClearedPerDay");
    expect(cleared.difference.mean).toBeGreaterThan(1000);
    for (const field of ["a", "b", "difference", "varianceReduction", "unit", "label"])
      expect(cleared).toHaveProperty(field);
  });

  it("writes a self-contained HTML report with charts of both plans, and a tidy CSV", () => {
    const report = join(work, "report.html");
    const csv = join(work, "compare.csv");
    const result = gatesim(
      "compare",
      "--days",
      "2",
      "--replications",
      "2",
      "--quiet",
      "--workers",
      "1",
      "--report",
      report,
      "--csv",
      csv,
    );
    expect(result.code).toBe(0);
    const html = readFileSync(report, "utf8");
    const svgs = html.match(/<svg[\s\S]*?<\/svg>/g) ?? [];
    expect(svgs.length).toBeGreaterThanOrEqual(3);
    for (const svg of svgs) expect(svg.split("<svg").length).toBe(svg.split("</svg>").length);
    expect(html).toContain("huu-nghi-manual-2019");
    expect(html).toContain("huu-nghi-smart-2024");
    expect(html).not.toMatch(/(src|href)="https?:/);
    // 1,650 against 3,300 trucks/day: the plans share random streams, not trucks.
    expect(html).not.toContain("same simulated trucks");
    expect(html).toContain("their arriving trucks differ");
    // The inputs: both scenarios with a digest, the version from package.json, today's date.
    const version = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")).version;
    expect(html).toContain(`<td class="text">${version}</td>`);
    expect(html).toMatch(/<td class="text">\d{4}-\d{2}-\d{2}<\/td>/);
    expect(
      html.match(/digest \(SHA-256 of its definition\)<\/th><td class="text">[0-9a-f]{16}</g),
    ).toHaveLength(2);
    const lines = readFileSync(csv, "utf8").trim().split("\r\n");
    expect(lines[0]).toMatch(/^scenario,kpi,unit,n,mean,half_width,lower,upper/);
    expect(lines.length).toBeGreaterThan(9);
  });

  it("streams per-truck Time Release Study records to CSV and writes the HTML page of the run", () => {
    const trucks = join(work, "trucks.csv");
    const report = join(work, "run.html");
    const kpis = join(work, "run-kpis.csv");
    const result = gatesim(
      "run",
      "lang-son-record-day",
      "--trucks-csv",
      trucks,
      "--json",
      "--report",
      report,
      "--csv",
      kpis,
    );
    expect(result.code).toBe(0);
    const kpiRows = readFileSync(kpis, "utf8").split("\r\n");
    expect(kpiRows[0]).toBe("scenario,replication,kpi,unit,value");
    expect(kpiRows[1]).toMatch(/^lang-son-record-day,0,meanClearedPerDay,trucks\/day,\d/);
    const html = readFileSync(report, "utf8");
    expect(html).toContain("lang-son-record-day clears");
    expect(html.match(/<svg[\s\S]*?<\/svg>/g)?.length).toBe(4);
    expect(html).toContain('<table class="kpis">');
    expect(html).toContain('<section class="trs-section" id="trs">');
    const rows = readFileSync(trucks, "utf8").trim().split("\r\n");
    expect(rows.length).toBe(1 + JSON.parse(result.stdout).run.trucks.cleared);
  });

  it("writes one run's event log with --trace, bounded by --trace-limit, and only once complete", () => {
    const trace = join(work, "trace.csv");
    const full = gatesim("run", "lang-son-record-day", "--trace", trace, "--json", "--quiet");
    expect(full.code).toBe(0);
    const run = JSON.parse(full.stdout).run;
    const rows = readFileSync(trace, "utf8").trim().split("\r\n");
    expect(rows[0]).toBe("time_seconds,event,truck_id,station_id,queue_length,servers");
    const count = (event: string) => rows.filter((row) => row.split(",")[1] === event).length;
    expect(count("arrive")).toBe(run.trucks.arrived);
    expect(count("exit")).toBe(run.trucks.cleared);
    expect(count("start")).toBe(
      run.stations.reduce((n: number, s: { served: number }) => n + s.served, 0),
    );
    const limited = join(work, "trace-limited.csv");
    expect(
      gatesim("run", "lang-son-record-day", "--trace", limited, "--trace-limit", "10", "--quiet")
        .code,
    ).toBe(0);
    const kept = readFileSync(limited, "utf8").trim().split("\r\n");
    expect(kept).toHaveLength(12);
    expect(kept[11]).toBe(`172800,truncated,,,,${rows.length - 1 - 10}`);
    const missing = gatesim(
      "run",
      "lang-son-record-day",
      "--trace",
      join(work, "no-such-dir", "t.csv"),
    );
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain("cannot write the trace");
    expect(gatesim("run", "lang-son-record-day", "--trace", trace, "--trace-limit", "0").code).toBe(
      2,
    );
    expect(readdirSync(work).filter((name) => name.endsWith(".partial"))).toEqual([]);
  });

  it("finds the least lanes of a one-station gate that meet an Erlang C target, with CSV and rounded JSON", () => {
    const scenario = oneStationGate();
    // target between the analytic values of c = 6 (≈ 0.245 h) and c = 7 (≈ 0.189 h), clear of both
    const target = 0.215;
    expect(hours(6)).toBeGreaterThan(target * 1.1);
    expect(hours(7)).toBeLessThan(target * 0.9);
    const result = gatesim(
      "plan",
      file("one-station.json", JSON.stringify(scenario)),
      "--target",
      `meanTimeInSystemHours<=${target}`,
      "--replications",
      "6",
      "--json",
      "--quiet",
      "--workers",
      "2",
      "--report",
      join(work, "plan.html"),
      "--csv",
      join(work, "plan.csv"),
    );
    expect(result.code, result.stderr).toBe(0);
    const plan = JSON.parse(result.stdout);
    expect(plan.format).toBe("gatesim.plan/1");
    expect(plan.feasible).toBe(true);
    expect(plan.best.levels).toEqual({ check: 7 });
    expect(plan.target).toEqual([{ kpi: "meanTimeInSystemHours", atMost: target }]);
    expect(numbersIn(plan).filter((x) => !rounded(x))).toEqual([]);
    const csv = readFileSync(join(work, "plan.csv"), "utf8").trim().split("\r\n");
    expect(csv[0]).toBe(
      "candidate,check,total,meets_target,bottleneck,kpi,unit,target,target_holds,n,mean,half_width,lower,upper",
    );
    // one row per candidate × KPI, the target KPI's with its limit, mean and verdict
    const targetRows = csv.slice(1).filter((row) => row.includes(",meanTimeInSystemHours,"));
    expect(targetRows).toEqual(
      plan.candidates.map(
        (
          c: {
            levels: { check: number };
            total: number;
            meetsTarget: boolean;
            kpis: { meanTimeInSystemHours: { n: number; mean: number } };
          },
          i: number,
        ) =>
          expect.stringMatching(
            `^${i + 1},${c.levels.check},${c.total},${c.meetsTarget},check,meanTimeInSystemHours,h,<= ${target},${c.meetsTarget},${c.kpis.meanTimeInSystemHours.n},${c.kpis.meanTimeInSystemHours.mean},`,
          ),
      ),
    );
    const html = readFileSync(join(work, "plan.html"), "utf8");
    expect(html).toContain("Plan: check 7 (total 7; today");
    expect(html).not.toContain("meanTimeInSystemHours");
    expect(html.match(/<svg[\s\S]*?<\/svg>/g)?.length).toBe(1);
  });
  it("sweeps the servers of a one-station gate: Erlang C inside each point's CI, and an HTML page", () => {
    const report = join(work, "sweep.html");
    const result = gatesim(
      "sweep",
      file("sweep-one-station.json", JSON.stringify(oneStationGate())),
      "--vary",
      "stations.check.servers=6,7,9",
      "--replications",
      "6",
      "--seed",
      "cli-sweep",
      "--json",
      "--quiet",
      "--workers",
      "2",
      "--report",
      report,
      "--csv",
      join(work, "sweep.csv"),
    );
    expect(result.code, result.stderr).toBe(0);
    const sweep = JSON.parse(result.stdout);
    expect(sweep.format).toBe("gatesim.sweep/1");
    expect(numbersIn(sweep).filter((x) => !rounded(x))).toEqual([]);
    const csv = readFileSync(join(work, "sweep.csv"), "utf8").split("\r\n");
    expect(csv[0]).toBe("stations.check.servers,kpi,unit,n,mean,half_width,lower,upper");
    expect(csv).toHaveLength(1 + 3 * 9 + 1);
    expect(sweep.rows.map((row: { point: Record<string, number> }) => row.point)).toEqual([
      { "stations.check.servers": 6 },
      { "stations.check.servers": 7 },
      { "stations.check.servers": 9 },
    ]);
    for (const row of sweep.rows) {
      const c = row.point["stations.check.servers"];
      const { lower, upper } = row.kpis.meanTimeInSystemHours;
      expect(
        hours(c) >= lower && hours(c) <= upper,
        `seed cli-sweep, c = ${c}: Erlang C ${hours(c)} h outside [${lower}, ${upper}]`,
      ).toBe(true);
    }
    const html = readFileSync(report, "utf8");
    expect(html).toContain("stations.check.servers");
    const svgs = html.match(/<svg[\s\S]*?<\/svg>/g) ?? [];
    expect(svgs).toHaveLength(4);
    for (const svg of svgs) expect(svgProblems(svg)).toEqual([]);
    expect(html).not.toMatch(/(src|href)="https?:/);
  });
  it("leaves a warm-up out of the KPIs with --warmup-days, and rejects one as long as the horizon", () => {
    const ok = gatesim(
      "run",
      "huu-nghi-smart-2024",
      "--days",
      "2",
      "--warmup-days",
      "1",
      "--replications",
      "1",
      "--json",
    );
    expect(ok.code, ok.stderr).toBe(0);
    expect(JSON.parse(ok.stdout).run.warmupDays).toBe(1);
    const bad = gatesim("run", "huu-nghi-smart-2024", "--days", "2", "--warmup-days", "2");
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain(
      "--warmup-days: - warmupDays: expected fewer warm-up days than horizonDays (2), received 2",
    );
  });
});
