import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { gateWarnings } from "../../src/gate/index.js";
import { preset } from "../../src/gate/presets/index.js";

/** The built binary as a subprocess (`npm test` builds dist/ first). */
const ROOT = join(import.meta.dirname, "..", "..");
const BIN = join(ROOT, "dist", "cli", "main.js");
const work = mkdtempSync(join(tmpdir(), "gatesim-warn-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function gatesim(...args: string[]) {
  const result = spawnSync("node", [BIN, ...args], {
    cwd: ROOT,
    encoding: "utf8",
    timeout: 120_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** One station of exponential service, 700 trucks/day of 10 min each: 4.86 servers busy. */
const trucksPerDay = 700;
const meanServiceSeconds = 600;
function oneStationGate(servers: number) {
  return {
    name: `one-station-${servers}`,
    horizonDays: 3,
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
}
const file = (servers: number) => {
  const path = join(work, `gate-${servers}.json`);
  writeFileSync(path, JSON.stringify(oneStationGate(servers)));
  return path;
};
const warningLines = (stderr: string) => stderr.split("\n").filter((l) => l.includes("warning:"));

describe("overload warnings on stderr", () => {
  it("validate names each overloaded station of the fruit season with its numbers, and exits 0", () => {
    const expected = gateWarnings(preset("huu-nghi-manual-fruit-season")!);
    expect(expected.length).toBeGreaterThan(0);
    const result = gatesim("validate", "huu-nghi-manual-fruit-season");
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`${expected.length} overload warning`);
    const lines = warningLines(result.stderr);
    expect(lines).toHaveLength(expected.length);
    for (const warning of expected) {
      const line = lines.find((l) =>
        warning.stationId === "neighbour"
          ? l.includes("the other side")
          : l.includes(`station "${warning.stationId}"`),
      );
      expect(line, warning.stationId).toBeDefined();
      if (warning.utilisation !== null) {
        expect(line).toContain(`${Math.round(100 * warning.utilisation)}%`);
      }
    }
  });

  it("validate of a stable preset prints no warning", () => {
    const result = gatesim("validate", "huu-nghi-smart-2024");
    expect(result.code).toBe(0);
    expect(result.stderr).toBe("");
    expect(result.stdout).not.toContain("warning");
  });

  it("run and compare warn about an M/M/4 station offered 4.86 erlangs, with the offered load against capacity", () => {
    const offered = (trucksPerDay * meanServiceSeconds) / 86_400;
    const overloaded = file(4);
    const run = gatesim("run", overloaded, "--replications", "1", "--json");
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).run.trucks.arrived).toBeGreaterThan(0); // stdout stays JSON
    const [line, ...others] = warningLines(run.stderr);
    expect(others).toEqual([]);
    expect(line).toContain('station "check" is overloaded');
    expect(line).toContain(`need ${offered.toFixed(1)} servers busy on average, it has 4.0`);
    expect(line).toContain(`${Math.round((100 * offered) / 4)}% of its capacity`);
    // a stable plan beside it: one warning, for the overloaded one only; exit code unchanged
    const compare = gatesim("compare", overloaded, file(6), "--replications", "2", "--quiet");
    expect(compare.code).toBe(0);
    expect(warningLines(compare.stderr)).toEqual([line]);
    expect(warningLines(gatesim("run", file(6), "--replications", "2").stderr)).toEqual([]);
  });
});
