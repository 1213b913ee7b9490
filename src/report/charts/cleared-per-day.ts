/**
 * Trucks cleared per day, one line per plan, over grey columns of the trucks arriving per day
 * (the demand) when every plan saw the same arrivals (common random numbers).
 */

import { renderVegaLiteSvg, type VegaLiteLayer } from "./render.js";
import { drainLayers, drainStartDay, type PlanRun } from "./series.js";
import { type ChartOptions, CONTEXT_GREY, frame, planColour } from "./theme.js";

/** The legend entry of the demand columns. */
export const ARRIVALS_LABEL = "trucks arriving (demand)";

function sameArrivals(series: readonly PlanRun[]): boolean {
  const first = series[0]?.result.throughput.arrivedPerDay;
  if (first === undefined) return false;
  return series.every((s) => {
    const other = s.result.throughput.arrivedPerDay;
    return other.length === first.length && other.every((n, i) => n === first[i]);
  });
}

/**
 * An SVG line chart of the trucks cleared on each day of the run (day 1 = the first day) for
 * each plan, over the daily arrivals; the drain period, if any, is shaded.
 *
 * @example
 * const manualRun = runGate({ ...preset("huu-nghi-manual-2019")!, horizonDays: 2 }, { seed: "1" });
 * const smartRun = runGate({ ...preset("huu-nghi-smart-2024")!, horizonDays: 2 }, { seed: "1" });
 * const svg = await clearedPerDayChart([
 *   { name: "manual-2019", result: manualRun },
 *   { name: "smart-2024", result: smartRun },
 * ]);
 * svg.startsWith("<svg"); // true
 */
export async function clearedPerDayChart(
  series: readonly PlanRun[],
  options: ChartOptions = {},
): Promise<string> {
  const cleared: Array<{ plan: string; day: number; trucks: number }> = [];
  for (const { name, result } of series) {
    result.throughput.clearedPerDay.forEach((trucks, i) => {
      cleared.push({ plan: name, day: i + 1, trucks });
    });
  }
  const names = series.map((s) => s.name);
  const colours = names.map((_, i) => planColour(i));
  const days = Math.max(1, ...series.map((s) => s.result.throughput.clearedPerDay.length));
  const x = {
    field: "day",
    type: "quantitative" as const,
    title: "day of run",
    scale: { domain: [0.5, days + 0.5], nice: false, zero: false },
    axis: { tickMinStep: 1, format: "d" },
  };
  const layers: VegaLiteLayer[] = [];
  const drain = drainStartDay(series);
  if (drain !== null) {
    layers.push(...drainLayers(drain + 0.5, days + 0.5, x));
  }
  const withArrivals = sameArrivals(series);
  const domain = withArrivals ? [...names, ARRIVALS_LABEL] : names;
  const range = withArrivals ? [...colours, CONTEXT_GREY] : colours;
  if (withArrivals) {
    const arrivals = series[0]!.result.throughput.arrivedPerDay.map((trucks, i) => ({
      plan: ARRIVALS_LABEL,
      from: i + 0.6,
      to: i + 1.4,
      trucks,
    }));
    layers.push({
      data: { values: arrivals },
      mark: { type: "rect", opacity: 0.35 },
      encoding: {
        x: { ...x, field: "from" },
        x2: { field: "to" },
        y: { field: "trucks", type: "quantitative" },
        y2: { datum: 0 },
        color: { field: "plan", type: "nominal" },
      },
    });
  }
  layers.push({
    data: { values: cleared },
    mark: { type: "line", strokeWidth: 2, point: days <= 62 },
    encoding: {
      x,
      y: { field: "trucks", type: "quantitative", title: "trucks per day" },
      color: {
        field: "plan",
        type: "nominal",
        title: null,
        scale: { domain, range },
      },
    },
  });
  return renderVegaLiteSvg(
    {
      ...frame(options, "Trucks cleared per day"),
      layer: layers,
    },
    options.idPrefix ?? "cleared-per-day-",
  );
}
