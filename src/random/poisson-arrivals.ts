/**
 * Homogeneous Poisson arrivals at a constant rate.
 *
 * @module
 */
import { makeIssue } from "../common/index.js";
import type { ArrivalProcess } from "./arrival-process.js";
import { RandomError } from "./errors.js";
import type { RandomStream } from "./stream.js";
import { ParameterCheck } from "./validate.js";

/** Options of {@link poissonArrivals} and {@link PoissonArrivals}. */
export interface PoissonArrivalsOptions {
  /** Arrivals per SECOND, finite and >= 0 (0: no arrivals, `next` returns Infinity). */
  readonly ratePerSecond: number;
}

/**
 * Poisson process with a constant rate; one draw per arrival (exponential gap by inversion).
 *
 * @example
 * const arrivals = new PoissonArrivals({ ratePerSecond: 20 / 3600 }); // twenty trucks an hour
 * const t1 = arrivals.next(createStream("arrivals"), 0); // > 0
 */
export class PoissonArrivals implements ArrivalProcess {
  /** Arrivals per SECOND. */
  readonly ratePerSecond: number;
  private readonly meanGapSeconds: number;

  /**
   * @param options - `{ ratePerSecond }`
   * @throws {RandomError} INVALID_PARAMETER when `options` is not an object, has an unknown key,
   *   or the rate is negative or not finite
   */
  constructor(options: PoissonArrivalsOptions) {
    const check = new ParameterCheck("PoissonArrivals");
    const given = check.options(options, ["ratePerSecond"]);
    if (given !== undefined) check.nonNegative("ratePerSecond", given.ratePerSecond);
    check.throwIfInvalid();
    const rate = options.ratePerSecond;
    this.ratePerSecond = rate;
    this.meanGapSeconds = rate > 0 ? 1 / rate : Number.POSITIVE_INFINITY;
  }

  /**
   * The next arrival time in seconds after `fromTimeSeconds`; Infinity at rate 0.
   *
   * @throws {RandomError} INVALID_PARAMETER when `fromTimeSeconds` is NaN
   */
  next(stream: RandomStream, fromTimeSeconds: number): number {
    if (Number.isNaN(fromTimeSeconds)) throw badTime(fromTimeSeconds);
    if (this.ratePerSecond === 0) return Number.POSITIVE_INFINITY;
    return fromTimeSeconds - this.meanGapSeconds * Math.log(1 - stream.next());
  }
}

/**
 * Homogeneous Poisson arrivals (e.g. for comparison with {@link ThinningArrivals}); rate 0 gives
 * no arrivals (`next` returns Infinity).
 *
 * @param options - `{ ratePerSecond }`, arrivals per SECOND, finite and >= 0
 * @throws {RandomError} INVALID_PARAMETER when `options` is not an object, has an unknown key,
 *   or the rate is negative or not finite
 * @example
 * const arrivals = poissonArrivals({ ratePerSecond: 20 / 3600 }); // twenty trucks an hour
 * const stream = createStream("arrivals");
 * const t1 = arrivals.next(stream, 0); // > 0
 * arrivals.next(stream, t1) > t1; // true
 */
export function poissonArrivals(options: PoissonArrivalsOptions): PoissonArrivals {
  return new PoissonArrivals(options);
}

function badTime(value: number): RandomError {
  return new RandomError("INVALID_PARAMETER", "PoissonArrivals.next", [
    makeIssue("fromTimeSeconds", "a number (seconds)", value),
  ]);
}
