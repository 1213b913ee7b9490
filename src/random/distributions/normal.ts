/**
 * The normal (Gaussian) law.
 *
 * @module
 */
import type { Distribution } from "../distribution.js";
import type { RandomStream } from "../stream.js";
import { ParameterCheck } from "../validate.js";
import { standardNormal } from "./standard-normal.js";

/** Normal(mean, sd); by inversion (AS 241), exactly one draw per sample, no cached variate. */
export class Normal implements Distribution {
  readonly kind = "normal";
  readonly variance: number;

  constructor(
    /** The mean μ (caller's units). */
    readonly mean: number,
    /** The standard deviation σ > 0 (caller's units). */
    readonly sd: number,
  ) {
    this.variance = sd * sd;
  }

  sample(stream: RandomStream): number {
    return this.mean + this.sd * standardNormal(stream);
  }

  describe(): string {
    return `normal(mean=${this.mean}, sd=${this.sd})`;
  }
}

/** Options of {@link normal}. */
export interface NormalOptions {
  /** Mean, any finite number (caller's units). */
  readonly mean: number;
  /** Standard deviation, finite and > 0 (same units). */
  readonly sd: number;
}

/**
 * Normal with the given mean and standard deviation (caller's units). Can go negative: for
 * durations use {@link truncatedNormal} or {@link lognormal}.
 *
 * @param options - `{ mean, sd }`
 * @throws {RandomError} INVALID_PARAMETER when `options` is not an object, has an unknown key,
 *   `mean` is not finite, or `sd` is not a finite number > 0
 * @example
 * const z = normal({ mean: 0, sd: 1 });
 * z.variance; // 1
 * Number.isFinite(z.sample(createStream("demo"))); // true
 */
export function normal(options: NormalOptions): Normal {
  const check = new ParameterCheck("normal");
  const given = check.options(options, ["mean", "sd"]);
  if (given !== undefined) {
    check.finite("mean", given.mean);
    check.positive("sd", given.sd);
  }
  check.throwIfInvalid();
  return new Normal(options.mean, options.sd);
}
