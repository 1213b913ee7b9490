import { describe, expect, it } from "vitest";
import {
  ARRIVALS_LABEL,
  capacityFrontierChart,
  clearedPerDayChart,
  DRAIN_LABEL,
  normaliseSvgIds,
  type PlanRun,
  queueOverTimeChart,
  renderVegaLiteSvg,
  thinByMax,
  timeInSystemChart,
  type VegaLiteSpec,
} from "../../src/report/charts/index.js";
import { estimate, makeRun, manualRun, smartRun } from "./fixtures.js";
import { svgProblems, svgTexts } from "./svg-check.js";

const plans: PlanRun[] = [
  { name: "manual-2019", result: manualRun },
  { name: "smart-2024", result: smartRun },
];

const frontier = [
  { label: "8 lanes", total: 8, kpi: estimate(5000, 200) },
  { label: "10 lanes", total: 10, kpi: estimate(6500, 150) },
  { label: "12 lanes", total: 12, kpi: estimate(7000, 120) },
  { label: "no data", total: 14, kpi: estimate(null, null, 0) },
];

const charts: Record<string, () => Promise<string>> = {
  "queue over time": () => queueOverTimeChart(plans),
  "cleared per day": () => clearedPerDayChart(plans),
  "time in system": () => timeInSystemChart(plans),
  "capacity frontier": () =>
    capacityFrontierChart(
      frontier,
      { value: 6600, label: "target: 6,600 trucks/day" },
      {
        kpiTitle: "trucks cleared per day",
        resourceTitle: "identity-check lanes",
      },
    ),
};

describe("SVG charts", () => {
  for (const [name, render] of Object.entries(charts)) {
    it(`renders the ${name} chart as well-formed SVG`, async () => {
      const svg = await render();
      expect(svgProblems(svg)).toEqual([]);
      expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"[^>]* viewBox="/);
      expect(svg).not.toMatch(/NaN|undefined/);
    });

    it(`renders the ${name} chart byte-identically twice`, async () => {
      expect(await render()).toBe(await render());
    });
  }

  it("names both plans, the queue kinds and the drain period in the queue chart", async () => {
    const texts = svgTexts(await queueOverTimeChart(plans));
    for (const label of [
      "manual-2019",
      "smart-2024",
      "on the road",
      "in station queues",
      DRAIN_LABEL,
    ]) {
      expect(texts).toContain(label);
    }
    expect(texts).toContain("days since start");
  });

  it("shows the demand next to the cleared trucks when both plans saw the same arrivals", async () => {
    const texts = svgTexts(await clearedPerDayChart(plans));
    expect(texts).toEqual(expect.arrayContaining(["manual-2019", "smart-2024", ARRIVALS_LABEL]));
    const other = makeRun({
      scenario: "x",
      clearedPerDay: [1, 2, 3, 4, 0],
      meanHours: 1,
      roadQueue: [0],
    });
    const differentArrivals = {
      ...other,
      throughput: { ...other.throughput, arrivedPerDay: [9, 9, 9, 9, 9] },
    };
    const without = svgTexts(
      await clearedPerDayChart([plans[0]!, { name: "x", result: differentArrivals }]),
    );
    expect(without).not.toContain(ARRIVALS_LABEL);
  });

  it("labels the time-in-system bars with their values and draws the 24-hour goal", async () => {
    const texts = svgTexts(await timeInSystemChart(plans));
    expect(texts).toEqual(
      expect.arrayContaining(["mean", "median (p50)", "p90", "p99", "76.2", "0.820", "goal: 24 h"]),
    );
    const noGoal = svgTexts(await timeInSystemChart(plans, { goalHours: null }));
    expect(noGoal).not.toContain("goal: 24 h");
  });

  it("leaves out time-in-system statistics that do not exist", async () => {
    const empty = makeRun({
      scenario: "empty",
      clearedPerDay: [0, 0, 0, 0, 0],
      meanHours: null,
      roadQueue: [0, 0],
    });
    const svg = await timeInSystemChart([{ name: "empty", result: empty }, plans[1]!]);
    expect(svgProblems(svg)).toEqual([]);
    expect(svg).not.toContain("NaN");
  });

  it("labels every frontier candidate with a mean, the target and the axis titles", async () => {
    const texts = svgTexts(await charts["capacity frontier"]!());
    expect(texts).toEqual(
      expect.arrayContaining([
        "8 lanes",
        "10 lanes",
        "12 lanes",
        "target: 6,600 trucks/day",
        "trucks cleared per day",
        "identity-check lanes",
        "meets target (whole interval)",
        "misses target",
      ]),
    );
    expect(texts).not.toContain("no data");
  });

  it("escapes markup in plan names inside the SVG", async () => {
    const svg = await timeInSystemChart([
      { name: '<script>alert("x")</script>', result: manualRun },
    ]);
    expect(svg).not.toContain("<script>");
    expect(svgTexts(svg)).toContain('<script>alert("x")</script>');
  });

  it("renders clip paths with prefixed ids, identical from one render to the next", async () => {
    const spec: VegaLiteSpec = {
      data: {
        values: [
          { x: 1, y: 2 },
          { x: 5, y: 9 },
        ],
      },
      mark: { type: "line", clip: true },
      encoding: {
        x: { field: "x", type: "quantitative", scale: { domain: [0, 3] } },
        y: { field: "y", type: "quantitative" },
      },
    };
    const first = await renderVegaLiteSvg(spec, "mine-");
    const second = await renderVegaLiteSvg(spec, "mine-");
    const ids = [...first.matchAll(/\sid="([^"]*)"/g)].map((m) => m[1]);
    expect(ids).toEqual(["mine-1"]);
    expect(first).toContain('clip-path="url(#mine-1)"');
    expect(second).toBe(first);
  });

  it("renames ids and their references in order of appearance", () => {
    const svg = '<svg><clipPath id="clip7"/><g clip-path="url(#clip7)"/><use href="#clip7"/></svg>';
    expect(normaliseSvgIds(svg, "q-")).toBe(
      '<svg><clipPath id="q-1"/><g clip-path="url(#q-1)"/><use href="#q-1"/></svg>',
    );
  });

  it("thins long series keeping each bin's peak", () => {
    expect(thinByMax([1, 5, 2, 2, 9], 3)).toEqual([
      [0, 5],
      [2, 2],
      [4, 9],
    ]);
    expect(thinByMax([1, 2], 10)).toEqual([
      [0, 1],
      [1, 2],
    ]);
  });

  it("draws a year of hourly samples with a bounded number of points", async () => {
    const hourly = Array.from({ length: 24 * 365 }, (_, i) => (i * 7919) % 500);
    const long = {
      ...manualRun,
      queueOverTime: { ...manualRun.queueOverTime, intervalHours: 1, road: hourly, stations: {} },
    };
    const svg = await queueOverTimeChart([{ name: "year", result: long }], { maxPoints: 500 });
    expect(svgProblems(svg)).toEqual([]);
    expect(svg.length).toBeLessThan(200_000);
  });
});
