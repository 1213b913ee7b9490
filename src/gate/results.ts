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
  /** Trucks waiting in its line when the run ended. */
  readonly queueAtEndTrucks: number;
}

/** Trucks that left without clearing, for one cargo class. */
export interface LossKpis {
  readonly turnedAway: number;
  readonly balked: number;
  readonly reneged: number;
  /** Lost over the class's trucks that came (null when none came). */
  readonly shareOfArrivals: number | null;
}

/** One cohort of trucks: those present at the start, or those that arrived during the run. */
export interface CohortKpis {
  /** Trucks in the cohort. */
  readonly trucks: number;
  readonly cleared: number;
  /** Turned away, balked or reneged. */
  readonly lost: number;
  readonly inSystemAtEnd: number;
  /** Perishables past their shelf life, cleared or still in the system. */
  readonly spoiled: number;
  /** Time in system of the cohort's cleared trucks (from their real arrival). */
  readonly timeInSystem: TimeInSystemKpis;
}

/** What happened to the trucks that arrived on one day. */
export interface ArrivalDayKpis {
  readonly day: number;
  /** Trucks that came that day (including those that left without clearing). */
  readonly arrived: number;
  readonly cleared: number;
  readonly lost: number;
  readonly inSystemAtEnd: number;
  /** Of those that cleared. */
  readonly meanTimeInSystemHours: number | null;
  readonly maxTimeInSystemHours: number | null;
  /** Share of those that cleared within the target time in system. */
  readonly shareWithinTarget: number | null;
  /** Perishables past their shelf life, cleared or still in the system at the end. */
  readonly spoiled: number;
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
    /** Trucks already in the system at the start (the scenario's `initialState`). */
    readonly initial: number;
    /** Trucks that came to the gate during the run, those that left without clearing included. */
    readonly arrived: number;
    readonly cleared: number;
    /** Trucks still in the system (road queue included) when the run ended. */
    readonly inSystemAtEnd: number;
    readonly onRoadAtEnd: number;
    /** Trucks an admission rule refused (they never entered). */
    readonly turnedAway: number;
    /** Trucks that did not join because the road queue was too long. */
    readonly balked: number;
    /** Trucks that left a queue when their patience ran out. */
    readonly reneged: number;
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
    /** The backlog counted as cleared: the scenario's `backlogTargetTrucks` (default 0). */
    readonly targetTrucks: number;
    /**
     * The first day from which the backlog at 00:00 stays at or below the target until the end
     * of the run ("the queue is gone on day 9"); null when it is above the target at the end.
     */
    readonly clearFromDay: number | null;
  };
  readonly timeInSystem: TimeInSystemKpis & { readonly targetHours: number };
  readonly byDirection: Record<string, TimeInSystemKpis>;
  readonly byCargoClass: Record<string, TimeInSystemKpis>;
  readonly byChannel: Record<string, TimeInSystemKpis>;
  /** Trucks that left without clearing, by cargo class. */
  readonly losses: { readonly byCargoClass: Record<string, LossKpis> };
  /**
   * The trucks present at the start and the trucks that arrived during the run, apart
   * (`initial` is null without an `initialState`); their union is the overall figures.
   */
  readonly cohorts: { readonly initial: CohortKpis | null; readonly arrivals: CohortKpis };
  /** What happened to the trucks that arrived on each day (horizon then drain days). */
  readonly byArrivalDay: readonly ArrivalDayKpis[];
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
