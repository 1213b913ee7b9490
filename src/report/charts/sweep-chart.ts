/**
 * A KPI across a parameter sweep: the mean at each value of the first varied parameter, its
 * confidence interval as a vertical bar, one coloured line per combination of the others.
 */
import type { KpiEstimate } from "../../experiment/types.js";
import { renderVegaLiteSvg, type VegaLiteLayer } from "./render.js";
import { type ChartOptions, frame, PLAN_COLOURS } from "./theme.js";

/** One point of the chart. */
export interface SweepChartPoint {
  /** Value of the charted parameter (numbers give a numeric axis). */
  readonly x: number | string;
  /** The combination of the other parameters, e.g. "yard.slots=1500"; "" with one parameter. */
  readonly series: string;
  /** The KPI's estimate at the point (its CI drawn as a bar). */
  readonly kpi: KpiEstimate;
}

/** Options of {@link sweepChart}. */
export interface SweepChartOptions extends ChartOptions {
  /** Title of the x axis: the parameter's path, e.g. "stations.customs.servers". */
  readonly xTitle?: string;
  /** Title of the y axis, e.g. "Time in system, p90 (h)". */
  readonly kpiTitle?: string;
}

/**
 * An SVG chart of one KPI (y: mean with its confidence interval) against a swept parameter (x);
 * points without a mean are left out. Deterministic: the same input gives the same bytes.
 *
 * @example
 * const est8 = confidenceInterval([3120, 3180, 3150]);
 * const est10 = confidenceInterval([3290, 3310, 3300]);
 * const svg = await sweepChart(
 *   [{ x: 8, series: "", kpi: est8 }, { x: 10, series: "", kpi: est10 }],
 *   { xTitle: "stations.identity.servers", kpiTitle: "Trucks cleared per day" },
 * );
 * svg.startsWith("<svg"); // true
 */
export async function sweepChart(
  points: readonly SweepChartPoint[],
  options: SweepChartOptions = {},
): Promise<string> {
  const values = points
    .filter((p) => p.kpi.mean !== null && Number.isFinite(p.kpi.mean))
    .map((p) => ({
      x: p.x,
      series: p.series,
      mean: p.kpi.mean!,
      lower: p.kpi.lower ?? p.kpi.mean!,
      upper: p.kpi.upper ?? p.kpi.mean!,
    }));
  const numeric = points.every((p) => typeof p.x === "number");
  const seriesNames = [...new Set(points.map((p) => p.series))];
  const x = {
    field: "x",
    type: numeric ? ("quantitative" as const) : ("ordinal" as const),
    title: options.xTitle ?? "parameter",
    ...(numeric ? { scale: { zero: false, nice: true, padding: 16 } } : {}),
    // Server counts, slots and trucks per day are whole numbers: no ticks between them.
    ...(numeric && points.every((p) => Number.isInteger(p.x)) ? { axis: { tickMinStep: 1 } } : {}),
  };
  const y = {
    field: "mean",
    type: "quantitative" as const,
    title: options.kpiTitle ?? "KPI",
    scale: { zero: false },
  };
  const color = {
    field: "series",
    type: "nominal" as const,
    title: null,
    scale: { domain: seriesNames, range: seriesNames.map((_, i) => PLAN_COLOURS[(i + 1) % 8]) },
    ...(seriesNames.length === 1 && seriesNames[0] === "" ? { legend: null } : {}),
  };
  const layers: VegaLiteLayer[] = [
    { mark: { type: "line", strokeWidth: 2 }, encoding: { x, y, color } },
    {
      mark: { type: "rule", strokeWidth: 1.5 },
      encoding: { x, y: { ...y, field: "lower" }, y2: { field: "upper" }, color },
    },
    { mark: { type: "point", filled: true, size: 50, opacity: 1 }, encoding: { x, y, color } },
  ];
  return renderVegaLiteSvg(
    {
      ...frame(options, options.kpiTitle ?? "KPI across the sweep"),
      data: { values },
      layer: layers,
    },
    options.idPrefix ?? "sweep-",
  );
}
