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
    /** Mean μ of the parent normal before truncation (not the truncated law's `mean`). */
    readonly parentMean: number,
    /** Standard deviation σ of the parent normal before truncation. */
    readonly parentSd: number,
    /** The truncation point: samples are >= min. */
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
 * Options of {@link truncatedNormal}: the parent normal's parameters and the truncation point.
 * The law's own `mean` and `variance` (on the returned object) differ from the parent's.
 */
export interface TruncatedNormalOptions {
  /** Parent mean μ, finite (caller's units). */
  readonly mean: number;
  /** Parent standard deviation σ, finite and > 0 (same units). */
  readonly sd: number;
  /** Lower truncation point, finite and at most μ + 35σ (same units); default 0. */
  readonly min?: number;
}

/**
 * A normal law truncated below at `min` (default 0), for durations that must not go negative.
 * `mean`/`sd` are the parent's parameters; the object's `mean` and `variance` are the analytic
 * moments of the truncated law (larger mean, smaller variance than the parent's).
 *
 * @param options - `{ mean, sd, min? }`
 * @throws {RandomError} INVALID_PARAMETER when `options` is not an object, has an unknown key,
 *   a value is not finite, sd <= 0, or min > μ + 35σ
 * @example truncatedNormal({ mean: 120, sd: 60 }).mean // 123.3... s, more than the parent's 120
 */
export function truncatedNormal(options: TruncatedNormalOptions): TruncatedNormal {
  const check = new ParameterCheck("truncatedNormal");
  const given = check.options(options, ["mean", "sd", "min"]);
  if (given !== undefined) {
    const { mean, sd, min = 0 } = given;
    const valid = [check.finite("mean", mean), check.positive("sd", sd), check.finite("min", min)];
    const [mu, sigma, lo] = [mean, sd, min] as [number, number, number];
    if (valid.every(Boolean)) {
      check.that(
        (lo - mu) / sigma <= MAX_ALPHA,
        "min",
        lo,
        `a number <= mean + ${MAX_ALPHA}·sd (${mu + MAX_ALPHA * sigma})`,
      );
    }
  }
  check.throwIfInvalid();
  return new TruncatedNormal(options.mean, options.sd, options.min ?? 0);
}
