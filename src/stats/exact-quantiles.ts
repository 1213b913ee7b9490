/**
 * Exact quantiles for small runs and for testing the sketch: keeps every value and sorts on
 * demand.
 */
import { StatsError } from "./errors.js";
import type { QuantileEstimator } from "./quantile-estimator.js";
import { finite } from "./validate.js";

/**
 * Keeps all observations (8 bytes each) and answers exact quantiles with linear interpolation
 * between order statistics (Hyndman & Fan type 7, the default of R and NumPy). Unlike
 * {@link QuantileSketch} it accepts negative values. The sorted copy is cached until the next
 * `add` or `merge`.
 *
 * @example
 * const q = new ExactQuantiles();
 * for (const x of [1, 2, 3, 4]) q.add(x);
 * q.quantile(0.5);       // 2.5
 * q.shareAtOrBelow(2);   // 0.5
 */
export class ExactQuantiles implements QuantileEstimator {
  private values: number[] = [];
  private sorted: Float64Array | null = null;
  private total = 0;

  /**
   * Builds an estimator holding `values`.
   * @throws {StatsError} INVALID_ARGUMENT if a value is not finite.
   */
  static of(values: Iterable<number>): ExactQuantiles {
    const q = new ExactQuantiles();
    for (const v of values) q.add(v);
    return q;
  }

  /**
   * Records one observation.
   * @throws {StatsError} INVALID_ARGUMENT if `x` is NaN or infinite.
   */
  add(x: number): void {
    if (!Number.isFinite(x)) finite("ExactQuantiles.add", "x", x);
    this.values.push(x);
    this.total += x;
    this.sorted = null;
  }

  /** Number of observations. */
  get count(): number {
    return this.values.length;
  }

  get min(): number | null {
    const s = this.sortedValues();
    return s.length > 0 ? s[0]! : null;
  }

  /** Largest observation, or `null` with none. */
  get max(): number | null {
    const s = this.sortedValues();
    return s.length > 0 ? s[s.length - 1]! : null;
  }

  get mean(): number | null {
    return this.values.length > 0 ? this.total / this.values.length : null;
  }

  /**
   * The p-quantile by type-7 interpolation: rank h = (n - 1)·p (0-based),
   * `x[⌊h⌋] + (h - ⌊h⌋)·(x[⌊h⌋ + 1] - x[⌊h⌋])`.
   * @param p probability in [0, 1].
   * @returns the quantile, or `null` with no observations.
   * @throws {StatsError} INVALID_ARGUMENT if p is outside [0, 1].
   */
  quantile(p: number): number | null {
    if (!(p >= 0 && p <= 1)) {
      throw new StatsError("INVALID_ARGUMENT", {
        api: "ExactQuantiles.quantile",
        path: "p",
        received: p,
        expected: "a number in [0, 1]",
      });
    }
    const s = this.sortedValues();
    const n = s.length;
    if (n === 0) return null;
    const h = (n - 1) * p;
    const i = Math.floor(h);
    const lo = s[i]!;
    const hi = s[Math.min(i + 1, n - 1)]!;
    return lo + (h - i) * (hi - lo);
  }

  /**
   * Share of observations `<= threshold`, exactly (binary search on the sorted values).
   * @returns a share in [0, 1], or `null` with no observations.
   * @throws {StatsError} INVALID_ARGUMENT if `threshold` is NaN.
   */
  shareAtOrBelow(threshold: number): number | null {
    if (Number.isNaN(threshold)) finite("ExactQuantiles.shareAtOrBelow", "threshold", threshold);
    const s = this.sortedValues();
    if (s.length === 0) return null;
    let lo = 0;
    let hi = s.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (s[mid]! <= threshold) lo = mid + 1;
      else hi = mid;
    }
    return lo / s.length;
  }

  /**
   * Appends all of `other`'s observations; `other` is unchanged.
   * @returns this estimator, for chaining.
   */
  merge(other: ExactQuantiles): this {
    for (const v of other.values) this.values.push(v);
    this.total += other.total;
    this.sorted = null;
    return this;
  }

  private sortedValues(): Float64Array {
    if (this.sorted === null) this.sorted = Float64Array.from(this.values).sort();
    return this.sorted;
  }
}
