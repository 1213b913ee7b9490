/**
 * Outcomes by the day a truck arrived: how many came, cleared, left without clearing, were
 * still in the system at the end, and the time in system and spoilage of those that cleared —
 * the table that answers "what happened to the trucks of day 3". Streaming: a few numbers per
 * day, whatever the number of trucks.
 */
import { SECONDS_PER_DAY, SECONDS_PER_HOUR } from "../common/index.js";
import type { ArrivalDayKpis } from "./results.js";

/** Per-arrival-day counters. */
export class ArrivalDayBook {
  private readonly arrived: Float64Array;
  private readonly cleared: Float64Array;
  private readonly lost: Float64Array;
  private readonly spoiled: Float64Array;
  private readonly withinTarget: Float64Array;
  private readonly sumSeconds: Float64Array;
  private readonly maxSeconds: Float64Array;

  constructor(
    private readonly days: number,
    private readonly targetSeconds: number,
  ) {
    this.arrived = new Float64Array(days);
    this.cleared = new Float64Array(days);
    this.lost = new Float64Array(days);
    this.spoiled = new Float64Array(days);
    this.withinTarget = new Float64Array(days);
    this.sumSeconds = new Float64Array(days);
    this.maxSeconds = new Float64Array(days);
  }

  /** The arrival day of a truck that arrived at `arrivalSeconds` (-1 before day 0). */
  dayOf(arrivalSeconds: number): number {
    return arrivalSeconds < 0 ? -1 : Math.floor(arrivalSeconds / SECONDS_PER_DAY);
  }

  /** A truck came to the gate on `day` (whether or not it entered). */
  arrive(day: number): void {
    if (day >= 0 && day < this.days) this.arrived[day]! += 1;
  }

  /** A truck of `day` cleared after `timeInSystemSeconds`. */
  clear(day: number, timeInSystemSeconds: number, spoiled: boolean): void {
    if (day < 0 || day >= this.days) return;
    this.cleared[day]! += 1;
    this.sumSeconds[day]! += timeInSystemSeconds;
    if (timeInSystemSeconds > this.maxSeconds[day]!) this.maxSeconds[day] = timeInSystemSeconds;
    if (timeInSystemSeconds <= this.targetSeconds) this.withinTarget[day]! += 1;
    if (spoiled) this.spoiled[day]! += 1;
  }

  /** A truck of `day` left without clearing (turned away, balked or reneged). */
  lose(day: number): void {
    if (day >= 0 && day < this.days) this.lost[day]! += 1;
  }

  /**
   * The table, one row per day; `inSystemAtEnd[d]` and `spoiledInSystem[d]` count the trucks of
   * day d still in the system when the run ended (and those of them past their shelf life).
   */
  rows(inSystemAtEnd: Float64Array, spoiledInSystem: Float64Array): ArrivalDayKpis[] {
    return Array.from({ length: this.days }, (_, day) => {
      const cleared = this.cleared[day]!;
      return {
        day,
        arrived: this.arrived[day]!,
        cleared,
        lost: this.lost[day]!,
        inSystemAtEnd: inSystemAtEnd[day]!,
        meanTimeInSystemHours:
          cleared > 0 ? this.sumSeconds[day]! / cleared / SECONDS_PER_HOUR : null,
        maxTimeInSystemHours: cleared > 0 ? this.maxSeconds[day]! / SECONDS_PER_HOUR : null,
        shareWithinTarget: cleared > 0 ? this.withinTarget[day]! / cleared : null,
        spoiled: this.spoiled[day]! + spoiledInSystem[day]!,
      };
    });
  }
}
