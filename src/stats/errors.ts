/**
 * Typed errors of the statistics layer. Every bad argument throws a {@link StatsError} whose
 * `code` is stable (scripts and tests match on it) and whose message names the API, the
 * parameter, the bad value and what was expected, e.g.
 * `erlangC: servers expected an integer >= 1, received 0`.
 */

/** Stable error codes of the statistics layer. */
export type StatsErrorCode =
  /** A number, array or option is outside its documented domain. */
  | "INVALID_ARGUMENT"
  /** Two arrays that must pair up element by element have different lengths. */
  | "LENGTH_MISMATCH"
  /** A time-weighted statistic received a time earlier than the previous one. */
  | "TIME_WENT_BACKWARDS"
  /** Two estimators with different configurations cannot be merged. */
  | "INCOMPATIBLE_MERGE"
  /** A Jackson network's routing has no exit, so its traffic equations have no solution. */
  | "SINGULAR_ROUTING";

/** What a {@link StatsError} carries besides its message. */
export interface StatsErrorDetails {
  /** The function or method that rejected its input, e.g. `"erlangC"` or `"Tally.add"`. */
  readonly api: string;
  /** The parameter path, e.g. `"servers"` or `"stations[2].routing[0]"`. */
  readonly parameter: string;
  /** The value received (kept as-is; the message shows a readable form). */
  readonly received: unknown;
  /** What was expected, phrased to follow "expected", e.g. `"an integer >= 1"`. */
  readonly expected: string;
}

/**
 * An error raised by the statistics layer for an argument outside its domain.
 *
 * @example
 * try { erlangC(0, 1); } catch (e) { if (e instanceof StatsError) e.parameter; } // "servers"
 */
export class StatsError extends Error {
  override readonly name = "StatsError";
  readonly code: StatsErrorCode;
  readonly api: string;
  readonly parameter: string;
  readonly received: unknown;
  readonly expected: string;

  constructor(code: StatsErrorCode, details: StatsErrorDetails) {
    super(
      `${details.api}: ${details.parameter} expected ${details.expected}, received ${describeReceived(details.received)}`,
    );
    this.code = code;
    this.api = details.api;
    this.parameter = details.parameter;
    this.received = details.received;
    this.expected = details.expected;
  }
}

/** Formats a received value for an error message (NaN, Infinity and strings stay visible). */
export function describeReceived(value: unknown): string {
  if (typeof value === "string") return JSON.stringify(value);
  if (typeof value === "number" || typeof value === "boolean" || value === null) {
    return String(value);
  }
  if (value === undefined) return "undefined";
  if (Array.isArray(value)) return `an array of length ${value.length}`;
  return Object.prototype.toString.call(value);
}
