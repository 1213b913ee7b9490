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
    readonly min: number,
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

/**
 * Uniform between `min` and `max` (caller's units), mean (min+max)/2, variance (max−min)²/12.
 *
 * @param min - finite lower bound
 * @param max - finite upper bound, > min
 * @throws {RandomError} INVALID_PARAMETER for non-finite bounds or max <= min
 * @example uniform(60, 120).sample(stream) // seconds in [60, 120)
 */
export function uniform(min: number, max: number): Uniform {
  const check = new ParameterCheck("uniform");
  const boundsFinite = [check.finite("min", min), check.finite("max", max)].every(Boolean);
  if (boundsFinite) check.that(max > min, "max", max, `a number > min (${min})`);
  check.throwIfInvalid();
  return new Uniform(min, max);
}
