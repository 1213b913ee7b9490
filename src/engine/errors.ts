/**
 * Typed errors of the simulation kernel. Every misuse of the kernel API throws a
 * {@link SimulationError} whose `code` is stable (scripts and tests match on it) and whose
 * message names the API, the bad value and what was expected.
 */

/** Stable error codes of the kernel; documented in the README ("Errors"). */
export type SimulationErrorCode =
  | "INVALID_DELAY"
  | "SCHEDULE_IN_PAST"
  | "INVALID_PRIORITY"
  | "INVALID_UNTIL"
  | "EVENT_BUDGET_EXCEEDED"
  | "MEMORY_BUDGET_EXCEEDED"
  | "ZERO_TIME_LOOP"
  | "EVENT_ALREADY_TRIGGERED"
  | "RELEASE_NOT_HELD"
  | "INVALID_CAPACITY"
  | "INVALID_AMOUNT"
  | "INVALID_YIELD"
  | "PROCESS_FINISHED"
  | "SIMULATION_BROKEN"
  | "REENTRANT_RUN"
  | "INVALID_ARGUMENT";

/** An error raised by the kernel for API misuse or a runaway model. */
export class SimulationError extends Error {
  /** Always "SimulationError". */
  override readonly name = "SimulationError";
  /** The stable error code (scripts and tests match on it). */
  readonly code: SimulationErrorCode;
  /** Simulated time at which the error was raised, when known. */
  readonly simTime: number | undefined;

  constructor(code: SimulationErrorCode, message: string, simTime?: number) {
    super(`${message} [${code}]`);
    this.code = code;
    this.simTime = simTime;
  }
}
