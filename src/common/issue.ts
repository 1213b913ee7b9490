/**
 * The one shape of a problem found in input, used by the errors of every layer (scenario,
 * random, statistics, experiments): where it is, what was expected, what was received, and the
 * sentence that says all three — `stations[0](identity).servers: expected an integer >= 0,
 * received -2`.
 */
import { renderValue, truncate } from "./render-value.js";

/** One problem in an input. */
export interface Issue {
  /** Where: a field path (`stations[2].channelShares`) or a parameter name (`mean`). */
  readonly path: string;
  /** What was expected, phrased to follow "expected", e.g. `a number >= 1`. */
  readonly expected: string;
  /** The bad value as shown to a person (rendered in at most 80 characters), or a description of it. */
  readonly received: string;
  /** `path: expected …, received …` */
  readonly message: string;
}

/** Longest path kept in an issue, in characters. */
const MAX_PATH_LENGTH = 200;
/** Longest expectation kept in an issue, in characters. */
const MAX_EXPECTED_LENGTH = 400;

/**
 * An issue at `path`: `received` is the raw value (rendered here, bounded) unless
 * `receivedText` describes it already (e.g. "a sum of 1.1").
 *
 * @example makeIssue("horizonDays", "a number >= 1", -3).message
 * // "horizonDays: expected a number >= 1, received -3"
 */
export function makeIssue(
  path: string,
  expected: string,
  received: unknown,
  receivedText?: string,
): Issue {
  const where = truncate(path, MAX_PATH_LENGTH);
  const what = truncate(expected, MAX_EXPECTED_LENGTH);
  const shown = receivedText === undefined ? renderValue(received) : truncate(receivedText);
  return {
    path: where,
    expected: what,
    received: shown,
    message: `${where}: expected ${what}, received ${shown}`,
  };
}

/** How many issues an error message lists before it counts the rest. */
export const MAX_LISTED_ISSUES = 20;

/**
 * The messages of `issues`, at most `maxListed` of them, then "… and N more problems".
 *
 * @example
 * const issues = ["x", "y", "z"].map((path) => makeIssue(path, "a number", "?"));
 * listIssues(issues, 2);
 * // ['x: expected a number, received "?"', 'y: expected a number, received "?"', "… and 1 more problem"]
 */
export function listIssues(issues: readonly Issue[], maxListed = MAX_LISTED_ISSUES): string[] {
  const shown = issues.slice(0, maxListed).map((issue) => issue.message);
  const rest = issues.length - shown.length;
  if (rest > 0) shown.push(`… and ${rest} more problem${rest === 1 ? "" : "s"}`);
  return shown;
}
