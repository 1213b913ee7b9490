/**
 * The continuous uniform law on [min, max).
 *
 * @module
 */
import type { Distribution } from "../distribution.js";
import type { RandomStream } from "../stream.js";
import { ParameterCheck } from "../validate.js";

/** Uniform on [min, max); one draw per sample, by inversion. */
export class Uniform implements Distribution {
  readonly kind = "uniform";
  readonly mean: number;
  readonly variance: number;
  private readonly width: number;

  constructor(
    /** Lower bound, included (caller's units). */
    readonly min: number,
    /** Upper bound, excluded. */
    readonly max: number,
  ) {
    this.width = max - min;
    this.mean = (min + max) / 2;
    this.variance = (this.width * this.width) / 12;
  }

  sample(stream: RandomStream): number {
    return this.min + this.width * stream.next();
  }

  describe(): string {
    return `uniform(min=${this.min}, max=${this.max})`;
  }
}

/** Options of {@link uniform}. */
export interface UniformOptions {
  /** Lower bound (inclusive), finite (caller's units). */
  readonly min: number;
  /** Upper bound (exclusive), finite and > min (same units). */
  readonly max: number;
}

/**
 * Uniform between `min` and `max` (caller's units), mean (min+max)/2, variance (max−min)²/12.
 *
 * @param options - `{ min, max }`
 * @throws {RandomError} INVALID_PARAMETER when `options` is not an object, has an unknown key,
 *   a bound is not finite, or max <= min
 * @example
 * const service = uniform({ min: 60, max: 120 }); // seconds in [60, 120)
 * service.mean; // 90
 * service.sample(createStream("demo")); // < 120
 */
export function uniform(options: UniformOptions): Uniform {
  const check = new ParameterCheck("uniform");
  const given = check.options(options, ["min", "max"]);
  if (given !== undefined) {
    const { min, max } = given;
    if ([check.finite("min", min), check.finite("max", max)].every(Boolean)) {
      check.that((max as number) > (min as number), "max", max, `a number > min (${min})`);
    }
  }
  check.throwIfInvalid();
  return new Uniform(options.min, options.max);
}
