/**
 * Same engine, same answers: the page's run job gives the byte-identical document
 * `gatesim run --json` prints, for replications and for one run. (The browser test checks the
 * page itself produces it too.)
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkScenario, fieldOf } from "../../src/app/jobs/issues.js";
import { runScenario } from "../../src/app/jobs/run-job.js";
import { preset } from "../../src/gate/index.js";
import { gatesim } from "./cli.js";

function smartForDays(days: number) {
  return { ...preset("huu-nghi-smart-2024")!, horizonDays: days };
}

describe("the page's run job", () => {
  it("prints the byte-identical document of gatesim run --json for 3 replications", async () => {
    const scenario = smartForDays(2);
    const page = await runScenario(scenario, "same-7", 3);
    const cli = gatesim(
      "run",
      "huu-nghi-smart-2024",
      "--days",
      "2",
      "--seed",
      "same-7",
      "--replications",
      "3",
      "--workers",
      "2",
      "--json",
      "--quiet",
    );
    expect(JSON.parse(page.json).kpis.length).toBeGreaterThan(9);
    expect(page.json).toBe(cli);
  });

  it("prints the byte-identical document of gatesim run --json for one run of an edited scenario file", async () => {
    const manual = preset("huu-nghi-manual-2019")!;
    const edited = {
      ...manual,
      horizonDays: 2,
      stations: manual.stations.map((s) => (s.id === "customs" ? { ...s, servers: 12 } : s)),
    };
    const dir = mkdtempSync(join(tmpdir(), "gatesim-app-"));
    const file = join(dir, "edited.json");
    writeFileSync(file, JSON.stringify(edited));
    const checked = checkScenario(JSON.parse(JSON.stringify(edited)));
    if (!checked.ok) throw new Error(checked.issues.map((i) => i.message).join("\n"));
    const page = await runScenario(checked.scenario, "one", 1);
    const cli = gatesim("run", file, "--seed", "one", "--replications", "1", "--json", "--quiet");
    expect(JSON.parse(page.json).format).toBe("gatesim.run/2");
    expect(page.json).toBe(cli);
  });

  it("reports progress up to the replications asked for", async () => {
    const seen: number[] = [];
    await runScenario(smartForDays(1), "p", 3, (done) => seen.push(done));
    expect(seen.at(-1)).toBe(3);
  });
});

describe("the page's field names for the library's issue paths", () => {
  it("drops station ids and turns indices into dotted steps", () => {
    expect(fieldOf("stations[0](identity).servers")).toBe("stations.0.servers");
    expect(fieldOf("arrivals.seasons[1].toDay")).toBe("arrivals.seasons.1.toDay");
    expect(fieldOf("(root)")).toBe("");
  });

  it("names a field for every problem of a scenario with several", () => {
    const bad = { ...smartForDays(2), horizonDays: 0 } as Record<string, unknown>;
    const checked = checkScenario(bad);
    expect(checked.ok).toBe(false);
    if (!checked.ok) expect(checked.issues.map((i) => i.field)).toContain("horizonDays");
  });
});
