/**
 * Hand-built inputs for the report tests: gate runs and experiment summaries shaped like the
 * simulator's, with round numbers and the awkward cases (nulls, a malicious name) on purpose.
 * Nothing here runs the simulator.
 */
import type {
  ComparisonSummary,
  KpiEstimate,
  PairedKpi,
  ReplicationSummary,
} from "../../src/experiment/types.js";
import type {
  GateRunResult,
  SegmentMinutes,
  StationKpis,
  TimeInSystemKpis,
  TruckRecord,
} from "../../src/gate/results.js";

export function estimate(
  mean: number | null,
  halfWidth: number | null,
  n = 20,
  level = 0.95,
): KpiEstimate {
  return {
    n,
    mean,
    sd: halfWidth === null ? null : halfWidth * 2.1,
    halfWidth,
    lower: mean === null || halfWidth === null ? null : mean - halfWidth,
    upper: mean === null || halfWidth === null ? null : mean + halfWidth,
    level,
  };
}

function group(meanHours: number | null, cleared: number): TimeInSystemKpis {
  return {
    cleared,
    meanHours,
    p50Hours: meanHours === null ? null : meanHours * 0.8,
    p90Hours: meanHours === null ? null : meanHours * 1.9,
    p99Hours: meanHours === null ? null : meanHours * 3.1,
    maxHours: meanHours === null ? null : meanHours * 4,
    shareWithin24h: meanHours === null ? null : meanHours > 24 ? 0.12 : 0.995,
    shareWithinTarget: meanHours === null ? null : 0.8,
    spoiled: meanHours !== null && meanHours > 24 ? 37 : 0,
  };
}

function station(
  id: string,
  kind: string,
  waitMinutes: number | null,
  utilisation: number,
): StationKpis {
  return {
    id,
    kind,
    served: 1000,
    meanWaitMinutes: waitMinutes,
    p90WaitMinutes: waitMinutes === null ? null : waitMinutes * 2,
    maxWaitMinutes: waitMinutes === null ? null : waitMinutes * 5,
    meanServiceSeconds: 15,
    utilisation,
    meanServers: 4,
    meanQueueTrucks: 3.25,
    maxQueueTrucks: 41,
    downHours: 0,
    divertedTrucks: 0,
    queueAtEndTrucks: 2,
    renegedTrucks: 0,
  };
}

const segments = (scale: number): SegmentMinutes => ({
  road: 600 * scale,
  identity: 2 * scale,
  declaration: 30 * scale,
  inspection: 45 * scale,
  quarantine: null,
  release: 5 * scale,
  exit: 1,
});

export interface RunShape {
  readonly scenario: string;
  readonly clearedPerDay: readonly number[];
  readonly meanHours: number | null;
  readonly roadQueue: readonly number[];
}

/** A fake run: 4 horizon days + 1 drain day, 6-hourly queue samples. */
export function makeRun(shape: RunShape): GateRunResult {
  const arrivedPerDay = [1650, 1700, 1600, 1680, 0];
  const cleared = shape.clearedPerDay.reduce((sum, n) => sum + n, 0);
  const horizon = shape.clearedPerDay.slice(0, 4);
  const meanClearedPerDay = horizon.reduce((sum, n) => sum + n, 0) / horizon.length;
  return {
    scenario: shape.scenario,
    seed: "42",
    replication: 0,
    horizonDays: 4,
    drainDays: 1,
    warmupDays: 0,
    trucks: {
      initial: 0,
      arrived: 6630,
      cleared,
      inSystemAtEnd: 6630 - cleared,
      onRoadAtEnd: 12,
      turnedAway: 0,
      balked: 0,
      reneged: 0,
      spoiled: shape.meanHours !== null && shape.meanHours > 24 ? 37 : 0,
      spoiledShareOfPerishables: shape.meanHours === null ? null : 0.031,
    },
    throughput: {
      clearedPerDay: shape.clearedPerDay,
      arrivedPerDay,
      meanClearedPerDay,
      maxClearedPerDay: Math.max(...horizon),
      meanClearedPerHourOfDay: Array.from({ length: 24 }, (_, h) => (h >= 7 && h < 17 ? 160 : 10)),
    },
    backlog: {
      atStartOfDay: [0, 120, 340, 500, 610],
      maxTrucks: 712,
      atEndTrucks: 6630 - cleared,
      timeToClearAtEndDays: meanClearedPerDay > 0 ? (6630 - cleared) / meanClearedPerDay : null,
      targetTrucks: 0,
      clearFromDay: null,
    },
    timeInSystem: { ...group(shape.meanHours, cleared), targetHours: 24 },
    byDirection: { export: group(shape.meanHours, 2000), import: group(shape.meanHours, 4000) },
    byCargoClass: { durian: group(shape.meanHours, 900), general: group(null, 0) },
    byChannel: { green: group(shape.meanHours, 5000), red: group(shape.meanHours, 600) },
    losses: { byCargoClass: {} },
    cohorts: {
      initial: null,
      arrivals: {
        trucks: 6630,
        cleared,
        lost: 0,
        inSystemAtEnd: 6630 - cleared,
        spoiled: 0,
        timeInSystem: group(shape.meanHours, cleared),
      },
    },
    byArrivalDay: [],
    stations: [
      station("identity", "identity", 4.5, 0.83),
      station("customs, docs", "declaration", null, 0.4567),
    ],
    yard: {
      slots: null,
      meanOccupancyTrucks: 120.5,
      maxOccupancyTrucks: 300,
      meanRoadQueueTrucks: 80.25,
      maxRoadQueueTrucks: 410,
      maxRoadQueueKm: 8.2,
    },
    segments: {
      meanMinutes: segments(1),
      meanMinutesByChannel: { green: segments(0.5), red: segments(2) },
    },
    queueOverTime: {
      intervalHours: 6,
      road: shape.roadQueue,
      yard: shape.roadQueue.map((n) => n / 2),
      stations: {
        identity: shape.roadQueue.map((n) => Math.round(n / 10)),
        "customs, docs": shape.roadQueue.map((n) => Math.round(n / 20)),
      },
    },
    events: 123456789,
    warnings: [],
  };
}

const queueShape = (peak: number) =>
  Array.from({ length: 20 }, (_, i) => Math.round(peak * Math.sin((Math.PI * i) / 19)));

export const manualRun: GateRunResult = makeRun({
  scenario: "manual-2019",
  clearedPerDay: [1500, 1550, 1600, 1580, 400],
  meanHours: 76.2,
  roadQueue: queueShape(900),
});

export const smartRun: GateRunResult = makeRun({
  scenario: "smart-2024",
  clearedPerDay: [1650, 1700, 1600, 1680, 0],
  meanHours: 0.82,
  roadQueue: queueShape(12),
});

function paired(
  key: string,
  label: string,
  unit: string,
  higherIsBetter: boolean,
  a: KpiEstimate,
  b: KpiEstimate,
  difference: KpiEstimate,
  varianceReduction: number | null,
): PairedKpi {
  return { key, label, unit, higherIsBetter, a, b, difference, varianceReduction };
}

/** A comparison with a clear throughput gain, a clear time cut, a share, a tie and a null KPI. */
export function makeComparison(
  nameA = "manual-2019",
  nameB = "smart-2024",
): ComparisonSummary<GateRunResult> {
  return {
    seed: "42",
    replications: 20,
    nameA,
    nameB,
    kpis: [
      paired(
        "meanClearedPerDay",
        "Trucks cleared per day",
        "trucks/day",
        true,
        estimate(1650.23, 12.4),
        estimate(3309.41, 15.02),
        estimate(1659.18, 19.37),
        3.2,
      ),
      paired(
        "meanTimeInSystemHours",
        "Time in system, mean",
        "h",
        false,
        estimate(76.21, 3.1),
        estimate(0.8234, 0.0123),
        estimate(-75.39, 3.09),
        1.01,
      ),
      paired(
        "shareWithin24h",
        "Cleared within 24 h",
        "share",
        true,
        estimate(0.1234, 0.0112),
        estimate(0.9951, 0.0011),
        estimate(0.8717, 0.0113),
        null,
      ),
      paired(
        "maxQueueIdentity",
        "Identity queue, max",
        "trucks",
        false,
        estimate(41, 2),
        estimate(40, 2.5),
        estimate(-1, 3),
        1.4,
      ),
      paired(
        "spoiledShare",
        "Spoiled share of perishables",
        "share",
        false,
        estimate(null, null, 0),
        estimate(null, null, 0),
        estimate(null, null, 0),
        null,
      ),
    ],
    resultsA: [manualRun],
    resultsB: [smartRun],
  };
}

export function makeReplicationSummary(): ReplicationSummary<GateRunResult> {
  return {
    seed: "7",
    replications: 12,
    kpis: {
      meanClearedPerDay: {
        ...estimate(3309.41, 15.02, 12),
        label: "Trucks cleared per day",
        unit: "trucks/day",
      },
      shareWithin24h: {
        ...estimate(0.9951, 0.0011, 12),
        label: "Cleared within 24 h",
        unit: "share",
      },
      spoiled: { ...estimate(4, null, 1), label: "Spoiled trucks", unit: "trucks" },
    },
    stoppedBecause: "half-width reached",
  };
}

export const truckRecord: TruckRecord = {
  id: 17,
  direction: "import",
  cargoClass: 'durian, "fresh"',
  channel: "green",
  arrivalSeconds: 3600,
  exitSeconds: 4521.5,
  timeInSystemSeconds: 921.5,
  spoiled: false,
  segmentSeconds: {
    road: 600,
    identity: 15,
    declaration: 200.25,
    inspection: 0,
    quarantine: 0,
    release: 100,
    exit: 6.25,
  },
};
