/**
 * The input of the run charts: one representative run per plan, and helpers shared by them
 * (thinning long series, the drain-period band).
 */
import type { GateRunResult } from "../../gate/results.js";
import type { VegaLiteLayer } from "./render.js";
import { CONTEXT_GREY } from "./theme.js";

/** One plan's representative run, named as it should appear in the legend. */
export interface PlanRun {
  /** The plan's name in legends. */
  readonly name: string;
  /** One run of the plan. */
  readonly result: GateRunResult;
}

/**
 * Thins `values` to at most `maxPoints` by taking the largest value of each run of consecutive
 * samples (so peaks stay visible); returns [index of the bin's first sample, value] pairs.
 *
 * @example
 * thinByMax([1, 5, 2, 2, 9], 3); // [[0, 5], [2, 2], [4, 9]]
 */
export function thinByMax(values: readonly number[], maxPoints: number): Array<[number, number]> {
  const step = Math.max(1, Math.ceil(values.length / Math.max(1, Math.floor(maxPoints))));
  const out: Array<[number, number]> = [];
  for (let start = 0; start < values.length; start += step) {
    let max = values[start]!;
    for (let i = start + 1; i < Math.min(values.length, start + step); i++) {
      if (values[i]! > max) max = values[i]!;
    }
    out.push([start, max]);
  }
  return out;
}

/** The shared horizon of the runs when they agree and drain days follow it, else null. */
export function drainStartDay(series: readonly PlanRun[]): number | null {
  const first = series[0]?.result;
  if (first === undefined || first.drainDays <= 0) return null;
  const same = series.every(
    (s) => s.result.horizonDays === first.horizonDays && s.result.drainDays === first.drainDays,
  );
  return same ? first.horizonDays : null;
}

/** The label of the shaded drain period. */
export const DRAIN_LABEL = "drain: no new arrivals";

/**
 * Vega-Lite layers shading the drain period from `from` to `to` on the x field definition `x`,
 * labelled at the top.
 */
export function drainLayers(from: number, to: number, x: Record<string, unknown>): VegaLiteLayer[] {
  const band = { ...x, field: "from" };
  return [
    {
      data: { values: [{ from, to }] },
      mark: { type: "rect", color: CONTEXT_GREY, opacity: 0.12 },
      encoding: { x: band, x2: { field: "to" } },
    },
    {
      data: { values: [{ from, text: DRAIN_LABEL }] },
      mark: {
        type: "text",
        align: "left",
        baseline: "top",
        dx: 4,
        dy: 4,
        y: 0,
        fontSize: 10,
        color: "#555555",
      },
      encoding: { x: band, text: { field: "text" } },
    },
  ];
}

/** Colour scale of the plans (and optional context series after them). */
export function colourScale(names: readonly string[], colours: readonly string[]) {
  return { domain: [...names], range: [...colours] };
}
