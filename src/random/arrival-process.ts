/**
 * The contract shared by arrival-time generators.
 *
 * @module
 */
import type { RandomStream } from "./stream.js";

/**
 * Produces the next arrival time after a given time. Memoryless processes (Poisson, thinned
 * Poisson) only need the previous arrival time, so the caller keeps the clock.
 *
 * @example
 * const arrivals: ArrivalProcess = poissonArrivals({ ratePerSecond: 1 / 60 });
 * const stream = createStream("arrivals");
 * const times: number[] = [];
 * for (let t = arrivals.next(stream, 0); t < 3600; t = arrivals.next(stream, t)) times.push(t);
 * times.length; // ≈ 60 (within 30%)
 */
export interface ArrivalProcess {
  /**
   * Next arrival time in SECONDS, strictly after `fromTimeSeconds` with probability 1;
   * Infinity when no further arrival can occur.
   */
  next(stream: RandomStream, fromTimeSeconds: number): number;
}
