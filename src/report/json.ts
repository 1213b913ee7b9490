/**
 * Machine-readable reports: stable, versioned JSON for scripts. The key order is fixed by this
 * file (not by the input), numbers are rounded to six significant digits (integers exact) and
 * values that do not exist are `null`, never NaN or Infinity. Output is pretty-printed with a
 * final newline.
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
 *   unit            string: e.g. "trucks/day", "h", "share" (a share is in [0, 1])
 *   higherIsBetter  boolean
 *   a, b            Estimate of the KPI for A and for B
 *   difference      Estimate of B − A, paired by replication (same seeds, common random numbers)
 *   varianceReduction number|null: (Var A + Var B) / Var(B − A), the gain from pairing
 *   verdict         "b-better" | "a-better" | "no-clear-difference" | "undetermined"
 *                   (from the difference's interval and higherIsBetter; "undetermined" without one)
 * Estimate = { n: number of values, mean, sd, halfWidth, lower, upper: number|null, level: e.g. 0.95 }
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
 * ## `gatesim.run/1` ({@link runJson})
 * ```text
 * format            "gatesim.run/1"
 * meta              object, as above
 * run               one GateRunResult (src/gate/results.ts documents each field), keys in the
 *                   order of that interface; record-valued fields (byDirection, byCargoClass,
 *                   byChannel, stations of queueOverTime, meanMinutesByChannel) keep the model's
 *                   key order; queueOverTime is omitted when `includeQueueOverTime` is false
 * ```
 */
import type {
  ComparisonSummary,
  KpiEstimate,
  PairedKpi,
  ReplicationSummary,
} from "../experiment/types.js";
import type { GateRunResult, StationKpis, TimeInSystemKpis } from "../gate/results.js";
import { type JsonMeta, type JsonValue, jsonNumber, jsonSafe, jsonText } from "./json-value.js";
import { verdictOf } from "./verdict.js";

/** Format tag of {@link comparisonJson}. */
export const COMPARISON_FORMAT = "gatesim.comparison/1";
/** Format tag of {@link replicationJson}. */
export const REPLICATIONS_FORMAT = "gatesim.replications/1";
/** Format tag of {@link runJson}. */
export const RUN_FORMAT = "gatesim.run/1";

function estimate(est: KpiEstimate): JsonValue {
  return {
    n: est.n,
    mean: jsonNumber(est.mean),
    sd: jsonNumber(est.sd),
    halfWidth: jsonNumber(est.halfWidth),
    lower: jsonNumber(est.lower),
    upper: jsonNumber(est.upper),
    level: jsonNumber(est.level),
  };
}

function pairedKpi(kpi: PairedKpi): JsonValue {
  return {
    key: kpi.key,
    label: kpi.label,
    unit: kpi.unit,
    higherIsBetter: kpi.higherIsBetter,
    a: estimate(kpi.a),
    b: estimate(kpi.b),
    difference: estimate(kpi.difference),
    varianceReduction: jsonNumber(kpi.varianceReduction),
    verdict: verdictOf(kpi),
  };
}

/**
 * The `gatesim.comparison/1` document of a paired comparison (fields in this file's header).
 * Per-replication results in the summary are not included (use {@link runJson} per run).
 *
 * @example
 * const doc = JSON.parse(comparisonJson(summary, { tool: "gatesim 0.1.0" }));
 * doc.format;            // "gatesim.comparison/1"
 * doc.kpis[0].difference // { n: 20, mean: 1659.2, sd: …, halfWidth: …, lower: …, upper: …, level: 0.95 }
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
      ...(estimate(kpi) as Record<string, JsonValue>),
    })),
  });
}

function timeInSystem(kpis: TimeInSystemKpis): Record<keyof TimeInSystemKpis, JsonValue> {
  return {
    cleared: kpis.cleared,
    meanHours: jsonNumber(kpis.meanHours),
    p50Hours: jsonNumber(kpis.p50Hours),
    p90Hours: jsonNumber(kpis.p90Hours),
    p99Hours: jsonNumber(kpis.p99Hours),
    maxHours: jsonNumber(kpis.maxHours),
    shareWithin24h: jsonNumber(kpis.shareWithin24h),
    shareWithinTarget: jsonNumber(kpis.shareWithinTarget),
    spoiled: kpis.spoiled,
  };
}

function groups(record: Record<string, TimeInSystemKpis>): JsonValue {
  const out: Record<string, JsonValue> = {};
  for (const [key, kpis] of Object.entries(record)) out[key] = timeInSystem(kpis);
  return out;
}

function station(s: StationKpis): Record<keyof StationKpis, JsonValue> {
  return {
    id: s.id,
    kind: s.kind,
    served: s.served,
    meanWaitMinutes: jsonNumber(s.meanWaitMinutes),
    p90WaitMinutes: jsonNumber(s.p90WaitMinutes),
    maxWaitMinutes: jsonNumber(s.maxWaitMinutes),
    meanServiceSeconds: jsonNumber(s.meanServiceSeconds),
    utilisation: jsonNumber(s.utilisation),
    meanServers: jsonNumber(s.meanServers),
    meanQueueTrucks: jsonNumber(s.meanQueueTrucks),
    maxQueueTrucks: s.maxQueueTrucks,
    downHours: jsonNumber(s.downHours),
    divertedTrucks: s.divertedTrucks,
  };
}

/** Options of {@link runJson}. */
export interface RunJsonOptions {
  /** Include the sampled queue lengths (large for long runs). Default true. */
  readonly includeQueueOverTime?: boolean;
}

/**
 * The `gatesim.run/1` document of one gate run: the run's KPIs in a fixed key order.
 *
 * @example
 * const doc = JSON.parse(runJson(result, {}, { includeQueueOverTime: false }));
 * doc.run.timeInSystem.p90Hours; // 1.42
 */
export function runJson(
  result: GateRunResult,
  meta: JsonMeta = {},
  options: RunJsonOptions = {},
): string {
  const run = {
    scenario: result.scenario,
    seed: result.seed,
    replication: result.replication,
    horizonDays: jsonNumber(result.horizonDays),
    drainDays: jsonNumber(result.drainDays),
    warmupDays: jsonNumber(result.warmupDays),
    trucks: {
      arrived: result.trucks.arrived,
      cleared: result.trucks.cleared,
      inSystemAtEnd: result.trucks.inSystemAtEnd,
      onRoadAtEnd: result.trucks.onRoadAtEnd,
      spoiled: result.trucks.spoiled,
      spoiledShareOfPerishables: jsonNumber(result.trucks.spoiledShareOfPerishables),
    } satisfies Record<keyof GateRunResult["trucks"], JsonValue>,
    throughput: {
      clearedPerDay: jsonSafe(result.throughput.clearedPerDay),
      arrivedPerDay: jsonSafe(result.throughput.arrivedPerDay),
      meanClearedPerDay: jsonNumber(result.throughput.meanClearedPerDay),
      maxClearedPerDay: jsonNumber(result.throughput.maxClearedPerDay),
      meanClearedPerHourOfDay: jsonSafe(result.throughput.meanClearedPerHourOfDay),
    } satisfies Record<keyof GateRunResult["throughput"], JsonValue>,
    backlog: {
      atStartOfDay: jsonSafe(result.backlog.atStartOfDay),
      maxTrucks: result.backlog.maxTrucks,
      atEndTrucks: result.backlog.atEndTrucks,
      daysToClearAtEnd: jsonNumber(result.backlog.daysToClearAtEnd),
    } satisfies Record<keyof GateRunResult["backlog"], JsonValue>,
    timeInSystem: {
      ...timeInSystem(result.timeInSystem),
      targetHours: jsonNumber(result.timeInSystem.targetHours),
    },
    byDirection: groups(result.byDirection),
    byCargoClass: groups(result.byCargoClass),
    byChannel: groups(result.byChannel),
    stations: result.stations.map(station),
    yard: {
      slots: jsonNumber(result.yard.slots),
      meanOccupancy: jsonNumber(result.yard.meanOccupancy),
      maxOccupancy: result.yard.maxOccupancy,
      meanRoadQueueTrucks: jsonNumber(result.yard.meanRoadQueueTrucks),
      maxRoadQueueTrucks: result.yard.maxRoadQueueTrucks,
      maxRoadQueueKm: jsonNumber(result.yard.maxRoadQueueKm),
    } satisfies Record<keyof GateRunResult["yard"], JsonValue>,
    segments: jsonSafe(result.segments),
    queueOverTime:
      options.includeQueueOverTime === false ? undefined : jsonSafe(result.queueOverTime),
    events: result.events,
  } satisfies Record<keyof GateRunResult, JsonValue | undefined>;
  return jsonText({ format: RUN_FORMAT, meta: jsonSafe(meta, true), run: jsonSafe(run) });
}
