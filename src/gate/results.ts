/**
 * What one run of the gate model reports: plain JSON-safe data with units in the field names.
 * Statistics that do not exist (no truck of a group cleared) are `null`, never NaN.
 * The field names are a contract for scripts (documented in the README).
 */
import type { Segment } from "./encoding.js";

/** Time in system of a group of trucks that cleared. */
export interface TimeInSystemKpis {
  /** Trucks of the group that cleared. */
  readonly cleared: number;
  readonly meanHours: number | null;
  readonly p50Hours: number | null;
  readonly p90Hours: number | null;
  readonly p99Hours: number | null;
  readonly maxHours: number | null;
  /** Share of cleared trucks whose time in system was at most 24 h (the corridor goal). */
  readonly shareWithin24h: number | null;
  /** Share within the scenario's `targetTimeInSystemHours`. */
  readonly shareWithinTarget: number | null;
  /** Perishable trucks whose time in system exceeded their shelf life. */
  readonly spoiled: number;
}

/** One station over the run. */
export interface StationKpis {
  readonly id: string;
  readonly kind: string;
  /** Trucks whose service started. */
  readonly served: number;
  readonly meanWaitMinutes: number | null;
  readonly p90WaitMinutes: number | null;
  readonly maxWaitMinutes: number | null;
  readonly meanServiceSeconds: number | null;
  /** Busy server-time over available server-time (null when it never opened). */
  readonly utilisation: number | null;
  /** Servers available on average over the run. */
  readonly meanServers: number | null;
  readonly meanQueueTrucks: number | null;
  readonly maxQueueTrucks: number;
  /** Time spent down through outages, hours. */
  readonly downHours: number;
  /** Trucks sent to the fallback station because this one was down. */
  readonly divertedTrucks: number;
}

/** Mean minutes per Time Release Study segment. */
export type SegmentMinutes = Record<Segment, number | null>;

/** The result of one run. */
export interface GateRunResult {
  readonly scenario: string;
  readonly seed: string;
  readonly replication: number;
  readonly horizonDays: number;
  readonly drainDays: number;
  /** Days at the start left out of the KPIs (the counts per day still cover them). */
  readonly warmupDays: number;
  readonly trucks: {
    readonly arrived: number;
    readonly cleared: number;
    /** Trucks still in the system (road queue included) when the run ended. */
    readonly inSystemAtEnd: number;
    readonly onRoadAtEnd: number;
    /** Spoiled perishables: cleared too late, or still in the system past their shelf life. */
    readonly spoiled: number;
    /** Spoiled over perishable trucks arrived. */
    readonly spoiledShareOfPerishables: number | null;
  };
  readonly throughput: {
    /** Trucks cleared on each calendar day (horizon then drain days). */
    readonly clearedPerDay: readonly number[];
    /** Trucks arrived on each calendar day. */
    readonly arrivedPerDay: readonly number[];
    /** Mean trucks cleared per day over the horizon. */
    readonly meanClearedPerDay: number;
    /** Most trucks cleared in one day of the horizon. */
    readonly maxClearedPerDay: number;
    /** Mean trucks cleared in each hour of the day (index 0 = 00:00-01:00), horizon days. */
    readonly meanClearedPerHourOfDay: readonly number[];
  };
  readonly backlog: {
    /** Trucks in the system (road included) at 00:00 of each day. */
    readonly atStartOfDay: readonly number[];
    readonly maxTrucks: number;
    readonly atEndTrucks: number;
    /** The end backlog in days of the gate's mean daily throughput (null when nothing cleared). */
    readonly timeToClearAtEndDays: number | null;
  };
  readonly timeInSystem: TimeInSystemKpis & { readonly targetHours: number };
  readonly byDirection: Record<string, TimeInSystemKpis>;
  readonly byCargoClass: Record<string, TimeInSystemKpis>;
  readonly byChannel: Record<string, TimeInSystemKpis>;
  readonly stations: readonly StationKpis[];
  readonly yard: {
    readonly slots: number | null;
    readonly meanOccupancyTrucks: number | null;
    readonly maxOccupancyTrucks: number;
    readonly meanRoadQueueTrucks: number | null;
    readonly maxRoadQueueTrucks: number;
    readonly maxRoadQueueKm: number | null;
  };
  readonly segments: {
    readonly meanMinutes: SegmentMinutes;
    readonly meanMinutesByChannel: Record<string, SegmentMinutes>;
  };
  /** Queue lengths sampled at the start of each hour (or day, for long runs). */
  readonly queueOverTime: {
    readonly intervalHours: number;
    readonly road: readonly number[];
    readonly yard: readonly number[];
    readonly stations: Record<string, readonly number[]>;
  };
  readonly events: number;
}

/** A per-truck record (Time Release Study), streamed when asked for. */
export interface TruckRecord {
  readonly id: number;
  readonly direction: string;
  readonly cargoClass: string;
  readonly channel: string;
  readonly arrivalSeconds: number;
  readonly exitSeconds: number;
  readonly timeInSystemSeconds: number;
  readonly spoiled: boolean;
  /** Seconds per segment, in `SEGMENTS` order. */
  readonly segmentSeconds: Record<Segment, number>;
}
