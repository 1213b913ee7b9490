/**
 * Quantiles of non-negative durations in bounded memory, on an HDR histogram
 * (hdr-histogram-js, pure JS implementation: deterministic, no WebAssembly, no randomness).
 */
import type { JsHistogram } from "hdr-histogram-js";
// perf: the one histogram class, not the package's index, which loads its WebAssembly build and
// log codecs too (≈ 140 ms of every `import("gatesim")`; bench/import-time.ts).
import float64HistogramModule from "hdr-histogram-js/dist/Float64Histogram.js";
import { StatsError } from "./errors.js";
import type { QuantileEstimator } from "./quantile-estimator.js";
import { finite, integerAtLeast, positive } from "./validate.js";

/** Options of a {@link QuantileSketch}. */
export interface QuantileSketchOptions {
  /**
   * Smallest distinguishable step, in the unit of the values (seconds for durations).
   * Default 0.001 (1 ms). Values are recorded as `round(x / resolution)`.
   */
  readonly resolution?: number;
  /** Significant decimal digits kept by the histogram, 1–5. Default 3 (≤ 0.1% error). */
  readonly significantDigits?: 1 | 2 | 3 | 4 | 5;
}

/**
 * The class itself: node hands a CommonJS module over as `module.exports` (`{ default: class }`),
 * a bundler that honours `__esModule` (vite, in the tests) as the class.
 */
const Float64Histogram: typeof float64HistogramModule.default =
  typeof (float64HistogramModule as unknown) === "function"
    ? (float64HistogramModule as unknown as typeof float64HistogramModule.default)
    : float64HistogramModule.default;

/** Largest scaled value accepted (hdr-histogram-js works in doubles up to 2^53). */
const MAX_SCALED = 2 ** 52;

/** Scaled values below this are counted in the sketch's own buffer (see `pending`). */
const FAST_LIMIT = 2 ** 31;

/**
 * A bounded-memory quantile sketch for non-negative values (waiting and sojourn times in
 * seconds), built on an HDR histogram.
 *
 * Range and resolution: values are scaled to integer units of `resolution` (default 1 ms).
 * The JS histogram indexes values as doubles, so any scaled value up to 2^52 is fine: a year
 * in milliseconds (3.2e10) exceeds int32 but not this range. The int32 limit in hdr-histogram-js
 * concerns its bucket *counters*; this sketch uses 64-bit float counters (`bitBucketSize` 64),
 * exact up to 2^53 observations per bucket, so merging many long replications never wraps.
 *
 * Accuracy (3 significant digits): a value below 2048·resolution (2.048 s by default) is kept
 * to within resolution/2; above, to within half a bucket, ≤ 1/2048 ≈ 0.05% relative. Quantiles
 * interpolate between order statistics like type 7 and are clamped to the exact min and max,
 * so their error against exact sorted quantiles is within 0.1% on continuous data.
 *
 * Memory: about 8 KB per doubling of the value range (≈ 210 KB for values up to a year at
 * 1 ms), independent of the number of observations. Deterministic: same input, same output.
 *
 * @example
 * const waits = new QuantileSketch(); // seconds, 1 ms resolution
 * for (let i = 1; i <= 1000; i++) waits.add(i * 3.6);
 * waits.quantile(0.5);          // ≈ 1801.8 (within 0.1%)
 * waits.shareAtOrBelow(1800);   // ≈ 0.5
 */
export class QuantileSketch implements QuantileEstimator {
  /** Value unit of one histogram step. */
  readonly resolution: number;
  /** Decimal digits the histogram keeps: relative error at most 10^-digits (3: ≤ 0.1%). */
  readonly significantDigits: 1 | 2 | 3 | 4 | 5;
  private readonly histogram: JsHistogram;
  private lo = Number.POSITIVE_INFINITY;
  private hi = Number.NEGATIVE_INFINITY;
  private total = 0;
  private n = 0;
  /**
   * perf: counts per histogram bucket not yet handed to the histogram, indexed exactly as
   * hdr-histogram-js indexes its counts but computed with one `Math.clz32` instead of its
   * log2/pow per value; flushed (one `recordValueWithCount` per used bucket) before any read.
   * The histogram gives the same answers either way (test/stats/quantiles.test.ts); an add
   * went from 128–143 to 19–22 ns (measured against the direct version; bench: scenarios,
   * smart-doubled year).
   */
  private pending = new Float64Array(0);
  private pendingCount = 0;
  /** log2 of half the sub-buckets per bucket, and of the unit: the histogram's index geometry. */
  private readonly halfMagnitude: number;
  private readonly unitMagnitude: number;

  /** @throws {StatsError} INVALID_ARGUMENT for a non-positive resolution or digits outside 1–5. */
  constructor(options: QuantileSketchOptions = {}) {
    const api = "QuantileSketch";
    this.resolution = positive(api, "resolution", options.resolution ?? 0.001);
    const digits = options.significantDigits ?? 3;
    if (integerAtLeast(api, "significantDigits", digits, 1) > 5) {
      throw new StatsError("INVALID_ARGUMENT", {
        api,
        path: "significantDigits",
        received: digits,
        expected: "an integer in [1, 5]",
      });
    }
    this.significantDigits = digits;
    const histogram = new Float64Histogram(1, 2, digits);
    histogram.autoResize = true;
    this.histogram = histogram;
    this.halfMagnitude = histogram.subBucketHalfCountMagnitude;
    this.unitMagnitude = histogram.unitMagnitude;
  }

  /**
   * Records one observation.
   * @param x a non-negative value in the unit of `resolution` (seconds by default).
   * @throws {StatsError} INVALID_ARGUMENT if `x` is negative, not finite, or beyond 2^52 steps.
   */
  add(x: number): void {
    const scaled = Math.round(x / this.resolution);
    if (!(x >= 0 && scaled <= MAX_SCALED)) {
      throw new StatsError("INVALID_ARGUMENT", {
        api: "QuantileSketch.add",
        path: "x",
        received: x,
        expected: `a finite number in [0, ${MAX_SCALED * this.resolution}]`,
      });
    }
    if (scaled < FAST_LIMIT) this.addPending(scaled);
    else this.histogram.recordValue(scaled);
    this.n += 1;
    if (x < this.lo) this.lo = x;
    if (x > this.hi) this.hi = x;
    this.total += x;
  }

  /** Number of observations. */
  get count(): number {
    return this.n;
  }

  /** Counts one scaled value (an integer in [0, 2^31)) in the pending buffer. */
  private addPending(scaled: number): void {
    // hdr-histogram-js: bucket = max(floor(log2 v) − halfMagnitude − unitMagnitude, 0),
    // sub-bucket = floor(v / 2^(bucket + unitMagnitude)), index = bucket·2^halfMagnitude + sub-bucket.
    const unit = this.unitMagnitude;
    const bucket = Math.max(31 - Math.clz32(scaled) - this.halfMagnitude - unit, 0);
    const index = (bucket << this.halfMagnitude) + ((scaled >>> (bucket + unit)) | 0);
    if (index >= this.pending.length) this.growPending(index);
    this.pending[index]! += 1;
    this.pendingCount += 1;
  }

  private growPending(index: number): void {
    let size = Math.max(this.pending.length, 2 << this.halfMagnitude);
    while (size <= index) size *= 2;
    const grown = new Float64Array(size);
    grown.set(this.pending);
    this.pending = grown;
  }

  /** The histogram with every pending count handed over. */
  private flushed(): JsHistogram {
    const h = this.histogram;
    if (this.pendingCount === 0) return h;
    const pending = this.pending;
    const unit = this.unitMagnitude;
    const half = this.halfMagnitude;
    for (let i = 0; i < pending.length; i++) {
      const c = pending[i]!;
      if (c === 0) continue;
      // The lowest value of bucket i, from the same geometry (index = bucket·2^half + sub).
      const bucket = Math.max((i >>> half) - 1, 0);
      const sub = i - (bucket << half);
      h.recordValueWithCount(sub * 2 ** (bucket + unit), c);
      pending[i] = 0;
    }
    this.pendingCount = 0;
    return h;
  }

  get min(): number | null {
    return this.count > 0 ? this.lo : null;
  }

  get max(): number | null {
    return this.count > 0 ? this.hi : null;
  }

  get mean(): number | null {
    return this.count > 0 ? this.total / this.count : null;
  }

  /**
   * The p-quantile (type 7: rank h = (n - 1)·p, interpolated between neighbouring order
   * statistics, each located to its bucket's midpoint; the smallest and largest are exact),
   * clamped to the exact [min, max].
   * @param p probability in [0, 1].
   * @returns the quantile in the unit of the values, or `null` with no observations.
   * @throws {StatsError} INVALID_ARGUMENT if p is outside [0, 1].
   */
  quantile(p: number): number | null {
    if (!(p >= 0 && p <= 1)) {
      throw new StatsError("INVALID_ARGUMENT", {
        api: "QuantileSketch.quantile",
        path: "p",
        received: p,
        expected: "a number in [0, 1]",
      });
    }
    const n = this.count;
    if (n === 0) return null;
    const h = (n - 1) * p;
    const r0 = Math.floor(h);
    const r1 = Math.min(r0 + 1, n - 1);
    const [v0, v1] = this.valuesAtRanks(r0, r1);
    // The extreme order statistics are known exactly.
    const at = (r: number, v: number) =>
      r === 0 ? this.lo : r === n - 1 ? this.hi : v * this.resolution;
    const q0 = at(r0, v0);
    const q1 = at(r1, v1);
    return Math.min(this.hi, Math.max(this.lo, q0 + (h - r0) * (q1 - q0)));
  }

  /**
   * Share of observations at or below `threshold` (e.g. trucks cleared within a target time).
   * Exact at or beyond the extremes; otherwise the bucket containing the threshold is split
   * linearly, so the error is at most that bucket's share of the observations.
   * @returns a share in [0, 1], or `null` with no observations.
   * @throws {StatsError} INVALID_ARGUMENT if `threshold` is NaN.
   */
  shareAtOrBelow(threshold: number): number | null {
    if (Number.isNaN(threshold)) finite("QuantileSketch.shareAtOrBelow", "threshold", threshold);
    const n = this.count;
    if (n === 0) return null;
    if (threshold >= this.hi) return 1;
    if (threshold < this.lo) return 0;
    const t = threshold / this.resolution;
    const h = this.flushed();
    let below = 0;
    for (let i = 0; i < h.countsArrayLength; i++) {
      const c = h.getCountAtIndex(i);
      if (c === 0) continue;
      const lo = h.valueFromIndex(i);
      const width = h.sizeOfEquivalentValueRange(lo);
      if (width === 1) {
        // A unit-wide bucket holds values recorded as exactly `lo`.
        if (lo <= t) below += c;
        else break;
      } else {
        // Values recorded as lo..lo+width-1 came from [lo - 0.5, lo + width - 0.5) steps.
        const start = lo - 0.5;
        if (t >= start + width) below += c;
        else {
          if (t > start) below += (c * (t - start)) / width;
          break;
        }
      }
    }
    return Math.min(1, below / n);
  }

  /**
   * Folds `other` into this sketch; `other` is unchanged.
   * @returns this sketch, for chaining.
   * @throws {StatsError} INCOMPATIBLE_MERGE if resolution or significant digits differ.
   */
  merge(other: QuantileSketch): this {
    if (
      other.resolution !== this.resolution ||
      other.significantDigits !== this.significantDigits
    ) {
      throw new StatsError("INCOMPATIBLE_MERGE", {
        api: "QuantileSketch.merge",
        path: "other",
        received: other,
        receivedText: `resolution ${other.resolution}, significantDigits ${other.significantDigits}`,
        expected: `resolution ${this.resolution}, significantDigits ${this.significantDigits}`,
      });
    }
    if (other.count === 0) return this;
    this.flushed().add(other.flushed());
    this.n += other.n;
    if (other.lo < this.lo) this.lo = other.lo;
    if (other.hi > this.hi) this.hi = other.hi;
    this.total += other.total;
    return this;
  }

  /** Scaled midpoints of the buckets holding 0-based ranks r0 <= r1. */
  private valuesAtRanks(r0: number, r1: number): [number, number] {
    const h = this.flushed();
    let seen = 0;
    let v0 = 0;
    let found0 = false;
    for (let i = 0; i < h.countsArrayLength; i++) {
      const c = h.getCountAtIndex(i);
      if (c === 0) continue;
      seen += c;
      if (!found0 && seen > r0) {
        v0 = midpoint(h, i);
        found0 = true;
      }
      if (seen > r1) return [v0, midpoint(h, i)];
    }
    return [v0, v0];
  }
}

/** Midpoint (in scaled steps) of the integers recorded in bucket `index`. */
function midpoint(h: JsHistogram, index: number): number {
  const lo = h.valueFromIndex(index);
  return lo + (h.sizeOfEquivalentValueRange(lo) - 1) / 2;
}
