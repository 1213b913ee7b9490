import { describe, expect, it } from "vitest";
import { type HtmlReportInput, htmlReport } from "../../src/report/charts/index.js";
import {
  estimate,
  makeComparison,
  makeReplicationSummary,
  manualRun,
  smartRun,
} from "./fixtures.js";
import { makePlan, planTarget } from "./plan-fixtures.js";
import { svgProblems, svgTexts } from "./svg-check.js";

const input: HtmlReportInput = {
  title: "Huu Nghi: manual (2019) against smart gate (2024)",
  comparison: makeComparison(),
  runsA: manualRun,
  runsB: smartRun,
  notes: ["Demand: the 2024 record of 3,300 trucks per day."],
};

const SVG_NAMESPACES = /xmlns(:xlink)?="http:\/\/www\.w3\.org\/(2000\/svg|1999\/xlink)"/g;

describe("the HTML report", () => {
  it("is one HTML document with a headline, the comparison table and the charts", async () => {
    const html = await htmlReport(input);
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="en">')).toBe(true);
    expect(html.trimEnd().endsWith("</html>")).toBe(true);
    expect(html).toContain("<title>Huu Nghi: manual (2019) against smart gate (2024)</title>");
    expect(html).toContain(
      '<p class="headline">smart-2024 clears 1,659 more trucks per day than manual-2019 (95% CI 1,640 to 1,679). It cuts the mean time in system from 76.2 h (3.2 days) to 0.823 h (49 min), by 75.4 h (95% CI 72.3 to 78.5 h).</p>',
    );
    expect(html).toContain('<table class="comparison">');
    expect(html).toContain(
      "<td>1,650 ± 12</td><td>3,309 ± 15</td><td>+1,659</td><td>[1,640, 1,679]</td>",
    );
    expect(html).toContain("How to read this report");
    expect(html).toContain("<li>Demand: the 2024 record of 3,300 trucks per day.</li>");
  });

  it("inlines four well-formed SVG charts (TRS breakdown included), five with a capacity frontier", async () => {
    const svgs = (await htmlReport(input)).match(/<svg[\s\S]*?<\/svg>/g)!;
    expect(svgs).toHaveLength(4);
    for (const svg of svgs) expect(svgProblems(svg)).toEqual([]);
    const withFrontier = await htmlReport({
      ...input,
      frontier: {
        candidates: [{ label: "8 lanes", total: 8, kpi: estimate(5000, 200) }],
        target: 6600,
      },
    });
    expect(withFrontier.match(/<svg[\s\S]*?<\/svg>/g)).toHaveLength(5);
  });

  it("references no network resource and runs no script", async () => {
    const html = await htmlReport(input);
    expect(html.replace(SVG_NAMESPACES, "")).not.toMatch(/https?:\/\//);
    expect(html).not.toMatch(/<script|<link|<img|<iframe|@import|url\(http/i);
  });

  it("gives every element id in the page a distinct value", async () => {
    const ids = [...(await htmlReport(input)).matchAll(/\sid="([^"]*)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("escapes a malicious scenario name, title and note", async () => {
    const evil = '<script>alert("x")</script>';
    const html = await htmlReport({
      ...input,
      title: `Report ${evil}`,
      comparison: makeComparison(evil, "smart & <b>fast</b>"),
      notes: [evil],
    });
    expect(html).not.toContain("<script");
    expect(html).not.toContain("<b>fast</b>");
    expect(html).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;");
    expect(html).toContain("smart &amp; &lt;b&gt;fast&lt;/b&gt;");
  });

  it("renders the same bytes twice", async () => {
    expect(await htmlReport(input)).toBe(await htmlReport(input));
  });
});

describe("the capacity plan page", () => {
  it("lists the candidates, escapes text and holds one well-formed frontier chart", async () => {
    const { planHtmlReport } = await import("../../src/report/charts/index.js");
    const kpi = {
      n: 5,
      mean: 0.2,
      sd: 0.01,
      halfWidth: 0.01,
      lower: 0.19,
      upper: 0.21,
      level: 0.95,
    };
    const html = await planHtmlReport({
      title: "Plan <script>",
      feasible: true,
      answer: ["Plan: check 7 (total 7)."],
      changes: [{ resource: "check", today: 9, plan: 7 }],
      statement: "Least plan found: check = 7.",
      resources: ["check"],
      columns: ["Time in system (h)"],
      kpiTitle: "Time in system (h)",
      rows: [
        {
          id: "A",
          levels: [7],
          total: 7,
          values: ["0.20 ± 0.01"],
          meetsTarget: true,
          bottleneck: "check",
          frontier: true,
          chosen: true,
          today: false,
        },
      ],
      candidates: [{ label: "A (plan)", total: 7, kpi, meetsTarget: true }],
      target: { value: 0.215, higherIsBetter: false },
    });
    expect(html).toContain("Plan &lt;script&gt;");
    expect(html).toContain('<td class="text">A</td><td>7</td><td>7</td><td>0.20 ± 0.01</td>');
    expect(html).toContain("<td>9</td><td>7</td><td>-2</td>");
    const svgs = html.match(/<svg[\s\S]*?<\/svg>/g) ?? [];
    expect(svgs).toHaveLength(1);
    expect(html).not.toMatch(/(src|href)="https?:/);
  });
  it("builds the plan page from the plan: every target and the throughput as columns, sorted by total", async () => {
    const { planReportInput } = await import("../../src/report/charts/index.js");
    const plan = makePlan();
    const page = planReportInput({
      title: "Plan",
      plan,
      targets: planTarget,
      current: { check: 12, booth: 2 },
    });
    expect(page.columns).toEqual([
      "Time in system, mean (h)",
      "Trucks cleared per day (trucks/day)",
    ]);
    expect(page.statement).toBe(plan.statement);
    expect(page.rows.map((r) => r.total)).toEqual(
      [...plan.candidates.map((c) => c.total)].sort((a, b) => a - b),
    );
    const chosen = page.rows.find((r) => r.chosen)!;
    expect(chosen.levels).toEqual([plan.best!.levels.check, plan.best!.levels.booth]);
    expect(chosen.values).toHaveLength(2);
    expect(page.answer[0]).toBe("Plan: check 10, booth 2 (total 12; today 14, 2 fewer).");
    expect(page.answer.join(" ")).not.toMatch(/meanTimeInSystemHours|meanClearedPerDay/);
    expect(page.changes).toEqual([
      { resource: "check", today: 12, plan: 10 },
      { resource: "booth", today: 2, plan: 2 },
    ]);
    expect(page.target).toMatchObject({ value: 0.3, higherIsBetter: false });
  });
  it("renders a sweep page: escaped text, shares in %, one well-formed chart per KPI", async () => {
    const { sweepHtmlReport } = await import("../../src/report/charts/index.js");
    const estimate = (mean: number) => ({
      n: 3,
      mean,
      sd: 0.01,
      halfWidth: 0.02,
      lower: mean - 0.02,
      upper: mean + 0.02,
      level: 0.95,
    });
    const rows = [4, 6].flatMap((servers) =>
      ["day", "24h"].map((hours) => ({
        point: { "stations.check.servers": servers, "stations.check.openHours": hours },
        kpis: { share: estimate(servers / 10), wait: estimate(1 / servers) },
      })),
    );
    const html = await sweepHtmlReport({
      title: "Sweep <b>",
      summary: "4 points & 3 replications",
      parameters: ["stations.check.servers", "stations.check.openHours"],
      rows,
      kpis: [
        { key: "share", label: "Cleared within 24 h", unit: "share" },
        { key: "wait", label: "Wait", unit: "h" },
      ],
    });
    expect(html).toContain("Sweep &lt;b&gt;");
    expect(html).toContain("4 points &amp; 3 replications");
    expect(html).toContain('<td class="num">40.0 ± 2.0</td>'); // share 0.4 ± 0.02 shown in %
    const svgs = html.match(/<svg[\s\S]*?<\/svg>/g) ?? [];
    expect(svgs).toHaveLength(2);
    for (const svg of svgs) expect(svgProblems(svg)).toEqual([]);
    expect(svgTexts(svgs[0]!)).toContain("stations.check.openHours=24h");
    expect(html).not.toMatch(/(src|href)="https?:/);
  });
  it("renders a run page: headline from the KPIs, their CI table, four charts, escaped text", async () => {
    const { runHtmlReport } = await import("../../src/report/charts/index.js");
    const summary = makeReplicationSummary();
    const withKpis = await runHtmlReport({
      title: "Smart <gate>",
      scenario: "smart & co",
      run: smartRun,
      kpis: summary.kpis,
      replications: summary.replications,
    });
    expect(withKpis).toContain("Smart &lt;gate&gt;");
    expect(withKpis).toContain("smart &amp; co");
    expect(withKpis).toContain("<h2>Results</h2>");
    const svgs = withKpis.match(/<svg[\s\S]*?<\/svg>/g) ?? [];
    expect(svgs).toHaveLength(4);
    for (const svg of svgs) expect(svgProblems(svg)).toEqual([]);
    expect(withKpis).not.toMatch(/(src|href)="https?:/);
    const oneRun = await runHtmlReport({ title: "One run", scenario: "smart", run: smartRun });
    // One replication still has its KPI table: the run's own values, no confidence intervals.
    expect(oneRun).toContain("<h2>Results</h2>");
    expect(oneRun).toContain(
      `<td class="text">Trucks arrived</td><td>${smartRun.trucks.arrived.toLocaleString("en-US")}</td><td class="text">trucks</td>`,
    );
    expect(
      (oneRun.match(/<table class="kpis">[\s\S]*?<\/table>/)?.[0].match(/<tr>/g) ?? []).length,
    ).toBeGreaterThanOrEqual(20);
    expect(oneRun).toContain(`One run of ${smartRun.horizonDays} days`);
    expect(await runHtmlReport({ title: "One run", scenario: "smart", run: smartRun })).toBe(
      oneRun,
    );
  });
});
