/**
 * Staffing that changes from given dates: a sequence of daily schedules (opening hours, shifts,
 * closed days), each in force from its start time, and closures (holidays) during which the
 * station has no server at all. A station reads it like a single schedule: servers now, and
 * the next time they may change (a daily boundary, a phase start, or a closure's start or end).
 */
import { SECONDS_PER_DAY } from "../common/index.js";
import { CapacitySchedule, type StaffingSpec } from "./capacity-schedule.js";

/** What a station needs of its staffing over time. */
export interface StaffingSchedule {
  /** True when the servers never change. */
  readonly isConstant: boolean;
  /** Servers at simulated time `timeSeconds`. */
  serversAt(timeSeconds: number): number;
  /** The first time strictly after `timeSeconds` at which the servers may change. */
  nextChangeAfter(timeSeconds: number): number;
}

/** A period of the run in which a station has no server, seconds. */
export interface Closure {
  readonly fromSeconds: number;
  readonly toSeconds: number;
}

/** One staffing in force from `fromSeconds` (the first phase starts at 0). */
export interface StaffingPhase {
  readonly fromSeconds: number;
  readonly staffing: StaffingSpec;
}

/** Staffing phases and closures; a single phase without closures is a plain CapacitySchedule. */
export function phasedSchedule(
  phases: readonly StaffingPhase[],
  closures: readonly Closure[],
): StaffingSchedule {
  if (phases.length === 1 && closures.length === 0)
    return new CapacitySchedule(phases[0]!.staffing);
  return new PhasedSchedule(phases, closures);
}

class PhasedSchedule implements StaffingSchedule {
  readonly isConstant = false;
  private readonly starts: number[];
  private readonly schedules: CapacitySchedule[];

  constructor(
    phases: readonly StaffingPhase[],
    private readonly closures: readonly Closure[],
  ) {
    const sorted = [...phases].sort((a, b) => a.fromSeconds - b.fromSeconds);
    this.starts = sorted.map((phase) => phase.fromSeconds);
    this.schedules = sorted.map((phase) => new CapacitySchedule(phase.staffing));
  }

  serversAt(timeSeconds: number): number {
    for (const closure of this.closures) {
      if (timeSeconds >= closure.fromSeconds && timeSeconds < closure.toSeconds) return 0;
    }
    return this.phaseAt(timeSeconds).serversAt(timeSeconds);
  }

  nextChangeAfter(timeSeconds: number): number {
    let next = this.phaseAt(timeSeconds).nextChangeAfter(timeSeconds);
    for (const start of this.starts) if (start > timeSeconds && start < next) next = start;
    for (const { fromSeconds, toSeconds } of this.closures) {
      if (fromSeconds > timeSeconds && fromSeconds < next) next = fromSeconds;
      if (toSeconds > timeSeconds && toSeconds < next) next = toSeconds;
    }
    return Math.min(next, (Math.floor(timeSeconds / SECONDS_PER_DAY) + 1) * SECONDS_PER_DAY);
  }

  private phaseAt(timeSeconds: number): CapacitySchedule {
    let index = 0;
    while (index + 1 < this.starts.length && this.starts[index + 1]! <= timeSeconds) index += 1;
    return this.schedules[index]!;
  }
}
