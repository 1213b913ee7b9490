/**
 * The shared leaf every layer may import: time units, the rendering of a bad value, and the one
 * issue shape of input errors. It imports nothing.
 *
 * @module
 */
export { type Issue, listIssues, MAX_LISTED_ISSUES, makeIssue } from "./issue.js";
export { isPrototypeKey, ownValue } from "./own.js";
export { MAX_RENDERED_LENGTH, renderValue, truncate } from "./render-value.js";
export {
  DAYS_PER_WEEK,
  HOURS_PER_DAY,
  SECONDS_PER_DAY,
  SECONDS_PER_HOUR,
  SECONDS_PER_MINUTE,
} from "./units.js";
export { visibleText } from "./visible.js";
