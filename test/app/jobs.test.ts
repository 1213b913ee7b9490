/**
 * The page's compare and plan jobs give the documents `gatesim compare --json` and
 * `gatesim plan --json` print, byte for byte; the plan's time budget stops a search without
 * claiming a plan.
 */
import { describe, expect, it } from "vitest";
import { compareScenarios } from "../../src/app/jobs/compare-job.js";
import { BudgetExceeded, planScenario } from "../../src/app/jobs/plan-job.js";
import { preset } from "../../src/gate/index.js";
import { gatesim } from "./cli.js";

const oneDay = (name: string) => ({ ...preset(name)!, horizonDays: 1 });

describe("the page's compare and plan jobs", { timeout: 180_000 }, () => {
  it("compare: the byte-identical document of gatesim compare --json", async () => {
    const page = await compareScenarios(
      oneDay("huu-nghi-smart-2024"),
      oneDay("huu-nghi-smart-manual-quarantine"),
      "cmp",
      3,
    );
    const cli = gatesim(
      "compare",
      "huu-nghi-smart-2024",
      "huu-nghi-smart-manual-quarantine",
      "--days",
      "1",
      "--seed",
      "cmp",
      "--replications",
      "3",
      "--workers",
      "1",
      "--json",
      "--quiet",
    );
    expect(page.json).toBe(cli);
    expect(page.rows.map((row) => row.key)).toEqual(
      JSON.parse(cli).kpis.map((k: { key: string }) => k.key),
    );
  });

  it("plan: the byte-identical document of gatesim plan --json within its budget", async () => {
    const page = await planScenario(
      oneDay("huu-nghi-smart-2024"),
      "plan",
      2,
      { kpi: "p90TimeInSystemHours", relation: "<=", limit: 2 },
      { maxFactor: 2, budgetSeconds: 600, now: () => performance.now() },
    );
    const cli = gatesim(
      "plan",
      "huu-nghi-smart-2024",
      "--days",
      "1",
      "--seed",
      "plan",
      "--replications",
      "2",
      "--target",
      "p90TimeInSystemHours<=2",
      "--workers",
      "1",
      "--search",
      "greedy",
      "--json",
      "--quiet",
    );
    expect(page.json).toBe(cli);
    expect(page.statement).toBe(JSON.parse(cli).statement);
  });

  it("plan: stops with BudgetExceeded once the budget is spent, naming the budget", async () => {
    let clock = 0;
    const search = planScenario(
      oneDay("huu-nghi-smart-2024"),
      "plan",
      2,
      { kpi: "p90TimeInSystemHours", relation: "<=", limit: 2 },
      // each look at the clock advances it by one second: the third batch is refused
      { maxFactor: 2, budgetSeconds: 2, now: () => (clock += 1000) },
    );
    await expect(search).rejects.toThrow(BudgetExceeded);
    await expect(search).rejects.toThrow(/time budget of 2 s ran out/);
  });

  it("plan: names the headline KPIs when the target's is not one", async () => {
    await expect(
      planScenario(
        oneDay("huu-nghi-smart-2024"),
        "plan",
        2,
        { kpi: "nope", relation: "<=", limit: 2 },
        { maxFactor: 2, budgetSeconds: 60, now: () => 0 },
      ),
    ).rejects.toThrow(/target\.kpi: expected one of meanClearedPerDay, .*received "nope"/);
  });
});
