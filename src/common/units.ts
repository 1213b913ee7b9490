/**
 * Time units shared by every layer. The simulation clock of the gate runs in seconds; these
 * names keep the conversions readable and in one place.
 */

/** Seconds in a minute. */
export const SECONDS_PER_MINUTE = 60;
/** Seconds in an hour. */
export const SECONDS_PER_HOUR = 3600;
/** Seconds in a day. */
export const SECONDS_PER_DAY = 86_400;
/** Hours in a day. */
export const HOURS_PER_DAY = 24;
/** Days in a week (day-of-week multipliers and closed days count from day 0 of a run). */
export const DAYS_PER_WEEK = 7;
