/**
 * The normal law truncated below (for durations): N(μ, σ) conditioned on X >= min.
 *
 * @module
 */
import type { Distribution } from "../distribution.js";
import { inverseMillsRatio } from "../special-functions.js";
import type { RandomStream } from "../stream.js";
import { ParameterCheck } from "../validate.js";
import { standardNormal } from "./standard-normal.js";

/** Standardised truncation points above this make the law numerically a point at `min`. */
const MAX_ALPHA = 35;

/**
 * N(parentMean, parentSd) conditioned on X >= min. `mean` and `variance` are those of the
 * truncated law: with α = (min − μ)/σ and λ = φ(α)/(1 − Φ(α)),
 * mean = μ + σλ and variance = σ²(1 + αλ − λ²).
 *
 * Sampling is exact rejection: from the parent when α < 0 (acceptance > 50%), otherwise
 * Robert (1995)'s translated-exponential proposal with the optimal rate (acceptance > 76%
 * for every α >= 0). Draw counts vary but are a deterministic function of the stream.
 */
export class TruncatedNormal implements Distribution {
  readonly kind = "truncatedNormal";
  readonly mean: number;
  readonly variance: number;
  private readonly alpha: number;
  private readonly rate: number;

  constructor(
    readonly parentMean: number,
    readonly parentSd: number,
    readonly min: number,
  ) {
    const alpha = (min - parentMean) / parentSd;
    this.alpha = alpha;
    this.rate = (alpha + Math.sqrt(alpha * alpha + 4)) / 2;
    const lambda = inverseMillsRatio(alpha);
    this.mean = parentMean + parentSd * lambda;
    this.variance = parentSd * parentSd * Math.max(0, 1 + alpha * lambda - lambda * lambda);
  }

  sample(stream: RandomStream): number {
    const alpha = this.alpha;
    if (alpha < 0) {
      for (;;) {
        const z = standardNormal(stream);
        if (z >= alpha) return this.parentMean + this.parentSd * z;
      }
    }
    const rate = this.rate;
    for (;;) {
      const z = alpha - Math.log(stream.nextOpen()) / rate;
      const gap = z - rate;
      if (stream.next() < Math.exp(-0.5 * gap * gap)) {
        return this.parentMean + this.parentSd * z;
      }
    }
  }

  describe(): string {
    return `truncatedNormal(mean=${this.parentMean}, sd=${this.parentSd}, min=${this.min})`;
  }
}

/**
 * A normal law truncated below at `min` (default 0), for durations that must not go negative.
 * `mean`/`sd` are the parent's parameters; the object's `mean` and `variance` are the analytic
 * moments of the truncated law (larger mean, smaller variance than the parent's).
 *
 * @param mean - parent mean μ, finite (caller's units)
 * @param sd - parent standard deviation σ, finite and > 0
 * @param min - lower truncation point, finite, at most 35σ above μ (default 0)
 * @throws {RandomError} INVALID_PARAMETER for non-finite values, sd <= 0, or min > μ + 35σ
 * @example truncatedNormal(120, 60).mean // ≈ 123.4 s (not 120)
 */
export function truncatedNormal(mean: number, sd: number, min = 0): TruncatedNormal {
  const check = new ParameterCheck("truncatedNormal");
  const valid = [check.finite("mean", mean), check.positive("sd", sd), check.finite("min", min)];
  if (valid.every(Boolean)) {
    check.that(
      (min - mean) / sd <= MAX_ALPHA,
      "min",
      min,
      `a number <= mean + ${MAX_ALPHA}·sd (${mean + MAX_ALPHA * sd})`,
    );
  }
  check.throwIfInvalid();
  return new TruncatedNormal(mean, sd, min);
}
