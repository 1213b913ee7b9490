/**
 * One gate run as the `gatesim.run/2` document (its fields are listed in ./json.ts with the
 * other formats): the run's KPIs in a fixed key order, numbers through the shared guards.
 */
import type { CohortKpis, GateRunResult, StationKpis, TimeInSystemKpis } from "../gate/results.js";
import { type JsonMeta, type JsonValue, jsonNumber, jsonSafe, jsonText } from "./json-value.js";

/** Format tag of {@link runJson}. */
export const RUN_FORMAT = "gatesim.run/2";

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

function cohort(kpis: CohortKpis): Record<keyof CohortKpis, JsonValue> {
  return {
    trucks: kpis.trucks,
    cleared: kpis.cleared,
    lost: kpis.lost,
    inSystemAtEnd: kpis.inSystemAtEnd,
    spoiled: kpis.spoiled,
    timeInSystem: timeInSystem(kpis.timeInSystem),
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
    queueAtEndTrucks: s.queueAtEndTrucks,
    renegedTrucks: s.renegedTrucks,
  };
}

/**
 * Options of {@link runJson}.
 *
 * @inline
 */
export interface RunJsonOptions {
  /** Include the sampled queue lengths (large for long runs). Default true. */
  readonly includeQueueOverTime?: boolean;
}

/**
 * The `gatesim.run/2` document of one gate run: the run's KPIs in a fixed key order.
 *
 * @example
 * const result = runGate({ ...preset("huu-nghi-smart-2024")!, horizonDays: 2 }, { seed: "1" });
 * const doc = JSON.parse(runJson(result, {}, { includeQueueOverTime: false }));
 * doc.format; // "gatesim.run/2"
 * doc.run.timeInSystem.p90Hours; // ≈ 1 h
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
      initial: result.trucks.initial,
      arrived: result.trucks.arrived,
      cleared: result.trucks.cleared,
      inSystemAtEnd: result.trucks.inSystemAtEnd,
      onRoadAtEnd: result.trucks.onRoadAtEnd,
      turnedAway: result.trucks.turnedAway,
      balked: result.trucks.balked,
      reneged: result.trucks.reneged,
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
      timeToClearAtEndDays: jsonNumber(result.backlog.timeToClearAtEndDays),
      targetTrucks: result.backlog.targetTrucks,
      clearFromDay: jsonNumber(result.backlog.clearFromDay),
    } satisfies Record<keyof GateRunResult["backlog"], JsonValue>,
    timeInSystem: {
      ...timeInSystem(result.timeInSystem),
      targetHours: jsonNumber(result.timeInSystem.targetHours),
    },
    byDirection: groups(result.byDirection),
    byCargoClass: groups(result.byCargoClass),
    byChannel: groups(result.byChannel),
    losses: jsonSafe(result.losses),
    cohorts: {
      initial: result.cohorts.initial === null ? null : cohort(result.cohorts.initial),
      arrivals: cohort(result.cohorts.arrivals),
    },
    byArrivalDay: jsonSafe(result.byArrivalDay),
    stations: result.stations.map(station),
    yard: {
      slots: jsonNumber(result.yard.slots),
      meanOccupancyTrucks: jsonNumber(result.yard.meanOccupancyTrucks),
      maxOccupancyTrucks: result.yard.maxOccupancyTrucks,
      meanRoadQueueTrucks: jsonNumber(result.yard.meanRoadQueueTrucks),
      maxRoadQueueTrucks: result.yard.maxRoadQueueTrucks,
      maxRoadQueueKm: jsonNumber(result.yard.maxRoadQueueKm),
    } satisfies Record<keyof GateRunResult["yard"], JsonValue>,
    segments: jsonSafe(result.segments),
    queueOverTime:
      options.includeQueueOverTime === false ? undefined : jsonSafe(result.queueOverTime),
    events: result.events,
    warnings: jsonSafe(result.warnings),
  } satisfies Record<keyof GateRunResult, JsonValue | undefined>;
  return jsonText({ format: RUN_FORMAT, meta: jsonSafe(meta, true), run: jsonSafe(run) });
}
