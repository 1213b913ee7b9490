/**
 * The capacity frontier: total resources of each candidate plan against a KPI, with the
 * confidence interval as an error bar, short labels, and an optional target line. Points are
 * coloured by the candidate's own verdict on every target when it is given (so the chart agrees
 * with the table), else by the charted target alone; the legend lists only the colours drawn.
 */
import type { KpiEstimate } from "../../experiment/types.js";
import { formatNumber } from "../format.js";
import { renderVegaLiteSvg, type VegaLiteLayer } from "./render.js";
import { type ChartOptions, CONTEXT_GREY, frame, planColour } from "./theme.js";

/** One candidate plan of a capacity search. */
export interface FrontierCandidate {
  /** The candidate's label on the chart: keep it short ("B", "12 lanes"); "" for none. */
  readonly label: string;
  /** The candidate's full description, for screen readers (aria-label); default `label`. */
  readonly description?: string;
  /**
   * Whether the candidate meets every target (all conditions, not only the charted one). When
   * given for every candidate, points are coloured by it.
   */
  readonly meetsTarget?: boolean;
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
const MEETS_ALL = "meets every target";
const MISSES_ONE = "misses a target";

function status(kpi: KpiEstimate, target: FrontierTarget | undefined): string {
  if (target === undefined) return NO_TARGET;
  const higher = target.higherIsBetter ?? true;
  const meets = (value: number | null) =>
    value !== null && (higher ? value >= target.value : value <= target.value);
  if (meets(higher ? kpi.lower : kpi.upper)) return MEETS;
  return meets(kpi.mean) ? MEAN_ONLY : MISSES;
}

/** Approximate width of a label of 10 px text, in pixels. */
const labelWidth = (text: string) => 6 * text.length + 2;

/**
 * The labels that fit: each point's label is drawn up and to the right of it unless its box
 * would overlap a label already placed (points given first win; labels in parentheses, such as
 * "(plan)", are placed first), leaving "" for the others. Positions are estimated from the data
 * ranges and the plot size.
 */
export function fittingLabels(
  points: ReadonlyArray<{
    label: string;
    total: number;
    mean: number;
    lower: number;
    upper: number;
  }>,
  goal: number | undefined,
  width: number,
  height: number,
): string[] {
  const xs = points.map((p) => p.total);
  const ys = points.flatMap((p) => [p.lower, p.upper, ...(goal === undefined ? [] : [goal])]);
  const [x0, x1] = [Math.min(...xs), Math.max(...xs)];
  const [y0, y1] = [Math.min(...ys), Math.max(...ys)];
  const px = (x: number) => 16 + (x1 === x0 ? 0.5 : (x - x0) / (x1 - x0)) * (width - 32);
  const py = (y: number) => (y1 === y0 ? 0.5 : (y1 - y) / (y1 - y0)) * height;
  const boxes: Array<[number, number, number, number]> = [];
  const out = points.map(() => "");
  const order = points
    .map((p, i) => ({ p, i, first: /\(/.test(p.label) ? 0 : 1 }))
    .sort((a, b) => a.first - b.first || a.i - b.i);
  for (const { p, i } of order) {
    if (p.label === "") continue;
    const left = px(p.total) + 7;
    const top = py(p.mean) - 7 - 11;
    const box: [number, number, number, number] = [left, top, left + labelWidth(p.label), top + 12];
    const overlaps = boxes.some(
      (b) => box[0] < b[2] && b[0] < box[2] && box[1] < b[3] && b[1] < box[3],
    );
    if (overlaps) continue;
    boxes.push(box);
    out[i] = p.label;
  }
  return out;
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
  const byVerdict = candidates.length > 0 && candidates.every((c) => c.meetsTarget !== undefined);
  const values = candidates
    .filter((c) => c.kpi.mean !== null && Number.isFinite(c.kpi.mean))
    .map((c) => ({
      label: c.label,
      description: c.description ?? c.label,
      total: c.total,
      mean: c.kpi.mean!,
      lower: c.kpi.lower ?? c.kpi.mean!,
      upper: c.kpi.upper ?? c.kpi.mean!,
      status: byVerdict ? (c.meetsTarget ? MEETS_ALL : MISSES_ONE) : status(c.kpi, goal),
    }));
  const [allStatuses, allColours] = byVerdict
    ? [
        [MEETS_ALL, MISSES_ONE],
        [planColour(2), planColour(5)],
      ]
    : goal === undefined
      ? [[NO_TARGET], [planColour(1)]]
      : [
          [MEETS, MEAN_ONLY, MISSES],
          [planColour(2), planColour(0), planColour(5)],
        ];
  const labelled = fittingLabels(values, goal?.value, options.width ?? 640, options.height ?? 260);
  values.forEach((v, i) => {
    v.label = labelled[i]!;
  });
  // The legend lists only the statuses drawn.
  const drawn = allStatuses.map((st) => values.some((v) => v.status === st));
  const statuses = allStatuses.filter((_, i) => drawn[i]);
  const colours = allColours.filter((_, i) => drawn[i]);
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
        description: { field: "description" },
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
