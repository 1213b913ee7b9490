import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { equalShares, mmcCorridor } from "../corridor/fixtures.js";

/** Corridor files through the real, built binary (`npm test` builds dist/ first). */
const ROOT = join(import.meta.dirname, "..", "..");
const BIN = join(ROOT, "dist", "cli", "main.js");
const work = mkdtempSync(join(tmpdir(), "gatesim-corridor-cli-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function gatesim(...args: string[]) {
  const result = spawnSync("node", [BIN, ...args], {
    cwd: ROOT,
    encoding: "utf8",
    timeout: 120_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function file(name: string, value: unknown): string {
  const path = join(work, name);
  writeFileSync(path, JSON.stringify(value));
  return path;
}

const corridor = (routing = equalShares(2)) =>
  mmcCorridor({
    gates: 2,
    trucksPerDay: 400,
    servers: 2,
    meanServiceSeconds: 600,
    horizonDays: 3,
    routing,
  });

describe("gatesim with corridor files", () => {
  it("run --replications 1 --json: every gate's run and totals that account for every truck", () => {
    const { code, stdout } = gatesim(
      "run",
      file("fixed.json", corridor()),
      "--replications",
      "1",
      "--json",
      "--seed",
      "7",
    );
    expect(code).toBe(0);
    const doc = JSON.parse(stdout);
    expect(doc.format).toBe("gatesim.corridor-run/1");
    expect(doc.gates.map((gate: { id: string }) => gate.id)).toEqual(["gate-1", "gate-2"]);
    const t = doc.totals;
    expect(t.initial + t.arrived).toBe(t.cleared + t.lost + t.inSystemAtEnd + t.enRouteAtEnd);
    const cleared = doc.gates.reduce(
      (sum: number, gate: { run: { trucks: { cleared: number } } }) =>
        sum + gate.run.trucks.cleared,
      0,
    );
    expect(cleared).toBe(t.cleared);
  });

  it("run a corridor preset: a row per gate and the corridor's row; --report writes the same rows as HTML", () => {
    const report = join(work, "corridor.html");
    const { code, stdout } = gatesim(
      "run",
      "lang-son-corridor",
      "--days",
      "2",
      "--replications",
      "1",
      "--report",
      report,
      "--quiet",
    );
    expect(code).toBe(0);
    for (const gate of ["huu-nghi", "tan-thanh", "chi-ma", "corridor"]) {
      expect(stdout).toMatch(new RegExp(`^${gate}\\s+[\\d,]+`, "m"));
    }
    const html = readFileSync(report, "utf8");
    for (const gate of ["huu-nghi", "tan-thanh", "chi-ma"])
      expect(html).toContain(`<td>${gate}</td>`);
  });

  it("run with replications: corridor and per-gate KPIs with confidence intervals", () => {
    const { code, stdout } = gatesim(
      "run",
      file("sew.json", corridor({ kind: "shortest-expected-wait", refreshMinutes: 0 })),
      "--replications",
      "3",
      "--workers",
      "1",
      "--json",
    );
    expect(code).toBe(0);
    const keys = JSON.parse(stdout).kpis.map((kpi: { key: string }) => kpi.key);
    expect(keys).toContain("meanTimeInSystemHours");
    expect(keys).toContain("gate-2.meanClearedPerDay");
  });

  it("compare two corridors on the same trucks: B − A for the corridor and each gate", () => {
    const a = file("a.json", corridor());
    const b = file("b.json", {
      ...corridor({ kind: "shortest-expected-wait", refreshMinutes: 0 }),
      name: "sew",
    });
    const { code, stdout } = gatesim(
      "compare",
      a,
      b,
      "--replications",
      "4",
      "--workers",
      "1",
      "--json",
    );
    expect(code).toBe(0);
    const doc = JSON.parse(stdout);
    const keys = doc.kpis.map((kpi: { key: string }) => kpi.key);
    expect(keys).toContain("gate-1.meanTimeInSystemHours");
    expect(gatesim("compare", a, "huu-nghi-smart-2024").code).toBe(2);
  });

  it("validate lists every problem with its path; schema --corridor prints the corridor's JSON Schema", () => {
    const bad = structuredClone(corridor()) as unknown as {
      gates: { scenario: { stations: { servers: number }[] } }[];
      routing: unknown;
    };
    bad.gates[1]!.scenario.stations[0]!.servers = -2;
    bad.routing = { kind: "central-booking", slotMinutes: 0, trucksPerSlotByGate: { "gate-9": 3 } };
    const { code, stderr } = gatesim("validate", file("bad.json", bad));
    expect(code).toBe(1);
    expect(stderr).toContain(
      "gates[1](gate-2).scenario.stations[0](check).servers: expected a number >= 0, received -2",
    );
    expect(stderr).toContain("routing.slotMinutes: expected a number > 0, received 0");
    expect(stderr).toMatch(
      /routing\.trucksPerSlotByGate\.gate-9: expected a gate id of the corridor/,
    );
    expect(gatesim("validate", "examples/lang-son-corridor.json").stdout).toMatch(
      /valid corridor "lang-son-corridor" \(3 gates/,
    );
    const schema = JSON.parse(gatesim("schema", "--corridor").stdout);
    expect(JSON.stringify(schema)).toContain("shortest-expected-wait");
    expect(schema.title).toBe("gatesim corridor");
  });

  it("refuses the per-truck flags of a single gate with a corridor (usage error)", () => {
    const { code, stderr } = gatesim("run", "lang-son-corridor", "--trace", join(work, "t.csv"));
    expect(code).toBe(2);
    expect(stderr).toMatch(/--trace expected a gate scenario, received a corridor/);
  });

  it("plan moves lanes between gates: with 70% of the trucks at gate 1, gate 1 gets more lanes than gate 2", () => {
    const skewed = corridor({
      kind: "fixed-shares",
      sharesByGate: { "gate-1": 0.7, "gate-2": 0.3 },
    });
    const { code, stdout } = gatesim(
      "plan",
      file("skewed.json", skewed),
      "--target",
      "meanTimeInSystemHours<=0.5",
      "--replications",
      "3",
      "--workers",
      "1",
      "--max-factor",
      "3",
      "--json",
    );
    expect(code).toBe(0);
    const doc = JSON.parse(stdout);
    const levels = doc.best.levels;
    expect(levels["gate-1.check"]).toBeGreaterThan(levels["gate-2.check"]);
    expect(doc.candidates[0].bottleneck).toMatch(/^gate-[12]\.check$/);
    expect(
      gatesim("plan", file("skewed2.json", skewed), "--target", "gate-3.meanTimeInSystemHours<=1")
        .code,
    ).toBe(2);
  });

  it("sweep varies corridor parameters addressed by id; a path that does not exist is invalid input", () => {
    const path = file(
      "sweep.json",
      corridor({ kind: "shortest-expected-wait", refreshMinutes: 0 }),
    );
    const { code, stdout } = gatesim(
      "sweep",
      path,
      "--vary",
      "routing.refreshMinutes=0,240",
      "--vary",
      "gates.gate-2.scenario.stations.check.servers=2,3",
      "--replications",
      "2",
      "--workers",
      "1",
      "--json",
    );
    expect(code).toBe(0);
    expect(JSON.parse(stdout).rows).toHaveLength(4);
    const bad = gatesim("sweep", path, "--vary", "gates.gate-9.scenario.stations.check.servers=2");
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/gates\.gate-9.*does not exist/);
  });
});
