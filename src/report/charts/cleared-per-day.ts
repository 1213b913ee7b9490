/**
 * Trucks cleared per day, one line per plan, over columns of the trucks arriving per day (the
 * demand): grey columns when every plan saw the same arrivals, else one column per plan in a
 * light tint of its colour.
 */

import { renderVegaLiteSvg, type VegaLiteLayer } from "./render.js";
import { drainLayers, drainStartDay, type PlanRun } from "./series.js";
import { type ChartOptions, CONTEXT_GREY, frame, planColour } from "./theme.js";

/** The legend entry of the demand columns. */
export const ARRIVALS_LABEL = "trucks arriving (demand)";

/** The legend entry of one plan's demand columns when the plans' arrivals differ. */
export function planArrivalsLabel(name: string): string {
  return `trucks arriving: ${name}`;
}

/** `hex` (#rrggbb) blended 55% toward white: a plan's light tint for its demand columns. */
export function tint(hex: string): string {
  const channel = (i: number) => {
    const value = Number.parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16);
    return Math.round(value + (255 - value) * 0.55)
      .toString(16)
      .padStart(2, "0");
  };
  return `#${channel(0)}${channel(1)}${channel(2)}`;
}

/** Whether every plan's run had the same trucks arriving on every day. */
export function sameArrivals(series: readonly PlanRun[]): boolean {
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
  const demandLabels = withArrivals ? [ARRIVALS_LABEL] : names.map(planArrivalsLabel);
  const demandColours = withArrivals ? [CONTEXT_GREY] : colours.map(tint);
  const domain = [...names, ...demandLabels];
  const range = [...colours, ...demandColours];
  const width = 0.8 / (withArrivals ? 1 : series.length);
  const arrivals = (withArrivals ? series.slice(0, 1) : series).flatMap((s, p) =>
    s.result.throughput.arrivedPerDay.map((trucks, i) => ({
      plan: demandLabels[p]!,
      from: i + 0.6 + p * width,
      to: i + 0.6 + (p + 1) * width,
      trucks,
    })),
  );
  layers.push({
    data: { values: arrivals },
    mark: { type: "rect", opacity: withArrivals ? 0.35 : 1 },
    encoding: {
      x: { ...x, field: "from" },
      x2: { field: "to" },
      y: { field: "trucks", type: "quantitative" },
      y2: { datum: 0 },
      color: { field: "plan", type: "nominal" },
    },
  });
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
      resolve: { scale: { color: "shared" } },
      layer: layers,
    },
    options.idPrefix ?? "cleared-per-day-",
  );
}

/**
 * The caption of {@link clearedPerDayChart} for `series`: it describes the demand columns as
 * drawn (grey and shared, or one tint per plan).
 */
export function clearedPerDayCaption(series: readonly PlanRun[]): string {
  const demand =
    series.length <= 1
      ? "grey columns are the trucks arriving that day"
      : sameArrivals(series)
        ? "grey columns are the trucks arriving that day, the same for every plan"
        : "light columns, one per plan in a tint of its colour, are the trucks arriving that day at that plan (the plans' demand differs)";
  const drain =
    drainStartDay(series) === null
      ? ""
      : " The shaded drain period has no new arrivals: the queue left over is cleared.";
  return `Trucks cleared each day; ${demand}. A line below its columns means the queue grows.${drain}`;
}
