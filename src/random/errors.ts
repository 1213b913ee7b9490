/**
 * Errors raised by the random layer: one class, stable string codes, every problem listed at once.
 *
 * @module
 */

/** Issues listed in an error message; `issues` always holds all of them. */
const MAX_LISTED = 20;

/** Stable machine-readable codes carried by {@link RandomError}. */
export type RandomErrorCode = "INVALID_PARAMETER" | "INVALID_TRACE";

/** One problem found while validating input: where, what was received, what was expected. */
export interface RandomIssue {
  /** Parameter name or path, e.g. `mean`, `weights[2]`, `row 7: arrivalSeconds`. */
  readonly parameter: string;
  /** The offending value, as received. */
  readonly received: unknown;
  /** Human-readable expectation, e.g. `a finite number > 0`. */
  readonly expected: string;
}

const UNKNOWN_ISSUE: RandomIssue = {
  parameter: "(unknown)",
  received: undefined,
  expected: "valid input",
};

/**
 * The error thrown for invalid distribution parameters, stream names, rate profiles and traces.
 *
 * `parameter`, `received` and `expected` describe the first issue; `issues` holds all of them,
 * and the message lists them (up to 20), e.g.
 * `exponential: mean expected a finite number > 0, received -3`.
 *
 * @example
 * try { exponential(-3); } catch (e) {
 *   if (e instanceof RandomError) console.log(e.code, e.parameter); // INVALID_PARAMETER mean
 * }
 */
export class RandomError extends Error {
  override readonly name = "RandomError";
  readonly code: RandomErrorCode;
  /** The API that rejected its input, e.g. `exponential` or `parseArrivalTrace`. */
  readonly api: string;
  readonly parameter: string;
  readonly received: unknown;
  readonly expected: string;
  readonly issues: readonly RandomIssue[];

  /**
   * @param code - stable error code
   * @param api - name of the function or constructor that rejected the input
   * @param issues - the problems found; the message lists the first 20 and counts the rest
   */
  constructor(code: RandomErrorCode, api: string, issues: readonly RandomIssue[]) {
    const list = issues.length > 0 ? [...issues] : [UNKNOWN_ISSUE];
    const shown = list.slice(0, MAX_LISTED).map(formatIssue);
    if (list.length > MAX_LISTED) shown.push(`… and ${list.length - MAX_LISTED} more`);
    super(`${api}: ${shown.join("; ")}`);
    const first = list[0] as RandomIssue;
    this.code = code;
    this.api = api;
    this.parameter = first.parameter;
    this.received = first.received;
    this.expected = first.expected;
    this.issues = list;
  }
}

/**
 * Formats one issue as `parameter expected EXPECTATION, received VALUE`.
 *
 * @example formatIssue({ parameter: "mean", received: -3, expected: "a finite number > 0" })
 * // "mean expected a finite number > 0, received -3"
 */
export function formatIssue(issue: RandomIssue): string {
  return `${issue.parameter} expected ${issue.expected}, received ${formatValue(issue.received)}`;
}

/**
 * Renders any received value compactly for error messages (numbers as-is, strings quoted).
 *
 * @example formatValue(Number.NaN) // "NaN"
 * @example formatValue("abc") // "\"abc\""
 */
export function formatValue(value: unknown): string {
  if (typeof value === "number") return Object.is(value, -0) ? "-0" : String(value);
  if (typeof value === "string")
    return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (value === null || value === undefined || typeof value === "boolean") return String(value);
  if (typeof value === "bigint") return `${value}n`;
  if (Array.isArray(value)) return `an array of length ${value.length}`;
  if (typeof value === "function") return "a function";
  try {
    const json = JSON.stringify(value);
    return json.length > 60 ? `${json.slice(0, 60)}…` : json;
  } catch {
    return "an object";
  }
}
