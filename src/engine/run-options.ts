/**
 * The options and outcomes of a simulation and of one run of its event loop, with the checks
 * of the numeric options.
 */
import { renderValue } from "../common/index.js";
import { SimulationError } from "./errors.js";

/** Options of a simulation instance. */
export interface SimulationOptions {
  /** Simulated start time (default 0). Time units are the model's (gatesim models use seconds). */
  readonly startTime?: number;
  /**
   * Event budget: a run that processes more events than this in total stops with
   * EVENT_BUDGET_EXCEEDED (default 2^40, about 10^12).
   */
  readonly maxEvents?: number;
  /**
   * Events allowed at one simulated instant before the run stops with ZERO_TIME_LOOP; catches
   * models that reschedule themselves with zero delay forever (default 10,000,000).
   */
  readonly maxEventsAtSameTime?: number;
}

/** Options of one call to {@link Simulation.run}. */
export interface RunOptions {
  /** Stop before any event later than this time; the clock is then set to `until`. */
  readonly until?: number;
  /** Checked after every event; the run stops when it returns true. */
  readonly stopWhen?: () => boolean;
}

/**
 * Why a run returned: "exhausted" (the calendar ran empty), "until" (the `until` time was
 * reached), "stopped" (`sim.stop()` was called) or "condition" (`stopWhen` returned true).
 */
export type StopReason = "exhausted" | "until" | "stopped" | "condition";

/** What a run reports when it returns. */
export interface RunResult {
  /** Why the run returned. */
  readonly reason: StopReason;
  /** Simulated time when the run returned. */
  readonly time: number;
  /** Events processed by this call (cancelled entries are not counted). */
  readonly events: number;
}

/**
 * A count option: `fallback` when undefined, else an integer >= 1.
 * @throws SimulationError INVALID_ARGUMENT naming `field` otherwise.
 */
export function positiveCount(value: number | undefined, fallback: number, field: string): number {
  if (value === undefined) return fallback;
  if (!(Number.isInteger(value) && value >= 1)) {
    throw new SimulationError(
      "INVALID_ARGUMENT",
      `Simulation: ${field} expected an integer >= 1, received ${renderValue(value)}`,
    );
  }
  return value;
}
