/**
 * Non-homogeneous Poisson arrivals by Lewis–Shedler thinning.
 *
 * @module
 */
import { makeIssue } from "../common/index.js";
import type { ArrivalProcess } from "./arrival-process.js";
import { RandomError } from "./errors.js";
import { RateProfile, type RateProfileSpec } from "./rate-profile.js";
import type { RandomStream } from "./stream.js";

/**
 * Arrivals whose rate follows a {@link RateProfile}, sampled by Lewis & Shedler (1979) thinning:
 * candidates come from a homogeneous process at the dominating rate λ* = `profile.maxRate`, and a
 * candidate at time t is kept with probability λ(t)/λ*. This is exact for any rate function,
 * unlike drawing one gap at the rate in force at its start (which leaks arrivals into zero-rate
 * hours). Two draws per candidate; the number of candidates per arrival averages maxRate / mean rate.
 *
 * @example
 * const hourlyTrucks = Array.from({ length: 24 }, (_, hour) => (hour >= 7 && hour < 21 ? 200 : 0));
 * const arrivals = new ThinningArrivals({ ratePerHourByHourOfDay: hourlyTrucks });
 * const stream = createStream("arrivals");
 * const times: number[] = [];
 * for (let t = arrivals.next(stream, 0); t < 86_400; t = arrivals.next(stream, t)) times.push(t);
 * times.length; // ≈ 2800 (within 10%)
 * Math.min(...times); // >= 25200 (nothing before 07:00)
 */
export class ThinningArrivals implements ArrivalProcess {
  /** The rate profile arrivals follow (built from the spec when a spec was given). */
  readonly profile: RateProfile;

  /**
   * @param profile - a {@link RateProfile} or its plain-data spec
   * @throws {RandomError} INVALID_PARAMETER when the spec is invalid
   */
  constructor(profile: RateProfile | RateProfileSpec) {
    this.profile = profile instanceof RateProfile ? profile : new RateProfile(profile);
  }

  /**
   * The first arrival strictly after `fromTimeSeconds`, in seconds; Infinity when the rate is
   * zero everywhere from then on (detected, never looped on).
   *
   * @param stream - the arrivals stream
   * @param fromTimeSeconds - current time (usually the previous arrival), >= 0
   * @throws {RandomError} INVALID_PARAMETER when `fromTimeSeconds` is negative or NaN
   */
  next(stream: RandomStream, fromTimeSeconds: number): number {
    if (!(fromTimeSeconds >= 0)) {
      throw new RandomError("INVALID_PARAMETER", "ThinningArrivals.next", [
        makeIssue("fromTimeSeconds", "a number >= 0", fromTimeSeconds),
      ]);
    }
    const profile = this.profile;
    const maxRate = profile.maxRate;
    const zeroFrom = profile.zeroFromSeconds;
    if (maxRate === 0 || fromTimeSeconds >= zeroFrom) return Number.POSITIVE_INFINITY;
    let t = fromTimeSeconds;
    for (;;) {
      t -= Math.log(1 - stream.next()) / maxRate;
      if (t >= zeroFrom) return Number.POSITIVE_INFINITY;
      if (stream.next() * maxRate < profile.rateAt(t)) return t;
    }
  }
}
