/**
 * Streaming summary of observations (waiting times, sojourn times, daily throughput): count,
 * mean, sample variance, min, max and sum in O(1) memory.
 */
import { StatsError } from "./errors.js";
import { finite, integerAtLeast, nonNegative } from "./validate.js";

/**
 * A JSON-safe summary of a {@link Tally}. Statistics that are undefined for the number of
 * observations are `null`, never `NaN`: `mean`, `min`, `max` need n >= 1; `variance`, `sd`
 * need n >= 2. Values are in the unit of the observations (variance in unit²).
 */
export interface TallySnapshot {
  /** Number of observations. */
  readonly count: number;
  /** Arithmetic mean; null with no observations. */
  readonly mean: number | null;
  /** Sample variance (divisor n - 1). */
  readonly variance: number | null;
  /** Sample standard deviation, `sqrt(variance)`. */
  readonly sd: number | null;
  /** Smallest observation; null with none. */
  readonly min: number | null;
  /** Largest observation; null with none. */
  readonly max: number | null;
  /** Sum of the observations. */
  readonly sum: number;
}

/**
 * Welford's streaming mean and variance, with Chan et al.'s pairwise formula for merging, so
 * replications and workers can summarise separately and combine exactly (up to rounding).
 *
 * @example
 * const waits = new Tally();
 * for (const w of [2, 4, 4, 4, 5, 5, 7, 9]) waits.add(w);
 * waits.mean;     // 5
 * waits.variance; // 4.571428571428571 (sample, n - 1)
 */
export class Tally {
  private n = 0;
  private mu = 0;
  /** Sum of squared deviations from the running mean (Welford's M2). */
  private m2 = 0;
  private lo = Number.POSITIVE_INFINITY;
  private hi = Number.NEGATIVE_INFINITY;
  private total = 0;

  /**
   * Builds a tally of `values`.
   * @throws {StatsError} INVALID_ARGUMENT if a value is not finite.
   */
  static of(values: Iterable<number>): Tally {
    const t = new Tally();
    for (const v of values) t.add(v);
    return t;
  }

  /**
   * Rebuilds a tally from a snapshot (e.g. one posted back by a worker thread), so that
   * `Tally.fromSnapshot(a.snapshot()).merge(b)` equals `a.merge(b)` up to rounding.
   * @throws {StatsError} INVALID_ARGUMENT if the snapshot is inconsistent (missing mean/min/max
   *   with count >= 1, missing variance with count >= 2, negative variance).
   */
  static fromSnapshot(s: TallySnapshot): Tally {
    const api = "Tally.fromSnapshot";
    integerAtLeast(api, "count", s.count, 0);
    const t = new Tally();
    if (s.count === 0) return t;
    if (s.mean === null || s.min === null || s.max === null) {
      throw new StatsError("INVALID_ARGUMENT", {
        api,
        path: "mean/min/max",
        received: null,
        expected: "finite numbers when count >= 1",
      });
    }
    let variance = 0;
    if (s.count >= 2) {
      if (s.variance === null) {
        throw new StatsError("INVALID_ARGUMENT", {
          api,
          path: "variance",
          received: null,
          expected: "a finite number >= 0 when count >= 2",
        });
      }
      variance = nonNegative(api, "variance", s.variance);
    }
    t.n = s.count;
    t.mu = finite(api, "mean", s.mean);
    t.m2 = variance * (s.count - 1);
    t.lo = finite(api, "min", s.min);
    t.hi = finite(api, "max", s.max);
    t.total = finite(api, "sum", s.sum);
    return t;
  }

  /**
   * Records one observation.
   * @throws {StatsError} INVALID_ARGUMENT if `x` is NaN or infinite.
   */
  add(x: number): void {
    if (!Number.isFinite(x)) finite("Tally.add", "x", x);
    const n = this.n + 1;
    const delta = x - this.mu;
    this.mu += delta / n;
    this.m2 += delta * (x - this.mu);
    this.n = n;
    if (x < this.lo) this.lo = x;
    if (x > this.hi) this.hi = x;
    this.total += x;
  }

  /**
   * Folds `other` into this tally (Chan, Golub & LeVeque's pairwise update); `other` is unchanged.
   * The result equals the tally of both observation sequences concatenated, up to rounding.
   * @returns this tally, for chaining.
   */
  merge(other: Tally): this {
    if (other.n === 0) return this;
    if (this.n === 0) {
      this.n = other.n;
      this.mu = other.mu;
      this.m2 = other.m2;
      this.lo = other.lo;
      this.hi = other.hi;
      this.total = other.total;
      return this;
    }
    const n = this.n + other.n;
    const delta = other.mu - this.mu;
    this.mu += (delta * other.n) / n;
    this.m2 += other.m2 + ((delta * delta * this.n) / n) * other.n;
    this.n = n;
    if (other.lo < this.lo) this.lo = other.lo;
    if (other.hi > this.hi) this.hi = other.hi;
    this.total += other.total;
    return this;
  }

  /** Number of observations. */
  get count(): number {
    return this.n;
  }

  /** Arithmetic mean, or `null` with no observations. */
  get mean(): number | null {
    return this.n > 0 ? this.mu : null;
  }

  /** Sample variance (divisor n - 1), or `null` with fewer than 2 observations. */
  get variance(): number | null {
    // Rounding can leave M2 a hair below zero for constant data; clamp.
    return this.n > 1 ? Math.max(0, this.m2) / (this.n - 1) : null;
  }

  /** Sample standard deviation, or `null` with fewer than 2 observations. */
  get sd(): number | null {
    const v = this.variance;
    return v === null ? null : Math.sqrt(v);
  }

  /** Smallest observation, or `null` with no observations. */
  get min(): number | null {
    return this.n > 0 ? this.lo : null;
  }

  /** Largest observation, or `null` with no observations. */
  get max(): number | null {
    return this.n > 0 ? this.hi : null;
  }

  /** Sum of the observations (0 with none). */
  get sum(): number {
    return this.total;
  }

  /** A plain, JSON-safe copy of the statistics (no `NaN`, no `Infinity`). */
  snapshot(): TallySnapshot {
    return {
      count: this.n,
      mean: this.mean,
      variance: this.variance,
      sd: this.sd,
      min: this.min,
      max: this.max,
      sum: this.total,
    };
  }
}
