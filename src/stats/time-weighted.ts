/**
 * Time-weighted statistics of a piecewise-constant level: queue length, busy servers, yard
 * occupancy. The engine reports level changes through `update(time, level)`; this object does
 * the arithmetic.
 */
import { StatsError } from "./errors.js";
import { finite } from "./validate.js";

/** A JSON-safe summary of a {@link TimeWeighted} over `[startTime, endTime]`. */
export interface TimeWeightedSnapshot {
  /** Start of the observation window (s): construction or last `reset`. */
  readonly startTime: number;
  /** End of the observation window (s). */
  readonly endTime: number;
  /** `endTime - startTime` (s). */
  readonly duration: number;
  /** Integral of the level over the window (level·s). */
  readonly integral: number;
  /** Time-average level, or `null` for an empty window (duration 0). */
  readonly mean: number | null;
  /** Smallest level taken in the window (including the level at its start). */
  readonly min: number;
  /** Largest level taken in the window (including zero-duration spikes). */
  readonly max: number;
  /** Level at `endTime`. */
  readonly current: number;
}

/**
 * Time-weighted mean, min and max of a level that changes at discrete instants.
 *
 * The integral ∫ level dt is accumulated with Neumaier's compensated summation. Over a year of
 * simulated seconds (3.2e7 s) with millions of level changes the running integral grows to
 * ~10^6 times a typical increment, and plain summation commits one rounding error per update:
 * the error bound grows like n·ε (about 1e-10 relative for n = 10^6; the test measures 1e-14
 * for plain summation on such a year). The compensated sum carries the lost low-order bits in
 * a second term, so its error stays at about one rounding regardless of the number of updates
 * (the same test measures < 1e-15): long and short runs, and replications of different
 * lengths, are averaged equally accurately and do not drift apart.
 *
 * Satisfies the engine's level-observer interface `update(time, level): void` structurally.
 *
 * @example
 * const queue = new TimeWeighted(0, 0); // time in seconds, level in trucks
 * queue.update(10, 2); // level 2 from t = 10 s
 * queue.update(30, 1); // level 1 from t = 30 s
 * queue.mean(40);      // 1.25 = (0·10 + 2·20 + 1·10) / 40
 */
export class TimeWeighted {
  private t0: number;
  private tLast: number;
  private level: number;
  /** Running integral (level·s) and its Neumaier compensation term. */
  private sum = 0;
  private comp = 0;
  private lo: number;
  private hi: number;

  /**
   * @param startTime time at which observation starts (s), default 0.
   * @param initialLevel level held from `startTime` until the first update, default 0.
   * @throws {StatsError} INVALID_ARGUMENT if either is not finite.
   */
  constructor(startTime = 0, initialLevel = 0) {
    finite("TimeWeighted", "startTime", startTime);
    finite("TimeWeighted", "initialLevel", initialLevel);
    this.t0 = startTime;
    this.tLast = startTime;
    this.level = initialLevel;
    this.lo = initialLevel;
    this.hi = initialLevel;
  }

  /**
   * Records that the level becomes `level` at `timeSeconds`.
   * @param timeSeconds simulated time (s), never earlier than the previous update.
   * @param level the new level (any finite number; usually a count).
   * @throws {StatsError} TIME_WENT_BACKWARDS if `timeSeconds` precedes the last update;
   *   INVALID_ARGUMENT if `level` or `timeSeconds` is not finite.
   */
  update(timeSeconds: number, level: number): void {
    const dt = timeSeconds - this.tLast;
    if (!(dt >= 0) || !Number.isFinite(timeSeconds)) this.rejectTime("update", timeSeconds);
    if (!Number.isFinite(level)) finite("TimeWeighted.update", "level", level);
    if (dt > 0) this.accumulate(this.level * dt);
    this.tLast = timeSeconds;
    this.level = level;
    if (level < this.lo) this.lo = level;
    if (level > this.hi) this.hi = level;
  }

  /**
   * Integral of the level from the window start to `untilTime` (level·s).
   * @param untilTime end of the window (s), default the time of the last update.
   * @throws {StatsError} TIME_WENT_BACKWARDS if `untilTime` precedes the last update.
   */
  integral(untilTime: number = this.tLast): number {
    const dt = untilTime - this.tLast;
    if (!(dt >= 0) || !Number.isFinite(untilTime)) this.rejectTime("integral", untilTime);
    // Fold the open segment in a compensated way without mutating state.
    const x = this.level * dt;
    const s = this.sum + x;
    const c =
      Math.abs(this.sum) >= Math.abs(x)
        ? this.sum - s + x + this.comp
        : x - s + this.sum + this.comp;
    return s + c;
  }

  /**
   * Time-average level over `[startTime, untilTime]`, or `null` if the window is empty.
   * @param untilTime end of the window (s), default the time of the last update.
   * @throws {StatsError} TIME_WENT_BACKWARDS if `untilTime` precedes the last update.
   */
  mean(untilTime: number = this.tLast): number | null {
    const total = this.integral(untilTime);
    const duration = untilTime - this.t0;
    return duration > 0 ? total / duration : null;
  }

  /** Largest level taken since the window start. */
  get max(): number {
    return this.hi;
  }

  /** Smallest level taken since the window start. */
  get min(): number {
    return this.lo;
  }

  /** The level now (as of the last update). */
  get current(): number {
    return this.level;
  }

  /** Start of the observation window (s). */
  get startTime(): number {
    return this.t0;
  }

  /** Time of the last update, `finish` or `reset` (s). */
  get lastTime(): number {
    return this.tLast;
  }

  /**
   * Closes the observation at `time` (the current level is held until then) and returns the
   * summary. Equivalent to `update(time, current)` followed by `snapshot()`; further updates
   * are still accepted.
   * @throws {StatsError} TIME_WENT_BACKWARDS if `time` precedes the last update.
   */
  finish(time: number): TimeWeightedSnapshot {
    this.update(time, this.level);
    return this.snapshot();
  }

  /**
   * Discards the history before `time` (warm-up deletion): the window restarts at `time`,
   * the integral is cleared, and min and max restart from the current level, which is kept.
   * @throws {StatsError} TIME_WENT_BACKWARDS if `time` precedes the last update.
   */
  reset(time: number): void {
    if (!(time - this.tLast >= 0) || !Number.isFinite(time)) this.rejectTime("reset", time);
    this.t0 = time;
    this.tLast = time;
    this.sum = 0;
    this.comp = 0;
    this.lo = this.level;
    this.hi = this.level;
  }

  /**
   * A plain, JSON-safe summary of the window `[startTime, untilTime]`.
   * @param untilTime end of the window (s), default the time of the last update.
   * @throws {StatsError} TIME_WENT_BACKWARDS if `untilTime` precedes the last update.
   */
  snapshot(untilTime: number = this.tLast): TimeWeightedSnapshot {
    const integral = this.integral(untilTime);
    const duration = untilTime - this.t0;
    return {
      startTime: this.t0,
      endTime: untilTime,
      duration,
      integral,
      mean: duration > 0 ? integral / duration : null,
      min: this.lo,
      max: this.hi,
      current: this.level,
    };
  }

  /** Neumaier's compensated addition of `x` to the running integral. */
  private accumulate(x: number): void {
    const s = this.sum + x;
    if (Math.abs(this.sum) >= Math.abs(x)) this.comp += this.sum - s + x;
    else this.comp += x - s + this.sum;
    this.sum = s;
  }

  private rejectTime(method: string, time: number): never {
    if (!Number.isFinite(time)) finite(`TimeWeighted.${method}`, "time", time);
    throw new StatsError("TIME_WENT_BACKWARDS", {
      api: `TimeWeighted.${method}`,
      path: "time",
      received: time,
      expected: `a time >= ${this.tLast} (the last update)`,
    });
  }
}
