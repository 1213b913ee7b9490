/**
 * The exponential law, parametrised by its mean.
 *
 * @module
 */
import type { Distribution } from "../distribution.js";
import type { RandomStream } from "../stream.js";
import { ParameterCheck } from "../validate.js";

/** Exponential with the given mean; one draw per sample, by inversion (monotone in the uniform). */
export class Exponential implements Distribution {
  readonly kind = "exponential";
  readonly variance: number;

  constructor(
    /** The mean, 1/rate (caller's units). */
    readonly mean: number,
  ) {
    this.variance = mean * mean;
  }

  sample(stream: RandomStream): number {
    // 1 - u lies in (0, 1], so the log is finite; larger u gives a larger sample.
    return -this.mean * Math.log(1 - stream.next());
  }

  describe(): string {
    return `exponential(mean=${this.mean})`;
  }
}

/** Options of {@link exponential}. */
export interface ExponentialOptions {
  /** Mean, finite and > 0 (caller's units, e.g. mean service seconds); the rate is 1/mean. */
  readonly mean: number;
}

/**
 * Exponential with the given mean (caller's units; rate = 1/mean), variance mean².
 *
 * @param options - `{ mean }`
 * @throws {RandomError} INVALID_PARAMETER when `options` is not an object, has an unknown key,
 *   or `mean` is not a finite number > 0
 * @example
 * const service = exponential({ mean: 300 }); // seconds
 * service.variance; // 90000 (the mean squared)
 * service.sample(createStream("demo")); // > 0
 */
export function exponential(options: ExponentialOptions): Exponential {
  const check = new ParameterCheck("exponential");
  const given = check.options(options, ["mean"]);
  if (given !== undefined) check.positive("mean", given.mean);
  check.throwIfInvalid();
  return new Exponential(options.mean);
}
