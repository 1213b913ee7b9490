/**
 * Servers over time from opening hours, shifts and closed days: a piecewise-constant function
 * of the time of day and day of week. The model applies it with one calendar event per change.
 */
import type { OpenHours, Shift } from "./scenario/fields.js";

const SECONDS_PER_DAY = 86_400;

/** What a station's staffing looks like in a scenario. */
export interface StaffingSpec {
  /** Servers while open (ignored when `shifts` are given; default 0). */
  readonly servers?: number | undefined;
  /** Daily opening window; omitted: open all day. */
  readonly openHours?: OpenHours | undefined;
  /** Staffing by time of day, instead of `servers` and `openHours`; overlapping shifts add up. */
  readonly shifts?: readonly Shift[] | undefined;
  /** Days of the week (0–6; day 0 of the run is day-of-week 0) with no servers all day. */
  readonly closedDaysOfWeek?: readonly number[] | undefined;
}

const MS_PER_HOUR = 3_600_000;

/**
 * An hour of the day in whole milliseconds since midnight. Times of day are compared at this
 * resolution: a boundary of 1e-300 h would round to midnight itself on day 1 and later (the next
 * change never came: a hang), while a millisecond past midnight stays distinct for 10,000 years.
 */
function msOfDay(hour: number): number {
  return Math.round(hour * MS_PER_HOUR);
}

function inWindow(ms: number, fromHour: number, toHour: number): boolean {
  const from = msOfDay(fromHour);
  const to = msOfDay(toHour);
  if (from === to) return false;
  if (from < to) return ms >= from && ms < to;
  return ms >= from || ms < to;
}

/** Servers as a function of simulated time. */
export class CapacitySchedule {
  /** Boundaries within a day, in whole milliseconds, ascending, starting at 0. */
  private readonly boundariesMs: number[];
  private readonly closedDays: Set<number>;

  constructor(private readonly spec: StaffingSpec) {
    const hours = new Set<number>([0]);
    const add = (hour: number) => {
      const ms = msOfDay(hour);
      if (ms > 0 && ms < 24 * MS_PER_HOUR) hours.add(ms);
    };
    if (spec.openHours) {
      add(spec.openHours.fromHour);
      add(spec.openHours.toHour);
    }
    for (const shift of spec.shifts ?? []) {
      add(shift.fromHour);
      add(shift.toHour);
    }
    this.boundariesMs = [...hours].sort((a, b) => a - b);
    this.closedDays = new Set(spec.closedDaysOfWeek ?? []);
  }

  /** True when the staffing never changes (always the same servers). */
  get isConstant(): boolean {
    return this.boundariesMs.length === 1 && this.closedDays.size === 0;
  }

  /** Servers at simulated time `timeSeconds` (day 0 is day-of-week 0). */
  serversAt(timeSeconds: number): number {
    const day = Math.floor(timeSeconds / SECONDS_PER_DAY);
    if (this.closedDays.has(day % 7)) return 0;
    const ms = Math.round((timeSeconds - day * SECONDS_PER_DAY) * 1000);
    const { shifts, openHours, servers } = this.spec;
    if (shifts !== undefined) {
      let total = 0;
      for (const shift of shifts)
        if (inWindow(ms, shift.fromHour, shift.toHour)) total += shift.servers;
      return total;
    }
    if (openHours !== undefined && !(openHours.fromHour === 0 && openHours.toHour === 24)) {
      return inWindow(ms, openHours.fromHour, openHours.toHour) ? (servers ?? 0) : 0;
    }
    return servers ?? 0;
  }

  /** The first boundary strictly after `timeSeconds` where the servers may change. */
  nextChangeAfter(timeSeconds: number): number {
    const day = Math.floor(timeSeconds / SECONDS_PER_DAY);
    const offset = Math.round((timeSeconds - day * SECONDS_PER_DAY) * 1000);
    for (const boundary of this.boundariesMs) {
      if (boundary > offset) return day * SECONDS_PER_DAY + boundary / 1000;
    }
    return (day + 1) * SECONDS_PER_DAY;
  }

  /** Average servers per second of a week (capacity planning, utilisation checks). */
  meanServers(): number {
    let total = 0;
    let time = 0;
    const week = 7 * SECONDS_PER_DAY;
    while (time < week) {
      const next = Math.min(this.nextChangeAfter(time), week);
      total += this.serversAt(time) * (next - time);
      time = next;
    }
    return total / week;
  }
}
