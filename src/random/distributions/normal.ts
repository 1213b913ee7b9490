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
    readonly mean: number,
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

/**
 * Normal with the given mean and standard deviation (caller's units). Can go negative: for
 * durations use {@link truncatedNormal} or {@link lognormal}.
 *
 * @param mean - finite
 * @param sd - standard deviation, finite and > 0
 * @throws {RandomError} INVALID_PARAMETER for a non-finite mean or an sd that is not > 0
 * @example normal(0, 1).sample(stream)
 */
export function normal(mean: number, sd: number): Normal {
  const check = new ParameterCheck("normal");
  check.finite("mean", mean);
  check.positive("sd", sd);
  check.throwIfInvalid();
  return new Normal(mean, sd);
}
