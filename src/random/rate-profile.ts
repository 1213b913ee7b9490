/**
 * A piecewise-constant arrival rate: hour of day × day of week × seasonal multipliers.
 *
 * Time is in SECONDS from the simulation's day 0 at 00:00; day d covers [86400·d, 86400·(d+1)).
 *
 * @module
 */
import { isFiniteNumber, ParameterCheck } from "./validate.js";

const SECONDS_PER_HOUR = 3600;
const SECONDS_PER_DAY = 86_400;

/** A multiplier applied on days fromDay <= d < toDay; overlapping seasons multiply. */
export interface SeasonalMultiplier {
  /** First day (inclusive), an integer >= 0. */
  readonly fromDay: number;
  /** End day (exclusive), an integer > fromDay, or Infinity for "from then on". */
  readonly toDay: number;
  /** Factor on the rate, finite and >= 0 (0 closes the gate for the season). */
  readonly multiplier: number;
}

/** Plain-data description of a rate profile, as found in a scenario file. */
export interface RateProfileSpec {
  /** 24 rates in arrivals per HOUR, index 0 = 00:00–01:00; each finite and >= 0. */
  readonly ratePerHourByHourOfDay: readonly number[];
  /** 7 factors, index 0 = the simulation's day 0 (days 7, 14, … reuse it); default all 1. */
  readonly dayOfWeekMultipliers?: readonly number[];
  /** Seasons on absolute day numbers (no yearly wrap); default none. */
  readonly seasonalMultipliers?: readonly SeasonalMultiplier[];
}

/**
 * The arrival rate as a function of time, with its maximum and exact integrals.
 *
 * @example
 * const profile = new RateProfile({ ratePerHourByHourOfDay: Array(24).fill(36) });
 * profile.rateAt(5000); // 0.01 arrivals per second
 * profile.expectedCount(0, 86_400); // 864
 */
export class RateProfile {
  /** Upper bound of `rateAt` over all times, in arrivals per SECOND (the thinning rate). */
  readonly maxRate: number;
  /** From this time on (seconds) the rate is zero forever; Infinity when it never is. */
  readonly zeroFromSeconds: number;
  private readonly hourly: Float64Array;
  private readonly weekly: Float64Array;
  private readonly seasons: readonly SeasonalMultiplier[];
  /** Σ hourly rates: expected arrivals in one day with factor 1. */
  private readonly dailyCount: number;
  // perf: memo of the last day's factor; thinning queries the same day many times in a row.
  private memoDay = -1;
  private memoFactor = 0;

  /**
   * @throws {RandomError} INVALID_PARAMETER listing every invalid entry of `spec`
   */
  constructor(spec: RateProfileSpec) {
    validateSpec(spec);
    this.hourly = Float64Array.from(spec.ratePerHourByHourOfDay);
    this.weekly = Float64Array.from(spec.dayOfWeekMultipliers ?? [1, 1, 1, 1, 1, 1, 1]);
    this.seasons = (spec.seasonalMultipliers ?? []).map((s) => ({ ...s }));
    this.dailyCount = this.hourly.reduce((sum, r) => sum + r, 0);

    const maxHourly = Math.max(...this.hourly);
    const maxWeekly = Math.max(...this.weekly);
    const candidates = [...new Set([0, ...this.seasons.flatMap((s) => [s.fromDay, s.toDay])])]
      .filter(Number.isFinite)
      .sort((a, b) => a - b);
    const products = candidates.map((day) => this.seasonalFactor(day));
    this.maxRate = (maxHourly * maxWeekly * Math.max(...products)) / SECONDS_PER_HOUR;
    this.zeroFromSeconds = this.maxRate === 0 ? 0 : zeroTailStart(candidates, products);
  }

  /**
   * Arrival rate at `timeSeconds`, in arrivals per SECOND (0 for negative or NaN times).
   *
   * @example new RateProfile({ ratePerHourByHourOfDay: Array(24).fill(3600) }).rateAt(10) // 1
   */
  rateAt(timeSeconds: number): number {
    if (!(timeSeconds >= 0)) return 0;
    const day = Math.floor(timeSeconds / SECONDS_PER_DAY);
    const hour = Math.floor((timeSeconds - day * SECONDS_PER_DAY) / SECONDS_PER_HOUR);
    return ((this.hourly[hour] ?? 0) * this.dayFactor(day)) / SECONDS_PER_HOUR;
  }

  /**
   * Expected number of arrivals in [fromSeconds, toSeconds): the exact integral of the rate.
   *
   * @param fromSeconds - start, finite and >= 0
   * @param toSeconds - end, finite and >= fromSeconds
   * @throws {RandomError} INVALID_PARAMETER for a bad interval
   * @example
   * const profile = new RateProfile({
   *   ratePerHourByHourOfDay: Array(24).fill(100),
   *   dayOfWeekMultipliers: [1, 1, 1, 1, 1, 0.5, 0.5],
   * });
   * profile.expectedCount(0, 7 * 86_400); // 14400 (arrivals expected in the first week)
   */
  expectedCount(fromSeconds: number, toSeconds: number): number {
    const check = new ParameterCheck("RateProfile.expectedCount");
    if (check.nonNegative("fromSeconds", fromSeconds) && check.finite("toSeconds", toSeconds)) {
      check.that(toSeconds >= fromSeconds, "toSeconds", toSeconds, `a number >= fromSeconds`);
    }
    check.throwIfInvalid();
    let total = 0;
    const firstDay = Math.floor(fromSeconds / SECONDS_PER_DAY);
    for (let day = firstDay; day * SECONDS_PER_DAY < toSeconds; day++) {
      const factor = this.dayFactor(day);
      if (factor === 0) continue;
      const dayStart = day * SECONDS_PER_DAY;
      const start = Math.max(fromSeconds, dayStart) - dayStart;
      const end = Math.min(toSeconds, dayStart + SECONDS_PER_DAY) - dayStart;
      total += factor * this.countWithinDay(start, end);
    }
    return total;
  }

  /** Expected count within one day at factor 1, between offsets start <= end in [0, 86400]. */
  private countWithinDay(start: number, end: number): number {
    if (start === 0 && end === SECONDS_PER_DAY) return this.dailyCount;
    let count = 0;
    const lastHour = Math.min(23, Math.ceil(end / SECONDS_PER_HOUR) - 1);
    for (let hour = Math.floor(start / SECONDS_PER_HOUR); hour <= lastHour; hour++) {
      const from = Math.max(start, hour * SECONDS_PER_HOUR);
      const to = Math.min(end, (hour + 1) * SECONDS_PER_HOUR);
      if (to > from) count += ((this.hourly[hour] ?? 0) * (to - from)) / SECONDS_PER_HOUR;
    }
    return count;
  }

  /** Day-of-week × seasonal factor of day `day` (memoised for the last day asked). */
  private dayFactor(day: number): number {
    if (day === this.memoDay) return this.memoFactor;
    const factor = (this.weekly[day % 7] ?? 0) * this.seasonalFactor(day);
    this.memoDay = day;
    this.memoFactor = factor;
    return factor;
  }

  private seasonalFactor(day: number): number {
    let factor = 1;
    for (const season of this.seasons) {
      if (day >= season.fromDay && day < season.toDay) factor *= season.multiplier;
    }
    return factor;
  }
}

/**
 * Builds a {@link RateProfile} from plain data.
 *
 * @throws {RandomError} INVALID_PARAMETER listing every invalid entry
 * @example
 * const hourly = Array.from({ length: 24 }, (_, hour) => (hour >= 7 && hour < 21 ? 200 : 20));
 * const profile = createRateProfile({
 *   ratePerHourByHourOfDay: hourly,
 *   seasonalMultipliers: [{ fromDay: 7, toDay: 49, multiplier: 1.35 }], // durian season
 * });
 * profile.maxRate * 3600; // 270 (arrivals per hour at a season's peak)
 */
export function createRateProfile(spec: RateProfileSpec): RateProfile {
  return new RateProfile(spec);
}

/** Start (seconds) of the final run of zero seasonal products, or Infinity if the tail is > 0. */
function zeroTailStart(days: readonly number[], products: readonly number[]): number {
  let start = Number.POSITIVE_INFINITY;
  for (let i = products.length - 1; i >= 0 && products[i] === 0; i--) {
    start = (days[i] as number) * SECONDS_PER_DAY;
  }
  return start;
}

function validateSpec(spec: RateProfileSpec): void {
  const check = new ParameterCheck("RateProfile");
  checkFactors(check, "ratePerHourByHourOfDay", spec?.ratePerHourByHourOfDay, 24);
  if (spec?.dayOfWeekMultipliers !== undefined) {
    checkFactors(check, "dayOfWeekMultipliers", spec.dayOfWeekMultipliers, 7);
  }
  const seasons: unknown = spec?.seasonalMultipliers;
  if (
    seasons !== undefined &&
    check.that(Array.isArray(seasons), "seasonalMultipliers", seasons, "an array")
  ) {
    (seasons as readonly Partial<SeasonalMultiplier>[]).forEach((season, i) => {
      const path = `seasonalMultipliers[${i}]`;
      const fromDay = season?.fromDay;
      const fromOk = check.integer(`${path}.fromDay`, fromDay);
      const toDay = season?.toDay;
      const toIsDay = toDay === Number.POSITIVE_INFINITY || Number.isSafeInteger(toDay);
      check.that(
        toIsDay && (!fromOk || (toDay as number) > (fromDay as number)),
        `${path}.toDay`,
        toDay,
        fromOk ? `an integer > fromDay (${fromDay}) or Infinity` : "an integer or Infinity",
      );
      check.nonNegative(`${path}.multiplier`, season?.multiplier);
    });
  }
  check.throwIfInvalid();
}

function checkFactors(check: ParameterCheck, name: string, values: unknown, length: number) {
  const isArray = Array.isArray(values);
  if (
    !check.that(isArray && values.length === length, name, values, `an array of ${length} numbers`)
  ) {
    return;
  }
  (values as readonly unknown[]).forEach((value, i) => {
    check.that(isFiniteNumber(value) && value >= 0, `${name}[${i}]`, value, "a finite number >= 0");
  });
}
