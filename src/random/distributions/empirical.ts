/**
 * The empirical law of observed values: plain resampling or a piecewise-linear inverse CDF.
 *
 * @module
 */
import type { Distribution } from "../distribution.js";
import type { RandomStream } from "../stream.js";
import { ParameterCheck } from "../validate.js";

/** Options of {@link empirical}. */
export interface EmpiricalOptions {
  /** The observations: a non-empty array of finite numbers (caller's units); not modified. */
  readonly samples: readonly number[];
  /**
   * `false` (default): return one of the observed values, each with probability 1/n.
   * `true`: sample the piecewise-linear inverse CDF through the sorted values (needs n >= 2).
   */
  readonly interpolate?: boolean;
}

/**
 * Empirical law over sorted observations x₀ <= … <= x_{n−1}; one draw per sample.
 *
 * Interpolated, F⁻¹(u) = x_i + (x_{i+1} − x_i)(p − i) with p = u(n−1), i = ⌊p⌋: an equal-weight
 * mixture of the n−1 uniforms on [x_i, x_{i+1}]. Its exact moments are
 * mean = Σ(x_i + x_{i+1})/(2(n−1)) and E[X²] = Σ(x_i² + x_i·x_{i+1} + x_{i+1}²)/(3(n−1)).
 */
export class Empirical implements Distribution {
  readonly kind = "empirical";
  readonly mean: number;
  readonly variance: number;
  /** The observations, sorted ascending. */
  readonly sortedValues: readonly number[];
  private readonly values: Float64Array;
  private readonly segments: number;

  constructor(
    sortedValues: readonly number[],
    /** Whether samples are piecewise linear between the sorted values (true) or resampled (false). */
    readonly interpolate: boolean,
  ) {
    this.sortedValues = sortedValues;
    this.values = Float64Array.from(sortedValues);
    this.segments = sortedValues.length - 1;
    const moments = interpolate ? interpolatedMoments(this.values) : discreteMoments(this.values);
    this.mean = moments.mean;
    this.variance = moments.variance;
  }

  sample(stream: RandomStream): number {
    const values = this.values;
    if (!this.interpolate) return values[Math.floor(stream.next() * values.length)] as number;
    const position = stream.next() * this.segments;
    const i = Math.floor(position);
    const left = values[i] as number;
    return left + ((values[i + 1] as number) - left) * (position - i);
  }

  describe(): string {
    const n = this.values.length;
    const lo = this.values[0];
    const hi = this.values[n - 1];
    return `empirical(n=${n}, range=[${lo}, ${hi}], interpolate=${this.interpolate})`;
  }
}

/**
 * The law of observed values (caller's units), e.g. measured inspection times.
 *
 * @param options - `{ samples, interpolate? }`; `interpolate` defaults to `false`
 * @throws {RandomError} INVALID_PARAMETER when `options` is not an object or has an unknown key,
 *   listing every non-finite sample, too few samples, or a non-boolean `interpolate`
 * @example
 * const observed = empirical({ samples: [95, 120, 130, 300], interpolate: true }); // seconds
 * observed.mean; // 149.17 (linear between sorted samples; resampling would give 161.25)
 * observed.sample(createStream("demo")); // >= 95
 */
export function empirical(options: EmpiricalOptions): Empirical {
  const check = new ParameterCheck("empirical");
  const given = check.options(options, ["samples", "interpolate"]);
  if (given !== undefined) {
    const interpolate = given.interpolate ?? false;
    check.that(typeof interpolate === "boolean", "interpolate", interpolate, "a boolean");
    const list = check.nonEmptyArray("samples", given.samples);
    if (list !== undefined) {
      for (let i = 0; i < list.length; i++) check.finite(`samples[${i}]`, list[i]);
      if (interpolate === true) {
        const enough = list.length >= 2;
        const expected = "at least 2 values when interpolating";
        check.that(enough, "samples", list, expected, `an array of length ${list.length}`);
      }
    }
  }
  check.throwIfInvalid();
  const sorted = [...options.samples].sort((a, b) => a - b);
  return new Empirical(sorted, options.interpolate ?? false);
}

interface Moments {
  readonly mean: number;
  readonly variance: number;
}

/** Mean and population variance (1/n), shifted by the first value for numerical stability. */
function discreteMoments(values: Float64Array): Moments {
  const shift = values[0] as number;
  let sum = 0;
  let sumSquares = 0;
  for (const value of values) {
    const y = value - shift;
    sum += y;
    sumSquares += y * y;
  }
  const n = values.length;
  const meanShifted = sum / n;
  return { mean: shift + meanShifted, variance: Math.max(0, sumSquares / n - meanShifted ** 2) };
}

/** Exact moments of the piecewise-linear inverse CDF (mixture of n−1 uniforms). */
function interpolatedMoments(values: Float64Array): Moments {
  const shift = values[0] as number;
  const segments = values.length - 1;
  let sum = 0;
  let sumSquares = 0;
  for (let i = 0; i < segments; i++) {
    const a = (values[i] as number) - shift;
    const b = (values[i + 1] as number) - shift;
    sum += (a + b) / 2;
    sumSquares += (a * a + a * b + b * b) / 3;
  }
  const meanShifted = sum / segments;
  return {
    mean: shift + meanShifted,
    variance: Math.max(0, sumSquares / segments - meanShifted ** 2),
  };
}
