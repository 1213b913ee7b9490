/**
 * Errors raised by the random layer: one class, stable string codes, every problem listed at
 * once in the shared {@link Issue} shape of `src/common`.
 *
 * @module
 */
import { type Issue, listIssues, makeIssue } from "../common/index.js";

/** Stable machine-readable codes carried by {@link RandomError}. */
export type RandomErrorCode = "INVALID_PARAMETER" | "INVALID_TRACE";

/** Stands in when an error is built without issues, so `issues` is never empty. */
const UNKNOWN_ISSUE: Issue = makeIssue("(unknown)", "valid input", undefined);

/**
 * The error thrown for invalid distribution options, stream names, rate profiles and traces.
 *
 * `issues` holds every problem (`path`, `expected`, `received` as rendered text, `message`);
 * the message names the API and lists the first 20 issues, then counts the rest, e.g.
 * `exponential: mean: expected a finite number > 0, received -3`. Received values are rendered
 * bounded, so a 10 MB string or a million-element array still makes a short message.
 *
 * @example
 * exponential({ mean: -3 }); // throws: exponential: mean: expected a finite number > 0, received -3
 * try {
 *   exponential({ mean: -3 });
 * } catch (e) {
 *   if (e instanceof RandomError) console.log(e.code, e.issues[0]?.path);
 * } // prints "INVALID_PARAMETER mean"
 */
export class RandomError extends Error {
  /** Always "RandomError". */
  override readonly name = "RandomError";
  /** Stable machine-readable code. */
  readonly code: RandomErrorCode;
  /** The API that rejected its input, e.g. `exponential` or `parseArrivalTrace`. */
  readonly api: string;
  /** Every problem found, in the order found; never empty. */
  readonly issues: readonly Issue[];

  /**
   * @param code - stable error code
   * @param api - name of the function or constructor that rejected the input
   * @param issues - the problems found; the message lists the first 20 and counts the rest
   * @example
   * const issue = { path: "max", expected: "a number > min (2)", received: "1",
   *   message: "max: expected a number > min (2), received 1" };
   * new RandomError("INVALID_PARAMETER", "uniform", [issue]).message;
   * // "uniform: max: expected a number > min (2), received 1"
   */
  constructor(code: RandomErrorCode, api: string, issues: readonly Issue[]) {
    const list = issues.length > 0 ? [...issues] : [UNKNOWN_ISSUE];
    super(`${api}: ${listIssues(list).join("; ")}`);
    this.code = code;
    this.api = api;
    this.issues = list;
  }
}
