/**
 * The Time Release Study breakdown (the WCO's method): where a cleared truck's time goes, in
 * mean minutes per segment — on the road, at the identity check, the declaration, inspection,
 * quarantine, release and exit — per plan, averaged over the runs given (weighted by the trucks
 * each run cleared). Shared by the terminal table and the HTML pages.
 */
import type { Segment } from "../gate/encoding.js";
import type { GateRunResult } from "../gate/results.js";
import { formatNumber } from "./format.js";
import { textTable } from "./text-table.js";

/** Each segment's name on a page, in the order a truck meets them (a complete record). */
export const TRS_SEGMENT_LABELS: Readonly<Record<Segment, string>> = {
  road: "on the road",
  identity: "identity check",
  declaration: "declaration",
  inspection: "inspection",
  quarantine: "quarantine",
  release: "release",
  exit: "exit",
};

/** One plan's breakdown. */
export interface TrsBreakdown {
  /** The plan's name. */
  readonly plan: string;
  /** Runs averaged. */
  readonly runs: number;
  /** Mean minutes per segment (null when no run cleared a truck). */
  readonly minutes: Readonly<Record<Segment, number | null>>;
}

/**
 * A plan's breakdown from its runs: each segment's mean minutes, weighted by the trucks each
 * run cleared; null for a segment no run measured.
 *
 * @example
 * const run = runGate({ ...preset("huu-nghi-smart-2024")!, horizonDays: 2 }, { seed: "1" });
 * trsBreakdown("smart", [run]).minutes.road; // run.segments.meanMinutes.road
 */
export function trsBreakdown(plan: string, runs: readonly GateRunResult[]): TrsBreakdown {
  const minutes = {} as Record<Segment, number | null>;
  for (const segment of Object.keys(TRS_SEGMENT_LABELS) as Segment[]) {
    let sum = 0;
    let weight = 0;
    for (const run of runs) {
      const value = run.segments.meanMinutes[segment];
      const cleared = run.timeInSystem.cleared;
      if (value === null || !Number.isFinite(value) || cleared <= 0) continue;
      sum += value * cleared;
      weight += cleared;
    }
    minutes[segment] = weight > 0 ? sum / weight : null;
  }
  return { plan, runs: runs.length, minutes };
}

/** The segments as [key, label] pairs, in order. */
export function trsSegments(): Array<[Segment, string]> {
  return Object.entries(TRS_SEGMENT_LABELS) as Array<[Segment, string]>;
}

/**
 * The breakdown as a terminal table: one row per segment, one column of mean minutes per plan,
 * and the total.
 *
 * @example
 * const run = runGate({ ...preset("huu-nghi-smart-2024")!, horizonDays: 2 }, { seed: "1" });
 * console.log(trsTable([trsBreakdown("smart", [run])]));
 * // prints:
 * // Time Release Study: mean minutes per cleared truck
 * // segment         smart
 * // …
 */
export function trsTable(plans: readonly TrsBreakdown[]): string {
  const total = (p: TrsBreakdown) =>
    Object.values(p.minutes).reduce<number>((sum, m) => sum + (m ?? 0), 0);
  const minutes = (value: number | null) => formatNumber(value, value === null ? 0 : 1);
  return textTable({
    title: "Time Release Study: mean minutes per cleared truck",
    columns: [
      { header: "segment" },
      ...plans.map((p) => ({ header: p.plan, align: "right" as const })),
    ],
    rows: [
      ...trsSegments().map(([key, label]) => [label, ...plans.map((p) => minutes(p.minutes[key]))]),
      ["total", ...plans.map((p) => minutes(total(p)))],
    ],
  });
}
