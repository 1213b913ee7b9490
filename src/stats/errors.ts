/**
 * Typed errors of the statistics layer. Every bad argument throws a {@link StatsError} whose
 * `code` is stable (scripts and tests match on it) and whose one issue, in the shared
 * {@link Issue} shape of `src/common`, names the parameter, the bad value and what was expected;
 * the message starts with the API, e.g. `erlangC: servers: expected an integer >= 1, received 0`.
 */
import { type Issue, listIssues, makeIssue } from "../common/index.js";

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

/** What a {@link StatsError} is built from: the API and its one problem. */
export interface StatsErrorDetails {
  /** The function or method that rejected its input, e.g. `"erlangC"` or `"Tally.add"`. */
  readonly api: string;
  /** The parameter path, e.g. `"servers"` or `"stations[2].routing[0]"`. */
  readonly path: string;
  /** The value received, as is; the issue holds a bounded rendering of it. */
  readonly received: unknown;
  /** What was expected, phrased to follow "expected", e.g. `"an integer >= 1"`. */
  readonly expected: string;
  /** Shown instead of the rendered value when it says more, e.g. `"an array of length 3"`. */
  readonly receivedText?: string;
}

/**
 * An error raised by the statistics layer for an argument outside its domain. The layer checks
 * one argument at a time, so `issues` holds exactly one {@link Issue}; `path` repeats its path.
 * The received value is rendered bounded: a 10 MB string makes a one-line message.
 *
 * @example
 * erlangC(0, 1); // throws StatsError
 * try {
 *   erlangC(0, 1);
 * } catch (e) {
 *   if (e instanceof StatsError) console.log(e.code, e.path, e.issues[0]?.received);
 * } // prints "INVALID_ARGUMENT servers 0"
 */
export class StatsError extends Error {
  /** Always "StatsError". */
  override readonly name = "StatsError";
  /** Stable machine-readable code. */
  readonly code: StatsErrorCode;
  /** The function or method that rejected its input. */
  readonly api: string;
  /** Where the problem is: the parameter path of the one issue. */
  readonly path: string;
  /** The problem, in the shape shared by every layer (one issue). */
  readonly issues: readonly Issue[];

  /**
   * @param code - stable error code
   * @param details - the API, the parameter path, the raw value and the expectation
   * @example
   * const details = { api: "Tally.add", path: "x", received: NaN, expected: "a finite number" };
   * new StatsError("INVALID_ARGUMENT", details).message;
   * // "Tally.add: x: expected a finite number, received NaN"
   */
  constructor(code: StatsErrorCode, details: StatsErrorDetails) {
    const { path, expected, received, receivedText } = details;
    const issue = makeIssue(path, expected, received, receivedText);
    super(`${details.api}: ${listIssues([issue]).join("; ")}`);
    this.code = code;
    this.api = details.api;
    this.path = issue.path;
    this.issues = [issue];
  }
}
