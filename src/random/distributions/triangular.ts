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
    /** Lower bound (caller's units). */
    readonly min: number,
    /** Most likely value, in [min, max]. */
    readonly mode: number,
    /** Upper bound. */
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

/** Options of {@link triangular}. */
export interface TriangularOptions {
  /** Lower bound, finite (caller's units). */
  readonly min: number;
  /** Most likely value, min <= mode <= max (same units). */
  readonly mode: number;
  /** Upper bound, finite and > min (same units). */
  readonly max: number;
}

/**
 * Triangular between `min` and `max` peaking at `mode` (caller's units):
 * mean (min+mode+max)/3, variance (min²+mode²+max²−min·mode−min·max−mode·max)/18.
 *
 * @param options - `{ min, mode, max }`
 * @throws {RandomError} INVALID_PARAMETER when `options` is not an object, has an unknown key,
 *   a value is not finite, max <= min, or mode lies outside [min, max]
 * @example
 * const service = triangular({ min: 60, mode: 90, max: 240 }); // seconds
 * service.mean; // 130
 * service.sample(createStream("demo")); // >= 60
 */
export function triangular(options: TriangularOptions): Triangular {
  const check = new ParameterCheck("triangular");
  const given = check.options(options, ["min", "mode", "max"]);
  if (given !== undefined) {
    const { min, mode, max } = given;
    const valid = [check.finite("min", min), check.finite("mode", mode), check.finite("max", max)];
    const [lo, peak, hi] = [min, mode, max] as [number, number, number];
    if (valid.every(Boolean) && check.that(hi > lo, "max", hi, `a number > min (${lo})`)) {
      check.that(peak >= lo && peak <= hi, "mode", peak, `a number in [${lo}, ${hi}]`);
    }
  }
  check.throwIfInvalid();
  return new Triangular(options.min, options.mode, options.max);
}
