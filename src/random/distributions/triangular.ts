/**
 * The triangular law on [min, max] with the given mode.
 *
 * @module
 */
import type { Distribution } from "../distribution.js";
import type { RandomStream } from "../stream.js";
import { ParameterCheck } from "../validate.js";

/** Triangular(min, mode, max); one draw per sample, by inversion. */
export class Triangular implements Distribution {
  readonly kind = "triangular";
  readonly mean: number;
  readonly variance: number;
  /** CDF at the mode, (mode − min)/(max − min). */
  private readonly modeCdf: number;
  private readonly width: number;

  constructor(
    readonly min: number,
    readonly mode: number,
    readonly max: number,
  ) {
    this.width = max - min;
    this.modeCdf = (mode - min) / this.width;
    this.mean = (min + mode + max) / 3;
    this.variance =
      (min * min + mode * mode + max * max - min * mode - min * max - mode * max) / 18;
  }

  sample(stream: RandomStream): number {
    const u = stream.next();
    if (u < this.modeCdf) return this.min + Math.sqrt(u * this.width * (this.mode - this.min));
    return this.max - Math.sqrt((1 - u) * this.width * (this.max - this.mode));
  }

  describe(): string {
    return `triangular(min=${this.min}, mode=${this.mode}, max=${this.max})`;
  }
}

/**
 * Triangular between `min` and `max` peaking at `mode` (caller's units):
 * mean (min+mode+max)/3, variance (min²+mode²+max²−min·mode−min·max−mode·max)/18.
 *
 * @param min - finite lower bound
 * @param mode - most likely value, min <= mode <= max
 * @param max - finite upper bound, > min
 * @throws {RandomError} INVALID_PARAMETER for non-finite values, max <= min, or mode outside
 * @example triangular(60, 90, 240).sample(stream) // seconds
 */
export function triangular(min: number, mode: number, max: number): Triangular {
  const check = new ParameterCheck("triangular");
  const valid = [check.finite("min", min), check.finite("mode", mode), check.finite("max", max)];
  if (valid.every(Boolean) && check.that(max > min, "max", max, `a number > min (${min})`)) {
    check.that(mode >= min && mode <= max, "mode", mode, `a number in [${min}, ${max}]`);
  }
  check.throwIfInvalid();
  return new Triangular(min, mode, max);
}
