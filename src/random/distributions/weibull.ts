/**
 * The Weibull law.
 *
 * @module
 */
import type { Distribution } from "../distribution.js";
import { gammaFunction } from "../special-functions.js";
import type { RandomStream } from "../stream.js";
import { ParameterCheck } from "../validate.js";

/** Weibull(shape k, scale λ); one draw per sample, by inversion λ(−ln(1−U))^(1/k). */
export class Weibull implements Distribution {
  readonly kind = "weibull";
  readonly mean: number;
  readonly variance: number;
  private readonly inverseShape: number;

  constructor(
    /** Shape k > 0: below 1 a decreasing hazard, above 1 an increasing one. */
    readonly shape: number,
    /** Scale λ > 0 (caller's units). */
    readonly scale: number,
  ) {
    this.inverseShape = 1 / shape;
    const g1 = gammaFunction(1 + 1 / shape);
    const g2 = gammaFunction(1 + 2 / shape);
    this.mean = scale * g1;
    this.variance = scale * scale * Math.max(0, g2 - g1 * g1);
  }

  sample(stream: RandomStream): number {
    return this.scale * (-Math.log(1 - stream.next())) ** this.inverseShape;
  }

  describe(): string {
    return `weibull(shape=${this.shape}, scale=${this.scale})`;
  }
}

/** Options of {@link weibull}. */
export interface WeibullOptions {
  /** Shape k, finite and >= 0.02 (smaller shapes overflow the variance); unitless. */
  readonly shape: number;
  /** Scale λ, finite and > 0 (caller's units, the same as the samples). */
  readonly scale: number;
}

/**
 * Weibull with shape k and scale λ (caller's units): mean λΓ(1+1/k),
 * variance λ²(Γ(1+2/k) − Γ(1+1/k)²). k < 1 gives a heavy tail, k = 1 is exponential.
 *
 * @param options - `{ shape, scale }`
 * @throws {RandomError} INVALID_PARAMETER when `options` is not an object, has an unknown key,
 *   or a parameter is out of range
 * @example
 * const timeToFailure = weibull({ shape: 1.5, scale: 600 }); // seconds
 * timeToFailure.mean; // 541.6 (600 · Γ(1 + 1/1.5))
 * timeToFailure.sample(createStream("demo")); // > 0
 */
export function weibull(options: WeibullOptions): Weibull {
  const check = new ParameterCheck("weibull");
  const given = check.options(options, ["shape", "scale"]);
  if (given !== undefined) {
    const shape = given.shape;
    if (check.positive("shape", shape)) {
      check.that(shape >= 0.02, "shape", shape, "a finite number >= 0.02");
    }
    check.positive("scale", given.scale);
  }
  check.throwIfInvalid();
  return new Weibull(options.shape, options.scale);
}
