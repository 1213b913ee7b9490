/**
 * The page's charts: the report layer's own chart functions (vega-lite rendered to SVG text in
 * the worker, no DOM needed) and the Time Release Study breakdown of the charted run.
 */
import type { CapacityPlan, CapacityTarget } from "../../experiment/capacity-plan.js";
import type { GateRunResult } from "../../gate/index.js";
import { SEGMENTS } from "../../gate/index.js";
import { capacityFrontierChart } from "../../report/charts/capacity-frontier.js";
import { clearedPerDayChart } from "../../report/charts/cleared-per-day.js";
import { planReportInput } from "../../report/charts/plan-report-input.js";
import { queueOverTimeChart } from "../../report/charts/queue-over-time.js";
import type { PlanRun } from "../../report/charts/series.js";
import { timeInSystemChart } from "../../report/charts/time-in-system.js";
import type { RunCharts } from "../protocol.js";

/** The charts of one run, as the run report draws them. */
export async function runCharts(name: string, run: GateRunResult): Promise<RunCharts> {
  const series: PlanRun[] = [{ name, result: run }];
  return {
    clearedPerDay: await clearedPerDayChart(series, { idPrefix: "page-cleared-" }),
    queueOverTime: await queueOverTimeChart(series, { idPrefix: "page-queue-" }),
    timeInSystem: await timeInSystemChart(series, { idPrefix: "page-time-" }),
    series: {
      clearedPerDay: [...run.throughput.clearedPerDay],
      arrivedPerDay: [...run.throughput.arrivedPerDay],
    },
    segments: SEGMENTS.map((segment) => ({
      segment,
      minutes: run.segments.meanMinutes[segment],
    })),
  };
}

/** The cleared-per-day chart of two variants on the same arrivals. */
export function comparisonChart(
  a: { readonly name: string; readonly run: GateRunResult },
  b: { readonly name: string; readonly run: GateRunResult },
): Promise<string> {
  return clearedPerDayChart(
    [
      { name: a.name, result: a.run },
      { name: b.name, result: b.run },
    ],
    { idPrefix: "page-compare-" },
  );
}

/** The plan's frontier: each candidate's total servers against the target KPI, with its CI. */
export function frontierChart(plan: CapacityPlan, target: CapacityTarget): Promise<string> {
  const input = planReportInput({ title: "", plan, targets: [target] });
  return capacityFrontierChart(input.candidates, input.target, {
    kpiTitle: input.kpiTitle,
    resourceTitle: "total servers",
    idPrefix: "page-frontier-",
  });
}
