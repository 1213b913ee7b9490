/**
 * Time in system per plan: mean, median (p50), p90 and p99 in hours as grouped bars with their
 * values written on top. The axis is scaled to the bars; the corridor's 24-hour goal is a dashed
 * line when it falls near them, else a note that it lies above the axis (a smart gate's bars of
 * minutes are not flattened by a 24-hour axis).
 */
import { formatNumber } from "../format.js";
import { renderVegaLiteSvg, type VegaLiteLayer } from "./render.js";
import { colourScale, type PlanRun } from "./series.js";
import { type ChartOptions, CONTEXT_GREY, frame, planColour } from "./theme.js";

/** Options of {@link timeInSystemChart}. */
export interface TimeInSystemOptions extends ChartOptions {
  /** A goal drawn as a dashed line, in hours (default 24, the corridor goal); null for none. */
  readonly goalHours?: number | null;
}

const STATISTICS = [
  ["mean", "meanHours"],
  ["median (p50)", "p50Hours"],
  ["p90", "p90Hours"],
  ["p99", "p99Hours"],
] as const;

/**
 * An SVG bar chart of time-in-system statistics (hours) per plan. Statistics that do not exist
 * (no truck cleared) are left out.
 *
 * @example
 * const manualRun = runGate({ ...preset("huu-nghi-manual-2019")!, horizonDays: 2 }, { seed: "1" });
 * const smartRun = runGate({ ...preset("huu-nghi-smart-2024")!, horizonDays: 2 }, { seed: "1" });
 * const svg = await timeInSystemChart([
 *   { name: "manual-2019", result: manualRun },
 *   { name: "smart-2024", result: smartRun },
 * ]);
 * svg.startsWith("<svg"); // true
 */
export async function timeInSystemChart(
  series: readonly PlanRun[],
  options: TimeInSystemOptions = {},
): Promise<string> {
  const values: Array<{ plan: string; statistic: string; hours: number; text: string }> = [];
  for (const { name, result } of series) {
    for (const [statistic, field] of STATISTICS) {
      const hours = result.timeInSystem[field];
      if (hours !== null && Number.isFinite(hours)) {
        values.push({ plan: name, statistic, hours, text: formatNumber(hours) });
      }
    }
  }
  const names = series.map((s) => s.name);
  const goal = options.goalHours === undefined ? 24 : options.goalHours;
  const x = {
    field: "statistic",
    type: "nominal" as const,
    title: null,
    sort: STATISTICS.map(([statistic]) => statistic),
    axis: { labelAngle: 0 },
  };
  const highest = Math.max(0, ...values.map((v) => v.hours));
  // Room above the tallest bar for its value; the goal joins the axis only when it is near.
  let top = highest > 0 ? highest * 1.15 : 1;
  const goalShown = goal !== null && Number.isFinite(goal);
  const goalOnAxis = goalShown && goal <= Math.max(highest * 1.6, top);
  if (goalOnAxis) top = Math.max(top, goal * 1.08);
  const yScale = { domain: [0, top], nice: true };
  const layers: VegaLiteLayer[] = [
    {
      mark: { type: "bar" },
      encoding: {
        x,
        xOffset: { field: "plan", sort: names },
        y: { field: "hours", type: "quantitative", title: "hours in system", scale: yScale },
        color: {
          field: "plan",
          type: "nominal",
          title: "plan",
          scale: colourScale(
            names,
            names.map((_, i) => planColour(i)),
          ),
        },
      },
    },
    {
      mark: { type: "text", dy: -6, fontSize: 10 },
      encoding: {
        x,
        xOffset: { field: "plan", sort: names },
        y: { field: "hours", type: "quantitative" },
        text: { field: "text" },
      },
    },
  ];
  if (goalShown && !goalOnAxis) {
    layers.push({
      data: { values: [{ text: `goal: ${formatNumber(goal)} h, above the top of the axis` }] },
      mark: {
        type: "text",
        align: "right",
        baseline: "top",
        color: CONTEXT_GREY,
        x: "width",
        y: 0,
      },
      encoding: { text: { field: "text" } },
    });
  }
  if (goalShown && goalOnAxis) {
    layers.push(
      {
        data: { values: [{ goal }] },
        mark: { type: "rule", color: CONTEXT_GREY, strokeDash: [5, 4] },
        encoding: { y: { field: "goal", type: "quantitative" } },
      },
      {
        data: { values: [{ goal, text: `goal: ${formatNumber(goal)} h` }] },
        mark: { type: "text", align: "right", dy: -6, color: CONTEXT_GREY, x: "width" },
        encoding: { y: { field: "goal", type: "quantitative" }, text: { field: "text" } },
      },
    );
  }
  return renderVegaLiteSvg(
    { ...frame(options, "Time in system (hours)"), data: { values }, layer: layers },
    options.idPrefix ?? "time-in-system-",
  );
}
