/**
 * Homogeneous Poisson arrivals at a constant rate.
 *
 * @module
 */
import type { ArrivalProcess } from "./arrival-process.js";
import { RandomError } from "./errors.js";
import type { RandomStream } from "./stream.js";
import { ParameterCheck } from "./validate.js";

/** Poisson process with a constant rate; one draw per arrival (exponential gap by inversion). */
export class PoissonArrivals implements ArrivalProcess {
  private readonly meanGapSeconds: number;

  constructor(readonly ratePerSecond: number) {
    this.meanGapSeconds = ratePerSecond > 0 ? 1 / ratePerSecond : Number.POSITIVE_INFINITY;
  }

  /**
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
 * @param ratePerSecond - arrivals per SECOND, finite and >= 0
 * @throws {RandomError} INVALID_PARAMETER for a negative or non-finite rate
 * @example
 * const arrivals = poissonArrivals(20 / 3600); // 20 trucks per hour
 * const t1 = arrivals.next(stream, 0);
 */
export function poissonArrivals(ratePerSecond: number): PoissonArrivals {
  const check = new ParameterCheck("poissonArrivals");
  check.nonNegative("ratePerSecond", ratePerSecond);
  check.throwIfInvalid();
  return new PoissonArrivals(ratePerSecond);
}

function badTime(value: number): RandomError {
  return new RandomError("INVALID_PARAMETER", "PoissonArrivals.next", [
    { parameter: "fromTimeSeconds", received: value, expected: "a number (seconds)" },
  ]);
}
