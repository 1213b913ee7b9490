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
 * let t = 0;
 * for (;;) { t = arrivals.next(stream, t); if (t > horizonSeconds) break; schedule(t); }
 */
export interface ArrivalProcess {
  /**
   * Next arrival time in SECONDS, strictly after `fromTimeSeconds` with probability 1;
   * Infinity when no further arrival can occur.
   */
  next(stream: RandomStream, fromTimeSeconds: number): number;
}
