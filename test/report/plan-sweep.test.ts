import { describe, expect, it } from "vitest";
import {
  jsonSafe,
  PLAN_FORMAT,
  planCsv,
  planJson,
  planTable,
  SWEEP_FORMAT,
  sweepCsv,
  sweepJson,
  sweepTable,
  varianceReductionLine,
} from "../../src/report/index.js";
import { makeComparison } from "./fixtures.js";
import { makeBrokenPlan, makePlan, makeSweepRows, planTarget } from "./plan-fixtures.js";

const ESTIMATE_KEYS = ["n", "mean", "sd", "halfWidth", "lower", "upper", "level"];
const LABELLED_KEYS = [...ESTIMATE_KEYS, "label", "unit"];
const PARAMETERS = ["stations.check.servers", "arrivals.trucksPerDay"];

describe("the capacity plan as JSON", () => {
  it("writes the documented fields in a fixed order", () => {
    const doc = JSON.parse(
      planJson({ scenario: "one-station", target: planTarget, plan: makePlan() }),
    );
    expect(Object.keys(doc)).toEqual([
      "format",
      "scenario",
      "target",
      "feasible",
      "best",
      "candidates",
      "evaluated",
      "statement",
    ]);
    expect(doc.format).toBe(PLAN_FORMAT);
    expect(doc.format).toBe("gatesim.plan/1");
    expect(doc.candidates).toHaveLength(3);
    const candidate = doc.candidates[0];
    expect(Object.keys(candidate)).toEqual([
      "levels",
      "total",
      "kpis",
      "meetsTarget",
      "checks",
      "bottleneck",
    ]);
    expect(candidate.levels).toEqual({ check: 20, booth: 2 });
    expect(Object.keys(candidate.kpis)).toEqual(["meanClearedPerDay", "meanTimeInSystemHours"]);
    expect(Object.keys(candidate.kpis.meanTimeInSystemHours)).toEqual(LABELLED_KEYS);
    expect(Object.keys(candidate.checks[0])).toEqual([
      "kpi",
      "relation",
      "limit",
      "basis",
      "value",
      "holds",
    ]);
    expect(doc.candidates[1].bottleneck).toBeNull();
    expect(doc.best).toEqual(doc.candidates[1]);
  });

  it("rounds computed numbers to six significant digits but writes the target exactly as given", () => {
    const doc = JSON.parse(
      planJson({ scenario: "one-station", target: planTarget, plan: makePlan() }),
    );
    expect(doc.target).toEqual([
      { kpi: "meanTimeInSystemHours", atMost: 0.3 },
      { kpi: "meanClearedPerDay", atLeast: 600.1234567 },
    ]);
    const hours = doc.best.kpis.meanTimeInSystemHours;
    expect(hours.mean).toBe(0.170135);
    expect(hours.upper).toBe(0.174335);
    expect(doc.best.kpis.meanClearedPerDay.mean).toBe(701.272);
    expect(doc.best.checks[0]).toEqual({
      kpi: "meanTimeInSystemHours",
      relation: "≤",
      limit: 0.3,
      basis: "upper",
      value: 0.174335,
      holds: true,
    });
  });

  it("turns NaN and infinities into null and never writes them", () => {
    const text = planJson({ scenario: "x", target: planTarget, plan: makeBrokenPlan() });
    expect(text).not.toMatch(/NaN|Infinity|-0\b/);
    const doc = JSON.parse(text);
    expect(doc.feasible).toBe(false);
    expect(doc.best).toBeNull();
    expect(doc.candidates[0].kpis.meanTimeInSystemHours).toEqual({
      n: 6,
      mean: null,
      sd: null,
      halfWidth: null,
      lower: 0,
      upper: null,
      level: 0.95,
      label: "Time in system, mean",
      unit: "h",
    });
    expect(doc.candidates[0].checks[0].value).toBeNull();
  });

  it("holds what the CLI printed inline before, except that computed numbers are rounded", () => {
    const plan = makePlan();
    const target = [{ kpi: "meanTimeInSystemHours", atMost: 0.3 }];
    const before = { format: "gatesim.plan/1", scenario: "one-station", target, ...plan };
    expect(JSON.parse(planJson({ scenario: "one-station", target, plan }))).toEqual(
      JSON.parse(JSON.stringify(jsonSafe(before))),
    );
  });
});

describe("the parameter sweep as JSON", () => {
  it("writes the documented fields, grid values exactly as given and rounded estimates", () => {
    const rows = makeSweepRows();
    const doc = JSON.parse(
      sweepJson({ scenario: "one-station", seed: "s", replications: 6, rows }),
    );
    expect(Object.keys(doc)).toEqual(["format", "scenario", "seed", "replications", "rows"]);
    expect(doc.format).toBe(SWEEP_FORMAT);
    expect(doc.format).toBe("gatesim.sweep/1");
    expect(doc.rows.map((row: { point: unknown }) => row.point)).toEqual([
      { "stations.check.servers": 6, "arrivals.trucksPerDay": 600.123456789 },
      { "stations.check.servers": 6, "arrivals.trucksPerDay": "peak" },
      { "stations.check.servers": 8, "arrivals.trucksPerDay": 600.123456789 },
      { "stations.check.servers": 8, "arrivals.trucksPerDay": "peak" },
    ]);
    expect(Object.keys(doc.rows[0])).toEqual(["point", "kpis"]);
    expect(Object.keys(doc.rows[0].kpis.meanClearedPerDay)).toEqual(LABELLED_KEYS);
    expect(doc.rows[1].kpis.meanTimeInSystemHours.mean).toBe(0.247061);
    expect(doc.rows[1].kpis.meanClearedPerDay.mean).toBe(600.333);
  });

  it("turns a NaN estimate into null", () => {
    const [row] = makeSweepRows();
    const broken = {
      ...row!,
      kpis: { x: { ...row!.kpis.meanClearedPerDay!, mean: Number.NaN, upper: Infinity } },
    };
    const text = sweepJson({ scenario: "s", seed: "s", replications: 6, rows: [broken] });
    expect(text).not.toMatch(/NaN|Infinity/);
    expect(JSON.parse(text).rows[0].kpis.x).toMatchObject({ mean: null, upper: null });
  });
});

describe("the capacity plan and the sweep as CSV", () => {
  it("writes one plan row per candidate and KPI: a column per resource, units, estimates and the target", () => {
    const plan = makePlan();
    const lines = planCsv(plan).split("\r\n");
    expect(lines[0]).toBe(
      "candidate,check,booth,total,meets_target,bottleneck,kpi,unit,target,target_holds,n,mean,half_width,lower,upper",
    );
    const kpiCount = Object.keys(plan.candidates[0]!.kpis).length;
    expect(lines).toHaveLength(1 + plan.candidates.length * kpiCount + 1);
    const rows = lines.slice(1, -1).map((line) => line.split(","));
    for (const [i, candidate] of plan.candidates.entries()) {
      for (const [j, [key, estimate]] of Object.entries(candidate.kpis).entries()) {
        const row = rows[i * kpiCount + j]!;
        expect(row.slice(0, 8)).toEqual([
          String(i + 1),
          String(candidate.levels.check),
          String(candidate.levels.booth),
          String(candidate.total),
          String(candidate.meetsTarget),
          candidate.bottleneck ?? "",
          key,
          estimate.unit,
        ]);
        expect(Number(row[11])).toBe(Number(estimate.mean!.toPrecision(6))); // rounded as in JSON
        const check = candidate.checks.find((c) => c.kpi === key);
        expect(row.slice(8, 10)).toEqual(
          check === undefined ? ["", ""] : [`<= ${check.limit}`, String(check.holds)],
        );
      }
    }
    expect(rows.every((row) => row[7] !== "")).toBe(true); // every row has its unit
    const quoted = { ...plan, candidates: [{ ...plan.candidates[0]!, bottleneck: 'x-ray, "B"' }] };
    expect(planCsv(quoted).split("\r\n")[1]).toContain(',"x-ray, ""B""",');
  });

  it("writes one sweep row per point and KPI, grid values as written and estimates rounded", () => {
    const lines = sweepCsv(PARAMETERS, makeSweepRows()).split("\r\n");
    expect(lines[0]).toBe(
      "stations.check.servers,arrivals.trucksPerDay,kpi,unit,n,mean,half_width,lower,upper",
    );
    expect(lines).toHaveLength(1 + 4 * 2 + 1);
    expect(lines[1]).toBe(
      "6,600.123456789,meanClearedPerDay,trucks/day,6,600.333,29.9254,570.408,630.259",
    );
    expect(lines[4]).toBe("6,peak,meanTimeInSystemHours,h,6,0.247061,0.0437038,0.203357,0.290765");
    expect(lines.at(-1)).toBe("");
  });
});

describe("the capacity plan and the sweep as terminal tables", () => {
  it("lists every candidate with its target KPIs, the statement and the answer", () => {
    const text = planTable({
      scenario: "one-station",
      targetText: "meanTimeInSystemHours<=0.3",
      kpiKeys: ["meanTimeInSystemHours"],
      replications: 6,
      plan: makePlan(),
    });
    expect(text.split("\n")).toEqual([
      "Capacity plan for one-station: Time in system, mean ≤ 0.3 h",
      "check  booth  total  Time in system, mean (h)  meets target  bottleneck",
      "-----  -----  -----  ------------------------  ------------  ----------",
      "    5      2      7               0.84 ± 0.98  no            check",
      "   10      2     12           0.1701 ± 0.0042  yes           —",
      "   20      2     22           0.1696 ± 0.0031  yes           check",
      "Servers per station; ± is the half-width of the 95% CI of the mean.",
      "Least plan found: check = 10, booth = 2 (total 12).",
      "Evaluated 3 candidates × 6 replications (listed by total servers).",
      "Least plan found: check 10, booth 2 (total 12).",
      "",
    ]);
  });

  it("prints the plan compactly in a narrow terminal: a block per candidate, no line too long", () => {
    const input = {
      scenario: "one-station",
      targetText: "meanTimeInSystemHours<=0.3",
      kpiKeys: ["meanTimeInSystemHours", "meanClearedPerDay"],
      replications: 6,
      plan: makePlan(),
    };
    const wide = planTable(input);
    const widest = Math.max(...wide.split("\n").map((line) => line.length));
    const narrow = planTable({ ...input, width: 50 });
    expect(widest).toBeGreaterThan(50);
    expect(Math.max(...narrow.split("\n").map((line) => line.length))).toBeLessThanOrEqual(50);
    expect(narrow).toContain("check: 10\n  booth: 2   total: 12");
    expect(planTable({ ...input, width: widest })).toBe(wide);
  });

  it("says when no plan meets the target and shows a missing estimate as a dash", () => {
    const text = planTable({
      scenario: "x",
      targetText: "meanTimeInSystemHours<=0.3",
      kpiKeys: ["meanTimeInSystemHours", "meanClearedPerDay"],
      replications: 6,
      plan: makeBrokenPlan(),
    });
    expect(text).toMatch(/\n +4 +2 +6 +— +— +no +check\n/);
    expect(text.endsWith("No plan within the searched ranges meets the target.\n")).toBe(true);
  });

  it("shows a sweep with one column per parameter and per KPI", () => {
    const text = sweepTable({
      scenario: "one-station",
      replications: 6,
      parameters: PARAMETERS,
      rows: makeSweepRows(),
      kpis: [{ key: "meanTimeInSystemHours", label: "Time in system, mean", unit: "h" }],
    });
    expect(text.split("\n")).toEqual([
      "Sweep of one-station (6 replications per point, mean ± 95% CI half-width)",
      "stations.check.servers  arrivals.trucksPerDay  Time in system, mean (h)",
      "----------------------  ---------------------  ------------------------",
      "                     6          600.123456789             0.197 ± 0.044",
      "                     6                   peak             0.247 ± 0.044",
      "                     8          600.123456789             0.169 ± 0.044",
      "                     8                   peak             0.174 ± 0.044",
      "",
    ]);
  });

  it("states what common random numbers did to the variance for the first three KPIs", () => {
    expect(varianceReductionLine(makeComparison().kpis)).toBe(
      "Variance of the differences with common random numbers, against independent runs: trucks cleared per day 3.2× smaller, time in system, mean about the same, identity queue, max 1.4× smaller.\n",
    );
    expect(varianceReductionLine([])).toBe("");
  });

  it("says the variance grew, never 'reduced', when common random numbers increased it", () => {
    const kpis = makeComparison().kpis.map((kpi, i) =>
      i === 0 ? { ...kpi, varianceReduction: 0.6 } : kpi,
    );
    const line = varianceReductionLine(kpis);
    expect(line).toContain("trucks cleared per day 1.7× larger");
    expect(line).toContain("did not help");
    expect(line).not.toMatch(/reduced/);
  });
});
