/**
 * The contract every probability law in `distributions/` satisfies.
 *
 * @module
 */
import type { RandomStream } from "./stream.js";

/**
 * A probability law that draws from a caller-supplied stream and states its analytic moments,
 * so one generic test can check every law against theory.
 *
 * Units are the caller's: a service time built with `exponential({ mean: 300 })` samples seconds
 * if 300 is seconds. Distributions hold no mutable state; all randomness comes from `stream`.
 * Every factory takes one options object with named fields (`uniform({ min, max })`).
 *
 * @example
 * const service: Distribution = exponential({ mean: 300 }); // mean 300 s
 * const streams = new RandomStreams("seed", 0);
 * const seconds = service.sample(streams.stream("customs")); // > 0
 * service.describe(); // "exponential(mean=300)"
 */
export interface Distribution {
  /** Law name, e.g. `"exponential"`. */
  readonly kind: string;
  /** Analytic mean, in the units of the samples. */
  readonly mean: number;
  /** Analytic variance, in squared units of the samples. */
  readonly variance: number;
  /** Draws one value, consuming numbers from `stream` only. */
  sample(stream: RandomStream): number;
  /** Short human-readable form with parameters, e.g. `exponential(mean=300)`. */
  describe(): string;
}
