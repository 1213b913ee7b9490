/**
 * The ledger of trucks through the gate: arrivals and exits per calendar day and hour, the
 * backlog at the start of each day, time in system by direction × class × channel, Time Release
 * Study segments, and spoilage — streaming, so memory does not grow with the number of trucks.
 * With a warm-up, the KPIs cover the trucks that arrive after it and the days from its end; the
 * counts (arrived, cleared, per day) cover the whole run.
 */
import {
  SECONDS_PER_DAY as DAY_SECONDS,
  SECONDS_PER_HOUR as HOUR_SECONDS,
} from "../common/index.js";
import { CHANNEL_NAMES, channelName, DIRECTIONS, segmentRecord } from "./encoding.js";
import type { GateRunResult, TruckRecord } from "./results.js";
import type { Scenario } from "./scenario/schema.js";
import type { Truck } from "./truck.js";
import { SegmentRecorder, TimeInSystemBook } from "./truck-kpis.js";

type LedgerSummary = Pick<
  GateRunResult,
  | "trucks"
  | "throughput"
  | "backlog"
  | "timeInSystem"
  | "byDirection"
  | "byCargoClass"
  | "byChannel"
  | "segments"
>;

/** Counts and statistics of the trucks that arrived and cleared. */
export class TruckLedger {
  arrived = 0;
  cleared = 0;
  inSystem = 0;
  private spoiledCleared = 0;
  private perishableArrived = 0;
  private readonly arrivedPerDay: Float64Array;
  private readonly clearedPerDay: Float64Array;
  private readonly clearedPerHourOfDay = new Float64Array(24);
  private readonly backlogAtStartOfDay: Float64Array;
  private readonly timeInSystem: TimeInSystemBook;
  // perf: one segment update per truck, into its channel's group; the overall means merge the
  // groups when summarised (bench: scenarios, smart-doubled year).
  // Indexed by channel + 1, in CHANNEL_NAMES order ("none" first).
  private readonly segmentsByChannel = CHANNEL_NAMES.map(() => new SegmentRecorder());
  // perf: an intrusive list of the trucks in the system (O(1) add and remove, no hashing);
  // walked once at the end to count perishables that spoiled while still waiting
  // (bench: smart-doubled year).
  private firstInSystem: Truck | null = null;
  private readonly shelfLifeSeconds: Float64Array;
  private readonly totalDays: number;
  /** The warm-up: days, and the time from which arriving trucks enter the KPIs. */
  private readonly warmupDays: number;
  private readonly measureFromSeconds: number;

  constructor(
    private readonly scenario: Scenario,
    private readonly targetSeconds: number,
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
    this.timeInSystem = new TimeInSystemBook(classes.length, targetSeconds);
  }

  /** A truck arrived at `nowSeconds`. */
  arrive(truck: Truck, nowSeconds: number): void {
    this.arrived += 1;
    this.inSystem += 1;
    truck.nextInSystem = this.firstInSystem;
    if (this.firstInSystem !== null) this.firstInSystem.previousInSystem = truck;
    this.firstInSystem = truck;
    const day = Math.floor(nowSeconds / DAY_SECONDS);
    if (day < this.totalDays) this.arrivedPerDay[day]! += 1;
    if (
      this.shelfLifeSeconds[truck.cargoClass] !== Number.POSITIVE_INFINITY &&
      nowSeconds >= this.measureFromSeconds
    )
      this.perishableArrived += 1;
  }

  /** A truck left the gate at `nowSeconds`; returns whether it spoiled on the way. */
  clear(truck: Truck, nowSeconds: number): boolean {
    this.inSystem -= 1;
    this.cleared += 1;
    const { previousInSystem: previous, nextInSystem: next } = truck;
    if (previous === null) this.firstInSystem = next;
    else previous.nextInSystem = next;
    if (next !== null) next.previousInSystem = previous;
    const timeInSystem = nowSeconds - truck.arrivalSeconds;
    const spoiled = timeInSystem > this.shelfLifeSeconds[truck.cargoClass]!;
    const day = Math.floor(nowSeconds / DAY_SECONDS);
    if (day < this.totalDays) this.clearedPerDay[day]! += 1;
    if (day < this.scenario.horizonDays && day >= this.warmupDays) {
      this.clearedPerHourOfDay[Math.floor((nowSeconds - day * DAY_SECONDS) / HOUR_SECONDS)]! += 1;
    }
    if (truck.arrivalSeconds < this.measureFromSeconds) return spoiled; // arrived in the warm-up
    if (spoiled) this.spoiledCleared += 1;
    this.timeInSystem.add(truck.direction, truck.cargoClass, truck.channel, timeInSystem, spoiled);
    this.segmentsByChannel[truck.channel + 1]!.add(truck.segmentSeconds);
    return spoiled;
  }

  /** Notes the trucks in the system at 00:00 of `day`. */
  startOfDay(day: number): void {
    if (day < this.totalDays) this.backlogAtStartOfDay[day] = this.inSystem;
  }

  /** The Time Release Study record of a truck that left at `nowSeconds`. */
  record(truck: Truck, nowSeconds: number, spoiled: boolean): TruckRecord {
    const segmentSeconds = segmentRecord(truck.segmentSeconds);
    return {
      id: truck.id,
      direction: DIRECTIONS[truck.direction]!,
      cargoClass: this.scenario.trucks.cargoClasses[truck.cargoClass]!.id,
      channel: channelName(truck.channel),
      arrivalSeconds: truck.arrivalSeconds,
      exitSeconds: nowSeconds,
      timeInSystemSeconds: nowSeconds - truck.arrivalSeconds,
      spoiled,
      segmentSeconds,
    };
  }

  /** The truck-level parts of the result at `endSeconds`. */
  summary(endSeconds: number, onRoadAtEnd: number): LedgerSummary {
    const scenario = this.scenario;
    const horizon = scenario.horizonDays;
    let spoiledInSystem = 0;
    for (let truck = this.firstInSystem; truck !== null; truck = truck.nextInSystem) {
      if (
        truck.arrivalSeconds >= this.measureFromSeconds &&
        endSeconds - truck.arrivalSeconds > this.shelfLifeSeconds[truck.cargoClass]!
      )
        spoiledInSystem += 1;
    }
    const spoiled = this.spoiledCleared + spoiledInSystem;
    const measuredDays = horizon - this.warmupDays;
    const clearedInHorizon = Array.from(this.clearedPerDay.subarray(this.warmupDays, horizon));
    const meanClearedPerDay = clearedInHorizon.reduce((sum, n) => sum + n, 0) / measuredDays;
    const backlog = Array.from(this.backlogAtStartOfDay);
    const named = <T>(names: readonly string[], values: readonly T[]) =>
      Object.fromEntries(names.map((name, i) => [name, values[i]!])) as Record<string, T>;
    const classIds = scenario.trucks.cargoClasses.map((cargo) => cargo.id);
    const channelNames = CHANNEL_NAMES;
    const book = this.timeInSystem;
    return {
      trucks: {
        arrived: this.arrived,
        cleared: this.cleared,
        inSystemAtEnd: this.inSystem,
        onRoadAtEnd,
        spoiled,
        spoiledShareOfPerishables:
          this.perishableArrived > 0 ? spoiled / this.perishableArrived : null,
      },
      throughput: {
        clearedPerDay: Array.from(this.clearedPerDay),
        arrivedPerDay: Array.from(this.arrivedPerDay),
        meanClearedPerDay,
        maxClearedPerDay: Math.max(...clearedInHorizon),
        meanClearedPerHourOfDay: Array.from(this.clearedPerHourOfDay, (n) => n / measuredDays),
      },
      backlog: {
        atStartOfDay: backlog,
        maxTrucks: Math.max(this.inSystem, ...backlog.slice(this.warmupDays)),
        atEndTrucks: this.inSystem,
        timeToClearAtEndDays: meanClearedPerDay > 0 ? this.inSystem / meanClearedPerDay : null,
      },
      timeInSystem: { ...book.kpis(() => true), targetHours: this.targetSeconds / HOUR_SECONDS },
      byDirection: named(
        DIRECTIONS,
        DIRECTIONS.map((_, d) => book.kpis((direction) => direction === d)),
      ),
      byCargoClass: named(
        classIds,
        classIds.map((_, c) => book.kpis((_direction, cargoClass) => cargoClass === c)),
      ),
      byChannel: named(
        channelNames,
        channelNames.map((_, k) =>
          book.kpis((_direction, _cargoClass, channel) => channel === k - 1),
        ),
      ),
      segments: {
        meanMinutes: this.segmentsByChannel
          .reduce((all, group) => all.merge(group), new SegmentRecorder())
          .meanMinutes(),
        meanMinutesByChannel: named(
          channelNames,
          this.segmentsByChannel.map((group) => group.meanMinutes()),
        ),
      },
    };
  }
}
