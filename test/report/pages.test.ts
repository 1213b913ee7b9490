/**
 * What the report pages say, checked against the data they are made from: "the same simulated
 * trucks" only when the arrivals are identical, a caption that describes the demand drawn, the
 * road and the yard among the places trucks wait, the time-in-system axis fitted to the bars,
 * labels that do not overlap, the Pareto frontier, and the TRS means weighted by trucks cleared.
 */
import { describe, expect, it } from "vitest";
import type { GateRunResult } from "../../src/gate/results.js";
import { fittingLabels } from "../../src/report/charts/capacity-frontier.js";
import { busyNote, stationsHtmlTable } from "../../src/report/charts/html-tables.js";
import {
  ARRIVALS_LABEL,
  clearedPerDayCaption,
  clearedPerDayChart,
  htmlReport,
  inputsBlock,
  planArrivalsLabel,
  planHtmlReport,
  planReportInput,
  timeInSystemChart,
  trsBreakdown,
} from "../../src/report/charts/index.js";
import { makeComparison, makeRun, manualRun, smartRun } from "./fixtures.js";
import { makeBrokenPlan, makePlan, planTarget } from "./plan-fixtures.js";
import { svgTexts } from "./svg-check.js";

/** `run` with twice its arrivals each day (another demand). */
function doubled(run: GateRunResult): GateRunResult {
  const arrivedPerDay = run.throughput.arrivedPerDay.map((n) => n * 2);
  return {
    ...run,
    trucks: { ...run.trucks, arrived: run.trucks.arrived * 2 },
    throughput: { ...run.throughput, arrivedPerDay },
  };
}

describe("the comparison page's words", () => {
  it("says both plans saw the same simulated trucks only when every day's arrivals agree", async () => {
    expect(manualRun.throughput.arrivedPerDay).toEqual(smartRun.throughput.arrivedPerDay);
    const same = await htmlReport({
      title: "t",
      comparison: makeComparison(),
      runsA: manualRun,
      runsB: smartRun,
    });
    expect(same).toContain("Both plans saw exactly the same simulated trucks");
    const otherDemand = doubled(smartRun);
    const differ = await htmlReport({
      title: "t",
      comparison: { ...makeComparison(), resultsB: [otherDemand] },
      runsA: manualRun,
      runsB: otherDemand,
    });
    expect(differ).not.toContain("same simulated trucks");
    expect(differ).not.toContain("sees exactly the same trucks");
    const perDay = (run: GateRunResult) =>
      (run.trucks.arrived / run.horizonDays).toLocaleString("en-US", { maximumFractionDigits: 0 });
    expect(differ).toContain(
      `about ${perDay(manualRun)} trucks/day arrived at A, ${perDay(otherDemand)} at B`,
    );
  });

  it("captions the cleared-per-day chart with the demand it draws", async () => {
    const same = [
      { name: "a", result: manualRun },
      { name: "b", result: smartRun },
    ];
    expect(clearedPerDayCaption(same)).toContain("grey columns");
    expect(svgTexts(await clearedPerDayChart(same))).toContain(ARRIVALS_LABEL);
    const differ = [same[0]!, { name: "b", result: doubled(smartRun) }];
    expect(clearedPerDayCaption(differ)).not.toContain("grey columns");
    expect(clearedPerDayCaption(differ)).toContain("one per plan");
    const texts = svgTexts(await clearedPerDayChart(differ));
    expect(texts).toEqual(expect.arrayContaining([planArrivalsLabel("a"), planArrivalsLabel("b")]));
    expect(texts).not.toContain(ARRIVALS_LABEL);
  });

  it("lists the road and the yard among the places trucks wait, with the road's mean wait", () => {
    const html = stationsHtmlTable("manual", manualRun);
    const road = html.match(/<tr class="place-road">[\s\S]*?<\/tr>/)![0];
    expect(road).toContain("on the road");
    expect(road).toContain(`<td>${manualRun.segments.meanMinutes.road!.toFixed(1)}</td>`);
    expect(road).toContain(`<td>${manualRun.yard.maxRoadQueueTrucks}</td>`);
    expect(html).toContain('<tr class="place-yard">');
    // The road's 600 min beats every station's wait: it is marked as the longest.
    expect(road).toContain("longest wait");
    expect(busyNote(manualRun)).toContain(`the ${manualRun.drainDays} drain days`);
    expect(busyNote(manualRun)).toContain("while the station is open");
  });
});

describe("the time-in-system axis", () => {
  it("fits the bars and names the 24 h goal above it when the bars are far below", async () => {
    const texts = svgTexts(await timeInSystemChart([{ name: "smart", result: smartRun }]));
    expect(texts).toContain("goal: 24 h, above the top of the axis");
    const ticks = texts.filter((t) => /^\d+(\.\d+)?$/.test(t)).map(Number);
    expect(Math.max(...ticks)).toBeLessThan(24);
    expect(Math.max(...ticks)).toBeGreaterThanOrEqual(smartRun.timeInSystem.p99Hours!);
  });

  it("draws the goal line when the bars reach it", async () => {
    const texts = svgTexts(await timeInSystemChart([{ name: "manual", result: manualRun }]));
    expect(texts).toContain("goal: 24 h");
  });
});

describe("the plan chart and its input", () => {
  it("keeps a label only where it does not overlap one already placed, the plan's first", () => {
    const point = (label: string, total: number, mean: number) => ({
      label,
      total,
      mean,
      lower: mean,
      upper: mean,
    });
    const labels = fittingLabels(
      [point("A", 10, 5), point("B (plan)", 10.05, 5), point("C", 20, 1)],
      undefined,
      640,
      260,
    );
    expect(labels).toEqual(["", "B (plan)", "C"]);
  });

  it("marks as frontier only candidates no cheaper candidate beats on the charted KPI", () => {
    const plan = makePlan();
    const page = planReportInput({ title: "p", plan, targets: planTarget });
    const hours = (id: string) => {
      const row = page.rows.find((r) => r.id === id)!;
      return Number(row.values[0]!.split(" ")[0]);
    };
    for (const row of page.rows.filter((r) => r.frontier)) {
      for (const cheaper of page.rows.filter((r) => r.total < row.total)) {
        expect(hours(cheaper.id)).toBeGreaterThan(hours(row.id));
      }
    }
    expect(page.candidates.every((c) => c.meetsTarget !== undefined)).toBe(true);
  });
});

describe("an infeasible plan's page", () => {
  it("says first that no staffing in range meets every target, and renders NaN KPIs as dashes", async () => {
    const page = planReportInput({ title: "p", plan: makeBrokenPlan(), targets: planTarget });
    expect(page.feasible).toBe(false);
    expect(page.answer[0]).toMatch(/^No staffing within the searched ranges meets every target\./);
    expect(page.changes).toEqual([]);
    const html = await planHtmlReport(page);
    expect(html).toContain('<div class="answer infeasible" id="answer">');
    expect(html).not.toMatch(/NaN|Infinity/);
    expect(page.answer.join(" ")).not.toMatch(/ \.|undefined/);
  });
});

describe("the Time Release Study breakdown", () => {
  it("averages the runs' segment means weighted by the trucks each cleared", () => {
    const a = makeRun({
      scenario: "x",
      clearedPerDay: [100, 100, 100, 100, 0],
      meanHours: 1,
      roadQueue: [0],
    });
    const b = makeRun({
      scenario: "x",
      clearedPerDay: [300, 300, 300, 300, 0],
      meanHours: 1,
      roadQueue: [0],
    });
    const slower = {
      ...b,
      segments: { ...b.segments, meanMinutes: { ...b.segments.meanMinutes, road: 1200 } },
    };
    const { minutes } = trsBreakdown("x", [a, slower]);
    const expected =
      (a.segments.meanMinutes.road! * a.timeInSystem.cleared + 1200 * slower.timeInSystem.cleared) /
      (a.timeInSystem.cleared + slower.timeInSystem.cleared);
    expect(minutes.road).toBeCloseTo(expected, 9);
    expect(minutes.quarantine).toBeNull();
  });
});

describe("the inputs block", () => {
  it("states every input and escapes the text", () => {
    const html = inputsBlock({
      scenarios: [
        {
          name: "<b>gate</b>",
          digest: "0123456789abcdef",
          parameters: [{ label: "demand", value: "3,300 trucks/day" }],
        },
      ],
      seed: "s&1",
      replications: 7,
      version: "9.9.9",
      date: "2026-01-15",
    });
    for (const text of [
      "&lt;b&gt;gate&lt;/b&gt;",
      "0123456789abcdef",
      "3,300 trucks/day",
      "s&amp;1",
      ">7<",
      "9.9.9",
      "2026-01-15",
    ]) {
      expect(html).toContain(text);
    }
  });
});
