/**
 * Servers over time from opening hours, shifts and closed days: a piecewise-constant function
 * of the time of day and day of week. The model applies it with one calendar event per change.
 */
import type { OpenHours, Shift } from "./scenario/fields.js";

const SECONDS_PER_HOUR = 3600;
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

function inWindow(hour: number, fromHour: number, toHour: number): boolean {
  if (fromHour === toHour) return false;
  if (fromHour < toHour) return hour >= fromHour && hour < toHour;
  return hour >= fromHour || hour < toHour;
}

/** Servers as a function of simulated time. */
export class CapacitySchedule {
  /** Boundaries within a day, in seconds, ascending, starting at 0. */
  private readonly boundariesSeconds: number[];
  private readonly closedDays: Set<number>;

  constructor(private readonly spec: StaffingSpec) {
    const hours = new Set<number>([0]);
    const add = (hour: number) => {
      if (hour > 0 && hour < 24) hours.add(hour);
    };
    if (spec.openHours) {
      add(spec.openHours.fromHour);
      add(spec.openHours.toHour);
    }
    for (const shift of spec.shifts ?? []) {
      add(shift.fromHour);
      add(shift.toHour);
    }
    this.boundariesSeconds = [...hours]
      .sort((a, b) => a - b)
      .map((hour) => hour * SECONDS_PER_HOUR);
    this.closedDays = new Set(spec.closedDaysOfWeek ?? []);
  }

  /** True when the staffing never changes (always the same servers). */
  get isConstant(): boolean {
    return this.boundariesSeconds.length === 1 && this.closedDays.size === 0;
  }

  /** Servers at simulated time `timeSeconds` (day 0 is day-of-week 0). */
  serversAt(timeSeconds: number): number {
    const day = Math.floor(timeSeconds / SECONDS_PER_DAY);
    if (this.closedDays.has(day % 7)) return 0;
    const hour = (timeSeconds - day * SECONDS_PER_DAY) / SECONDS_PER_HOUR;
    const { shifts, openHours, servers } = this.spec;
    if (shifts !== undefined) {
      let total = 0;
      for (const shift of shifts)
        if (inWindow(hour, shift.fromHour, shift.toHour)) total += shift.servers;
      return total;
    }
    if (openHours !== undefined && !(openHours.fromHour === 0 && openHours.toHour === 24)) {
      return inWindow(hour, openHours.fromHour, openHours.toHour) ? (servers ?? 0) : 0;
    }
    return servers ?? 0;
  }

  /** The first boundary strictly after `timeSeconds` where the servers may change. */
  nextChangeAfter(timeSeconds: number): number {
    const day = Math.floor(timeSeconds / SECONDS_PER_DAY);
    const offset = timeSeconds - day * SECONDS_PER_DAY;
    for (const boundary of this.boundariesSeconds) {
      if (boundary > offset) return day * SECONDS_PER_DAY + boundary;
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
