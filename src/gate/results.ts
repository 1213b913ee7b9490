/**
 * What one run of the gate model reports: plain JSON-safe data with units in the field names.
 * Statistics that do not exist (no truck of a group cleared) are `null`, never NaN.
 * The field names are a contract for scripts (documented in the README).
 */
import type { Segment } from "./encoding.js";
import type { GateWarning } from "./warnings.js";

/** Time in system of a group of trucks that cleared. */
export interface TimeInSystemKpis {
  /** Trucks of the group that cleared. */
  readonly cleared: number;
  /** Mean time in system of the cleared trucks, hours (null when none cleared). */
  readonly meanHours: number | null;
  /** Median time in system, hours. */
  readonly p50Hours: number | null;
  /** 90th percentile of the time in system, hours. */
  readonly p90Hours: number | null;
  /** 99th percentile of the time in system, hours. */
  readonly p99Hours: number | null;
  /** Longest time in system of a cleared truck, hours. */
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
  /** The station's id in the scenario. */
  readonly id: string;
  /** The station kind (customs, x-ray-portal, …). */
  readonly kind: string;
  /** Trucks whose service started. */
  readonly served: number;
  /** Mean wait for a server of the trucks served, minutes (null when none was served). */
  readonly meanWaitMinutes: number | null;
  /** 90th percentile of the wait for a server, minutes. */
  readonly p90WaitMinutes: number | null;
  /** Longest wait for a server, minutes. */
  readonly maxWaitMinutes: number | null;
  /** Mean service time of the trucks served, seconds. */
  readonly meanServiceSeconds: number | null;
  /** Busy server-time over available server-time (null when it never opened). */
  readonly utilisation: number | null;
  /** Servers available on average over the run. */
  readonly meanServers: number | null;
  /** Time-averaged number of trucks waiting for a server. */
  readonly meanQueueTrucks: number | null;
  /** Most trucks waiting for a server at once. */
  readonly maxQueueTrucks: number;
  /** Time spent down through outages, hours. */
  readonly downHours: number;
  /** Trucks sent to the fallback station because this one was down. */
  readonly divertedTrucks: number;
  /** Trucks waiting in its line when the run ended. */
  readonly queueAtEndTrucks: number;
  /** Trucks that gave up in its line (reneging). */
  readonly renegedTrucks: number;
}

/** Trucks that left without clearing, for one cargo class. */
export interface LossKpis {
  /** Refused by an admission rule. */
  readonly turnedAway: number;
  /** Did not join a long road queue. */
  readonly balked: number;
  /** Left a queue when their patience ran out. */
  readonly reneged: number;
  /** Lost over the class's trucks that came (null when none came). */
  readonly shareOfArrivals: number | null;
}

/** One cohort of trucks: those present at the start, or those that arrived during the run. */
export interface CohortKpis {
  /** Trucks in the cohort. */
  readonly trucks: number;
  /** Trucks of the cohort that cleared. */
  readonly cleared: number;
  /** Turned away, balked or reneged. */
  readonly lost: number;
  /** Trucks of the cohort still in the system at the end. */
  readonly inSystemAtEnd: number;
  /** Perishables past their shelf life, cleared or still in the system. */
  readonly spoiled: number;
  /** Time in system of the cohort's cleared trucks (from their real arrival). */
  readonly timeInSystem: TimeInSystemKpis;
}

/** What happened to the trucks that arrived on one day. */
export interface ArrivalDayKpis {
  /** The day of arrival, from 0. */
  readonly day: number;
  /** Trucks that came that day (including those that left without clearing). */
  readonly arrived: number;
  /** Of them, trucks that cleared. */
  readonly cleared: number;
  /** Of them, trucks turned away, balked or reneged. */
  readonly lost: number;
  /** Of them, trucks still in the system at the end. */
  readonly inSystemAtEnd: number;
  /** Mean time in system of those that cleared, hours. */
  readonly meanTimeInSystemHours: number | null;
  /** Longest time in system of those that cleared, hours. */
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
  /** The scenario's name. */
  readonly scenario: string;
  /** The master seed of the random streams. */
  readonly seed: string;
  /** The replication index (its own random streams under the same seed). */
  readonly replication: number;
  /** Days of arrivals simulated. */
  readonly horizonDays: number;
  /** Days simulated after arrivals stopped. */
  readonly drainDays: number;
  /** Days at the start left out of the KPIs (the counts per day still cover them). */
  readonly warmupDays: number;
  /** Truck counts over the run. */
  readonly trucks: {
    /** Trucks already in the system at the start (the scenario's `initialState`). */
    readonly initial: number;
    /** Trucks that came to the gate during the run, those that left without clearing included. */
    readonly arrived: number;
    /** Trucks that cleared the gate and left. */
    readonly cleared: number;
    /** Trucks still in the system (road queue included) when the run ended. */
    readonly inSystemAtEnd: number;
    /** Trucks waiting on the road for a yard slot when the run ended. */
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
  /** Trucks cleared (and arrived) per day and per hour of the day. */
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
  /** Trucks in the system (road included) over the run. */
  readonly backlog: {
    /** Trucks in the system (road included) at 00:00 of each day. */
    readonly atStartOfDay: readonly number[];
    /** Largest backlog, in trucks, at the start of a measured day or at the end. */
    readonly maxTrucks: number;
    /** Trucks in the system (road included) when the run ended. */
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
  /** Time in system of every cleared truck, with the target it is measured against, hours. */
  readonly timeInSystem: TimeInSystemKpis & { readonly targetHours: number };
  /** Time in system by direction (export, import). */
  readonly byDirection: Record<string, TimeInSystemKpis>;
  /** Time in system by cargo class id. */
  readonly byCargoClass: Record<string, TimeInSystemKpis>;
  /** Time in system by customs channel ("none" for trucks given no channel, green, yellow, red). */
  readonly byChannel: Record<string, TimeInSystemKpis>;
  /** Trucks that left without clearing, by cargo class. */
  readonly losses: {
    /** Cargo class id → its trucks turned away, balked and reneged. */
    readonly byCargoClass: Record<string, LossKpis>;
  };
  /**
   * The trucks present at the start and the trucks that arrived during the run, apart
   * (`initial` is null without an `initialState`); their union is the overall figures.
   */
  readonly cohorts: {
    /** The trucks present at the start (null without an initial state). */
    readonly initial: CohortKpis | null;
    /** The trucks that arrived during the run. */
    readonly arrivals: CohortKpis;
  };
  /** What happened to the trucks that arrived on each day (horizon then drain days). */
  readonly byArrivalDay: readonly ArrivalDayKpis[];
  /** Every station of the scenario, in scenario order, then the neighbour's acceptance if modelled. */
  readonly stations: readonly StationKpis[];
  /** The yard and the road queue in front of it. */
  readonly yard: {
    /** Places in the yard, in trucks (null: unlimited). */
    readonly slots: number | null;
    /** Time-averaged trucks in the yard over the measured days (null: unlimited yard). */
    readonly meanOccupancyTrucks: number | null;
    /** Most trucks in the yard at once. */
    readonly maxOccupancyTrucks: number;
    /** Time-averaged trucks waiting on the road over the measured days (null: unlimited yard). */
    readonly meanRoadQueueTrucks: number | null;
    /** Most trucks waiting on the road at once. */
    readonly maxRoadQueueTrucks: number;
    /** The longest road queue in km (null without `truckSpacingMetres`). */
    readonly maxRoadQueueKm: number | null;
  };
  /** Mean minutes per Time Release Study segment. */
  readonly segments: {
    /** Over every cleared truck. */
    readonly meanMinutes: SegmentMinutes;
    /** By customs channel ("none", green, yellow, red). */
    readonly meanMinutesByChannel: Record<string, SegmentMinutes>;
  };
  /** Queue lengths sampled at the start of each hour (or day, for long runs). */
  readonly queueOverTime: {
    /** Hours between samples (a divisor of 24). */
    readonly intervalHours: number;
    /** Trucks waiting on the road at each sample. */
    readonly road: readonly number[];
    /** Trucks in the yard at each sample. */
    readonly yard: readonly number[];
    /** Trucks waiting for a server at each sample, by station id. */
    readonly stations: Record<string, readonly number[]>;
  };
  /** Calendar events the simulation processed (a measure of the work done). */
  readonly events: number;
  /** Stations (or the other side) whose demand is at or above their capacity (see gateWarnings). */
  readonly warnings: readonly GateWarning[];
}

/** A per-truck record (Time Release Study), streamed when asked for. */
export interface TruckRecord {
  /** The truck's number, in arrival order from 0. */
  readonly id: number;
  /** Its direction: "export" or "import". */
  readonly direction: string;
  /** Its cargo class id. */
  readonly cargoClass: string;
  /** Its customs channel: "green", "yellow", "red", or "none" when no step assigned one. */
  readonly channel: string;
  /** When it arrived, seconds from the start of day 0. */
  readonly arrivalSeconds: number;
  /** When it left the gate, seconds from the start of day 0. */
  readonly exitSeconds: number;
  /** Seconds from arrival to exit. */
  readonly timeInSystemSeconds: number;
  /** Perishable cargo whose time in system exceeded its shelf life. */
  readonly spoiled: boolean;
  /** Seconds per segment, in `SEGMENTS` order. */
  readonly segmentSeconds: Record<Segment, number>;
}
