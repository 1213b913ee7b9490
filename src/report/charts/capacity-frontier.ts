/**
 * The capacity frontier: total resources of each candidate plan against a KPI, with the
 * confidence interval as an error bar, each point labelled, and an optional target line.
 */
import type { KpiEstimate } from "../../experiment/types.js";
import { formatNumber } from "../format.js";
import { renderVegaLiteSvg, type VegaLiteLayer } from "./render.js";
import { type ChartOptions, CONTEXT_GREY, frame, planColour } from "./theme.js";

/** One candidate plan of a capacity search. */
export interface FrontierCandidate {
  /** The candidate's name on the chart, e.g. "12 lanes". */
  readonly label: string;
  /** Total resources (lanes, officers, scanners… counted as the planner counts them). */
  readonly total: number;
  /** The KPI's estimate for the candidate (its CI drawn as a bar). */
  readonly kpi: KpiEstimate;
}

/** A target the KPI must reach. */
export interface FrontierTarget {
  /** The target value, in the KPI's unit (a horizontal line). */
  readonly value: number;
  /** Shown next to the line (default "target: <value>"). */
  readonly label?: string;
  /** Whether values above the target meet it (default true). */
  readonly higherIsBetter?: boolean;
}

/** Options of {@link capacityFrontierChart}. */
export interface CapacityFrontierOptions extends ChartOptions {
  /** Title of the y axis, e.g. "trucks cleared per day" (default "KPI"). */
  readonly kpiTitle?: string;
  /** Title of the x axis (default "total resources"). */
  readonly resourceTitle?: string;
}

const MEETS = "meets target (whole interval)";
const MEAN_ONLY = "meets target on average";
const MISSES = "misses target";
const NO_TARGET = "candidate";

function status(kpi: KpiEstimate, target: FrontierTarget | undefined): string {
  if (target === undefined) return NO_TARGET;
  const higher = target.higherIsBetter ?? true;
  const meets = (value: number | null) =>
    value !== null && (higher ? value >= target.value : value <= target.value);
  if (meets(higher ? kpi.lower : kpi.upper)) return MEETS;
  return meets(kpi.mean) ? MEAN_ONLY : MISSES;
}

/**
 * An SVG chart of resources (x) against a KPI (y, mean with its confidence interval) for each
 * candidate; candidates without a mean are left out. With a target, points are coloured by
 * whether they meet it.
 *
 * @example
 * const est8 = confidenceInterval([6120, 6180, 6150]);
 * const est12 = confidenceInterval([6590, 6640, 6610]);
 * const svg = await capacityFrontierChart(
 *   [{ label: "8 lanes", total: 8, kpi: est8 }, { label: "12 lanes", total: 12, kpi: est12 }],
 *   { value: 6600, label: "target: 6,600 trucks/day" },
 *   { kpiTitle: "trucks cleared per day", resourceTitle: "identity-check lanes" },
 * );
 * svg.startsWith("<svg"); // true
 */
export async function capacityFrontierChart(
  candidates: readonly FrontierCandidate[],
  target?: number | FrontierTarget,
  options: CapacityFrontierOptions = {},
): Promise<string> {
  const goal = typeof target === "number" ? { value: target } : target;
  const values = candidates
    .filter((c) => c.kpi.mean !== null && Number.isFinite(c.kpi.mean))
    .map((c) => ({
      label: c.label,
      total: c.total,
      mean: c.kpi.mean!,
      lower: c.kpi.lower ?? c.kpi.mean!,
      upper: c.kpi.upper ?? c.kpi.mean!,
      status: status(c.kpi, goal),
    }));
  const statuses = goal === undefined ? [NO_TARGET] : [MEETS, MEAN_ONLY, MISSES];
  const colours =
    goal === undefined ? [planColour(1)] : [planColour(2), planColour(0), planColour(5)];
  const x = {
    field: "total",
    type: "quantitative" as const,
    title: options.resourceTitle ?? "total resources",
    scale: { zero: false, nice: true, padding: 16 },
    axis: { tickMinStep: 1 },
  };
  const y = {
    field: "mean",
    type: "quantitative" as const,
    title: options.kpiTitle ?? "KPI",
    scale: { zero: false },
  };
  const layers: VegaLiteLayer[] = [
    {
      mark: { type: "rule", strokeWidth: 1.5, color: "#444444" },
      encoding: { x, y: { ...y, field: "lower" }, y2: { field: "upper" } },
    },
    {
      mark: { type: "point", filled: true, size: 70, opacity: 1 },
      encoding: {
        x,
        y,
        color: {
          field: "status",
          type: "nominal",
          title: null,
          scale: { domain: statuses, range: colours },
        },
      },
    },
    {
      mark: { type: "text", align: "left", dx: 7, dy: -7, fontSize: 10 },
      encoding: { x, y, text: { field: "label" } },
    },
  ];
  if (goal !== undefined && Number.isFinite(goal.value)) {
    const text = goal.label ?? `target: ${formatNumber(goal.value)}`;
    layers.push(
      {
        data: { values: [{ goal: goal.value }] },
        mark: { type: "rule", color: CONTEXT_GREY, strokeDash: [5, 4] },
        encoding: { y: { field: "goal", type: "quantitative" } },
      },
      {
        data: { values: [{ goal: goal.value, text }] },
        mark: { type: "text", align: "right", dy: -6, color: CONTEXT_GREY, x: "width" },
        encoding: { y: { field: "goal", type: "quantitative" }, text: { field: "text" } },
      },
    );
  }
  return renderVegaLiteSvg(
    { ...frame(options, "Resources against the KPI"), data: { values }, layer: layers },
    options.idPrefix ?? "capacity-frontier-",
  );
}
