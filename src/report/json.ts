/**
 * Machine-readable reports: stable, versioned JSON for scripts. This file documents all five
 * formats (`gatesim --json` prints one of them) and builds the experiment documents; the run
 * document is built in ./json-run.ts. The key order is fixed by the code (not by the input),
 * computed numbers are rounded to six significant digits (integers exact), numbers the user
 * chose (target limits, grid values) are written exactly as given, and values that do not exist
 * are `null`, never NaN or Infinity. Output is pretty-printed with a final newline.
 *
 * Shared shapes:
 * ```text
 * Estimate          { n: number of values, mean, sd, halfWidth, lower, upper: number|null,
 *                     level: e.g. 0.95 }, every number in the KPI's unit
 * LabelledEstimate  Estimate followed by label: string and unit: string
 * unit              a KPI's unit, e.g. "trucks/day", "h" (hours), "trucks", "share" (in [0, 1])
 * ```
 *
 * ## `gatesim.comparison/1` ({@link comparisonJson})
 * ```text
 * format            "gatesim.comparison/1"
 * meta              object: caller-supplied context (tool version, command, date), keys sorted; {} if none
 * seed              string: master seed of the experiment
 * replications      number: paired replications run
 * nameA, nameB      string: configuration names; differences are B − A
 * kpis[]            one entry per KPI, in the summary's order:
 *   key             string: stable KPI key, e.g. "meanClearedPerDay"
 *   label           string: human label
 *   unit            string: the KPI's unit
 *   higherIsBetter  boolean
 *   a, b            Estimate of the KPI for A and for B
 *   difference      Estimate of B − A, paired by replication (same seeds, common random numbers)
 *   varianceReduction number|null: (Var A + Var B) / Var(B − A), the gain from pairing
 *   verdict         "b-better" | "a-better" | "no-clear-difference" | "undetermined"
 *                   (from the difference's interval and higherIsBetter; "undetermined" without one)
 * ```
 *
 * ## `gatesim.replications/1` ({@link replicationJson})
 * ```text
 * format            "gatesim.replications/1"
 * meta              object, as above
 * seed              string
 * replications      number
 * stoppedBecause    string|null: why sequential stopping ended, null when not used
 * kpis[]            { key, label, unit, n, mean, sd, halfWidth, lower, upper, level }, summary order
 * ```
 *
 * ## `gatesim.run/2` (`runJson`, ./json-run.ts)
 * ```text
 * format            "gatesim.run/2" (/1 named three fields without their unit:
 *                   backlog.daysToClearAtEnd, yard.meanOccupancy and yard.maxOccupancy are now
 *                   backlog.timeToClearAtEndDays, yard.meanOccupancyTrucks, yard.maxOccupancyTrucks)
 * meta              object, as above
 * run               one GateRunResult (src/gate/results.ts documents each field; units are in
 *                   the field names: …Hours, …Minutes, …Seconds, …Km, …PerDay, share… in [0, 1]),
 *                   keys in the order of that interface; record-valued fields (byDirection,
 *                   byCargoClass, byChannel, stations of queueOverTime, meanMinutesByChannel)
 *                   keep the model's key order; queueOverTime is omitted when
 *                   `includeQueueOverTime` is false
 * ```
 *
 * ## `gatesim.plan/1` ({@link planJson})
 * ```text
 * format            "gatesim.plan/1"
 * scenario          string: the planned scenario's name
 * target[]          the conditions as given: { kpi: KPI key, atMost?: number, atLeast?: number },
 *                   limits in the KPI's unit, exactly as given
 * feasible          boolean: whether the maximum levels meet the target (if not, nothing in range does)
 * best              Candidate|null: the least plan found; null when infeasible
 * candidates[]      Candidate: every one evaluated, in evaluation order
 * evaluated         number: distinct candidates evaluated
 * statement         string: the answer and its statistical confidence, in words
 * Candidate = {
 *   levels          object: resource → level (for the gate: station id → servers), search order
 *   total           number: sum of the levels
 *   kpis            object: KPI key → LabelledEstimate over the candidate's replications
 *   meetsTarget     boolean: every check holds
 *   checks[]        { kpi, relation: "≤" | "≥", limit: number (as given),
 *                     basis: "mean" | "upper" | "lower" (which estimate was compared),
 *                     value: number|null (that estimate, in the KPI's unit), holds: boolean }
 *   bottleneck      string|null: the limiting resource (for the gate: the most utilised station)
 * }
 * ```
 *
 * ## `gatesim.sweep/1` ({@link sweepJson})
 * ```text
 * format            "gatesim.sweep/1"
 * scenario          string: the swept scenario's name
 * seed              string: master seed, shared by every point (common random numbers)
 * replications      number: replications per point
 * rows[]            one per grid point, the last parameter varying fastest:
 *   point           object: parameter path → value, in --vary order, exactly as given
 *   kpis            object: KPI key → LabelledEstimate over the point's replications
 * ```
 */
import type { SweepRow } from "../experiment/sweep.js";
import type { ComparisonSummary, PairedKpi, ReplicationSummary } from "../experiment/types.js";
import { estimateJson, labelledEstimatesJson } from "./json-estimate.js";
import {
  type JsonMeta,
  type JsonValue,
  jsonExact,
  jsonNumber,
  jsonSafe,
  jsonText,
} from "./json-value.js";
import { verdictOf } from "./verdict.js";

/** Format tag of {@link comparisonJson}. */
export const COMPARISON_FORMAT = "gatesim.comparison/1";
/** Format tag of {@link replicationJson}. */
export const REPLICATIONS_FORMAT = "gatesim.replications/1";
/** Format tag of {@link sweepJson}. */
export const SWEEP_FORMAT = "gatesim.sweep/1";

function pairedKpi(kpi: PairedKpi): JsonValue {
  return {
    key: kpi.key,
    label: kpi.label,
    unit: kpi.unit,
    higherIsBetter: kpi.higherIsBetter,
    a: estimateJson(kpi.a),
    b: estimateJson(kpi.b),
    difference: estimateJson(kpi.difference),
    varianceReduction: jsonNumber(kpi.varianceReduction),
    verdict: verdictOf(kpi),
  };
}

/**
 * The `gatesim.comparison/1` document of a paired comparison (fields in this file's header).
 * Per-replication results in the summary are not included (use `runJson` per run).
 *
 * @example
 * const manual = { ...preset("huu-nghi-manual-2019")!, horizonDays: 2 };
 * const smart = { ...preset("huu-nghi-smart-2024")!, horizonDays: 2 };
 * const summary = await comparePaired({
 *   model: gateModel, configA: manual, configB: smart, nameA: "manual", nameB: "smart",
 *   seed: "1", replications: 3, kpis: GATE_KPIS,
 * });
 * const doc = JSON.parse(comparisonJson(summary, { tool: "gatesim 0.1.0" }));
 * doc.format;            // "gatesim.comparison/1"
 * doc.kpis[0].difference // { n: 3, mean: …, sd: …, halfWidth: …, lower: …, upper: …, level: 0.95 }
 */
export function comparisonJson(summary: ComparisonSummary<unknown>, meta: JsonMeta = {}): string {
  return jsonText({
    format: COMPARISON_FORMAT,
    meta: jsonSafe(meta, true),
    seed: summary.seed,
    replications: summary.replications,
    nameA: summary.nameA,
    nameB: summary.nameB,
    kpis: summary.kpis.map(pairedKpi),
  });
}

/**
 * The `gatesim.replications/1` document of one configuration's replications.
 *
 * @example
 * const smart = { ...preset("huu-nghi-smart-2024")!, horizonDays: 2 };
 * const summary = await replicate({
 *   model: gateModel, config: smart, seed: "1", replications: 3, kpis: GATE_KPIS,
 * });
 * JSON.parse(replicationJson(summary)).kpis[0].key; // "meanClearedPerDay"
 */
export function replicationJson(summary: ReplicationSummary<unknown>, meta: JsonMeta = {}): string {
  return jsonText({
    format: REPLICATIONS_FORMAT,
    meta: jsonSafe(meta, true),
    seed: summary.seed,
    replications: summary.replications,
    stoppedBecause: summary.stoppedBecause ?? null,
    kpis: Object.entries(summary.kpis).map(([key, kpi]) => ({
      key,
      label: kpi.label,
      unit: kpi.unit,
      ...estimateJson(kpi),
    })),
  });
}

/**
 * What {@link sweepJson} writes: the rows and how they were run.
 *
 * @inline
 */
export interface SweepJsonInput {
  /** The swept scenario's name. */
  readonly scenario: string;
  /** Master seed shared by every point. */
  readonly seed: string;
  /** Replications per point. */
  readonly replications: number;
  readonly rows: readonly SweepRow[];
}

/**
 * The `gatesim.sweep/1` document of a parameter sweep (fields in this file's header).
 *
 * @example
 * const smart = { ...preset("huu-nghi-smart-2024")!, horizonDays: 2 };
 * const rows = await sweep({
 *   model: gateModel, baseConfig: smart, grid: { "stations.customs.servers": [8, 10] },
 *   apply: (scenario, point) =>
 *     withParameter(scenario, "stations.customs.servers", point["stations.customs.servers"]),
 *   seed: "1", replications: 3, kpis: GATE_KPIS,
 * });
 * const doc = JSON.parse(sweepJson({ scenario: "smart", seed: "1", replications: 3, rows }));
 * doc.rows[0].point; // { "stations.customs.servers": 8 }
 */
export function sweepJson(input: SweepJsonInput): string {
  return jsonText({
    format: SWEEP_FORMAT,
    scenario: input.scenario,
    seed: input.seed,
    replications: input.replications,
    rows: input.rows.map((row) => {
      const point: Record<string, JsonValue> = {};
      for (const [path, value] of Object.entries(row.point)) point[path] = jsonExact(value);
      return { point, kpis: labelledEstimatesJson(row.kpis) };
    }),
  });
}
