/**
 * The ledger of trucks through the gate: who is in the system (an intrusive list), arrivals and
 * exits per calendar day and hour, the backlog at the start of each day, time in system by
 * cohort × direction × class × channel, Time Release Study segments, outcomes by arrival day,
 * losses and spoilage — streaming, so memory does not grow with the number of trucks. With a
 * warm-up, the KPIs cover the trucks that arrive after it (and those present at the start) and
 * the days from its end; the counts (arrived, cleared, per day) cover the whole run.
 */
import {
  SECONDS_PER_DAY as DAY_SECONDS,
  SECONDS_PER_HOUR as HOUR_SECONDS,
} from "../common/index.js";
import { ArrivalDayBook } from "./arrival-day-book.js";
import { CHANNEL_NAMES, channelName, DIRECTIONS, segmentRecord } from "./encoding.js";
import { summariseLedger } from "./ledger-summary.js";
import { LossBook, type LossReason } from "./loss-book.js";
import type { GateRunResult, TruckRecord } from "./results.js";
import type { Scenario } from "./scenario/schema.js";
import type { Truck } from "./truck.js";
import { SegmentRecorder, TimeInSystemBook } from "./truck-kpis.js";

/** The truck-level parts of the result. */
export type LedgerSummary = Pick<
  GateRunResult,
  | "trucks"
  | "throughput"
  | "backlog"
  | "timeInSystem"
  | "byDirection"
  | "byCargoClass"
  | "byChannel"
  | "losses"
  | "cohorts"
  | "byArrivalDay"
  | "segments"
>;

/** Counts and statistics of the trucks that arrived, cleared or left. */
export class TruckLedger {
  /** Trucks present at the start. */
  initial = 0;
  /** Trucks that came during the run (those refused at the door included). */
  arrived = 0;
  cleared = 0;
  inSystem = 0;
  spoiledCleared = 0;
  perishableMeasured = 0;
  readonly arrivedPerDay: Float64Array;
  readonly clearedPerDay: Float64Array;
  readonly clearedPerHourOfDay = new Float64Array(24);
  readonly backlogAtStartOfDay: Float64Array;
  readonly arrivedByClass: number[];
  readonly timeInSystem: TimeInSystemBook;
  // perf: one segment update per truck, into its channel's group; the overall means merge the
  // groups when summarised (bench: scenarios, smart-doubled year).
  // Indexed by channel + 1, in CHANNEL_NAMES order ("none" first).
  readonly segmentsByChannel = CHANNEL_NAMES.map(() => new SegmentRecorder());
  readonly byArrivalDay: ArrivalDayBook;
  readonly losses: LossBook;
  /** Trucks cleared and lost by cohort (0: arrivals, 1: initial). */
  readonly clearedByCohort = [0, 0];
  readonly lostByCohort = [0, 0];
  // perf: an intrusive list of the trucks in the system (O(1) add and remove, no hashing);
  // walked once at the end to count perishables that spoiled while still waiting
  // (bench: smart-doubled year).
  firstInSystem: Truck | null = null;
  readonly shelfLifeSeconds: Float64Array;
  readonly totalDays: number;
  /** The warm-up: days, and the time from which arriving trucks enter the KPIs. */
  readonly warmupDays: number;
  readonly measureFromSeconds: number;

  constructor(
    readonly scenario: Scenario,
    readonly targetSeconds: number,
  ) {
    const classes = scenario.trucks.cargoClasses;
    this.shelfLifeSeconds = Float64Array.from(classes, (cargo) =>
      cargo.shelfLifeHours === undefined
        ? Number.POSITIVE_INFINITY
        : cargo.shelfLifeHours * HOUR_SECONDS,
    );
    this.totalDays = scenario.horizonDays + (scenario.drainDays ?? 0);
    this.warmupDays = scenario.warmupDays ?? 0;
    this.measureFromSeconds = this.warmupDays * DAY_SECONDS;
    this.arrivedPerDay = new Float64Array(this.totalDays);
    this.clearedPerDay = new Float64Array(this.totalDays);
    this.backlogAtStartOfDay = new Float64Array(this.totalDays);
    this.arrivedByClass = classes.map(() => 0);
    this.timeInSystem = new TimeInSystemBook(classes.length, targetSeconds);
    this.byArrivalDay = new ArrivalDayBook(this.totalDays, targetSeconds);
    this.losses = new LossBook(classes.map((cargo) => cargo.id));
  }

  /** Whether a truck's outcome counts in the KPIs (not one that arrived in the warm-up). */
  measured(truck: Truck): boolean {
    return truck.initial || truck.arrivalSeconds >= this.measureFromSeconds;
  }

  /** A truck came to the gate at `nowSeconds` and entered it (or was there at the start). */
  arrive(truck: Truck, nowSeconds: number): void {
    this.come(truck, nowSeconds);
    this.inSystem += 1;
    truck.nextInSystem = this.firstInSystem;
    if (this.firstInSystem !== null) this.firstInSystem.previousInSystem = truck;
    this.firstInSystem = truck;
  }

  /** A truck came to the gate at `nowSeconds` and left at once (turned away or balked). */
  refuse(truck: Truck, nowSeconds: number, reason: LossReason): void {
    this.come(truck, nowSeconds);
    this.lose(truck, reason);
  }

  /** A truck in the system left it without clearing (its patience ran out). */
  renege(truck: Truck): void {
    this.leaveSystem(truck);
    this.lose(truck, "reneged");
  }

  /** A truck left the gate at `nowSeconds`; returns whether it spoiled on the way. */
  clear(truck: Truck, nowSeconds: number): boolean {
    this.leaveSystem(truck);
    this.cleared += 1;
    this.clearedByCohort[truck.initial ? 1 : 0]! += 1;
    const timeInSystem = nowSeconds - truck.arrivalSeconds;
    const spoiled = timeInSystem > this.shelfLifeSeconds[truck.cargoClass]!;
    const day = Math.floor(nowSeconds / DAY_SECONDS);
    if (day < this.totalDays) this.clearedPerDay[day]! += 1;
    if (day < this.scenario.horizonDays && day >= this.warmupDays) {
      this.clearedPerHourOfDay[Math.floor((nowSeconds - day * DAY_SECONDS) / HOUR_SECONDS)]! += 1;
    }
    this.byArrivalDay.clear(this.byArrivalDay.dayOf(truck.arrivalSeconds), timeInSystem, spoiled);
    if (!this.measured(truck)) return spoiled; // arrived in the warm-up
    if (spoiled) this.spoiledCleared += 1;
    const cohort = truck.initial ? 1 : 0;
    const { direction, cargoClass, channel } = truck;
    this.timeInSystem.add(cohort, direction, cargoClass, channel, timeInSystem, spoiled);
    this.segmentsByChannel[channel + 1]!.add(truck.segmentSeconds);
    return spoiled;
  }

  /** Notes the trucks in the system at 00:00 of `day`. */
  startOfDay(day: number): void {
    if (day < this.totalDays) this.backlogAtStartOfDay[day] = this.inSystem;
  }

  /** The Time Release Study record of a truck that left at `nowSeconds`. */
  record(truck: Truck, nowSeconds: number, spoiled: boolean): TruckRecord {
    return {
      id: truck.id,
      direction: DIRECTIONS[truck.direction]!,
      cargoClass: this.scenario.trucks.cargoClasses[truck.cargoClass]!.id,
      channel: channelName(truck.channel),
      arrivalSeconds: truck.arrivalSeconds,
      exitSeconds: nowSeconds,
      timeInSystemSeconds: nowSeconds - truck.arrivalSeconds,
      spoiled,
      segmentSeconds: segmentRecord(truck.segmentSeconds),
    };
  }

  /** The truck-level parts of the result at `endSeconds`. */
  summary(endSeconds: number, onRoadAtEnd: number): LedgerSummary {
    return summariseLedger(this, endSeconds, onRoadAtEnd);
  }

  private come(truck: Truck, nowSeconds: number): void {
    if (truck.initial) {
      this.initial += 1;
    } else {
      this.arrived += 1;
      const day = Math.floor(nowSeconds / DAY_SECONDS);
      if (day < this.totalDays) this.arrivedPerDay[day]! += 1;
      this.byArrivalDay.arrive(day);
    }
    this.arrivedByClass[truck.cargoClass]! += 1;
    if (
      this.shelfLifeSeconds[truck.cargoClass] !== Number.POSITIVE_INFINITY &&
      this.measured(truck)
    )
      this.perishableMeasured += 1;
  }

  private lose(truck: Truck, reason: LossReason): void {
    this.losses.add(reason, truck.cargoClass);
    this.byArrivalDay.lose(this.byArrivalDay.dayOf(truck.arrivalSeconds));
    this.lostByCohort[truck.initial ? 1 : 0]! += 1;
  }

  private leaveSystem(truck: Truck): void {
    this.inSystem -= 1;
    const { previousInSystem: previous, nextInSystem: next } = truck;
    if (previous === null) this.firstInSystem = next;
    else previous.nextInSystem = next;
    if (next !== null) next.previousInSystem = previous;
  }
}
