/**
 * The lognormal law, specified by its own mean and standard deviation.
 *
 * @module
 */
import type { Distribution } from "../distribution.js";
import type { RandomStream } from "../stream.js";
import { ParameterCheck } from "../validate.js";
import { standardNormal } from "./standard-normal.js";

/** Parameters of {@link lognormal}: the moments of the lognormal itself, not of its log. */
export interface LognormalOptions {
  /** Mean of the lognormal, finite and > 0 (caller's units). */
  readonly mean: number;
  /** Standard deviation of the lognormal, finite and > 0 (same units). */
  readonly sd: number;
}

/** exp(N(mu, sigma)) with mu, sigma derived from the requested mean and sd; one draw per sample. */
export class Lognormal implements Distribution {
  readonly kind = "lognormal";
  readonly mean: number;
  readonly variance: number;
  /** Mean of the underlying normal, ln(mean) − sigma²/2. */
  readonly mu: number;
  /** Standard deviation of the underlying normal, √ln(1 + sd²/mean²). */
  readonly sigma: number;

  constructor(
    mean: number,
    /** Standard deviation of the lognormal itself (not of its logarithm; caller's units). */
    readonly sd: number,
  ) {
    this.mean = mean;
    this.variance = sd * sd;
    const sigma2 = logOnePlusSquare(sd, mean);
    this.sigma = Math.sqrt(sigma2);
    this.mu = Math.log(mean) - sigma2 / 2;
  }

  sample(stream: RandomStream): number {
    return Math.exp(this.mu + this.sigma * standardNormal(stream));
  }

  describe(): string {
    return `lognormal(mean=${this.mean}, sd=${this.sd})`;
  }
}

/**
 * ln(1 + (sd/mean)²) without overflow: for sd > mean it is 2·(ln sd − ln mean) + ln(1 + (mean/sd)²),
 * so a huge coefficient of variation (mean 1e-300 s, sd 3e8 s) gives a finite sigma instead of
 * Infinity (and NaN samples).
 */
function logOnePlusSquare(sd: number, mean: number): number {
  // The direct formula whenever it is finite (so results stay byte-identical to it).
  const direct = Math.log1p((sd * sd) / (mean * mean));
  if (Number.isFinite(direct)) return direct;
  const inverse = mean / sd;
  return 2 * (Math.log(sd) - Math.log(mean)) + Math.log1p(inverse * inverse);
}

/**
 * Lognormal with the given mean and standard deviation of the lognormal itself.
 * Internally sigma² = ln(1 + sd²/mean²), mu = ln(mean) − sigma²/2.
 *
 * @param options - `{ mean, sd }`
 * @throws {RandomError} INVALID_PARAMETER when `options` is not an object, has an unknown key,
 *   or `mean` or `sd` is not a finite number > 0
 * @example
 * const service = lognormal({ mean: 300, sd: 150 }); // seconds, right-skewed
 * Math.sqrt(service.variance); // 150
 * service.sigma; // 0.472 (√ln(1 + 150²/300²), of the underlying normal)
 * service.sample(createStream("demo")); // > 0
 */
export function lognormal(options: LognormalOptions): Lognormal {
  const check = new ParameterCheck("lognormal");
  const given = check.options(options, ["mean", "sd"]);
  if (given !== undefined) {
    check.positive("mean", given.mean);
    check.positive("sd", given.sd);
  }
  check.throwIfInvalid();
  return new Lognormal(options.mean, options.sd);
}
