/**
 * Erlang B (blocking) and Erlang C (waiting) probabilities, by the numerically stable
 * recursion: no factorials, no powers, finite for thousands of servers.
 */
import { integerAtLeast, nonNegative } from "../validate.js";

/**
 * Erlang B: the probability that an arrival finds all `servers` busy and is lost, in an
 * M/M/c/c (or M/G/c/c) loss system offered `offeredLoadErlangs` = λ/μ.
 *
 * Uses `B(0) = 1, B(k) = a·B(k-1) / (k + a·B(k-1))`: every intermediate value lies in [0, 1],
 * so nothing overflows (c = 10^4 takes 10^4 steps); cost O(servers).
 * @param servers number of servers c, an integer >= 1.
 * @param offeredLoadErlangs a = λ/μ, a finite number >= 0 (dimensionless).
 * @returns a probability in [0, 1].
 * @throws {StatsError} INVALID_ARGUMENT for a bad `servers` or `offeredLoadErlangs`.
 * @example
 * erlangB(10, 5); // 0.018384570336...
 */
export function erlangB(servers: number, offeredLoadErlangs: number): number {
  integerAtLeast("erlangB", "servers", servers, 1);
  nonNegative("erlangB", "offeredLoadErlangs", offeredLoadErlangs);
  return erlangBUnchecked(servers, offeredLoadErlangs);
}

/**
 * Erlang C: the probability that an arrival must wait in an M/M/c queue offered
 * `offeredLoadErlangs` = λ/μ, computed from Erlang B as `C = B / (1 - ρ(1 - B))`, ρ = a/c.
 * For an overloaded system (a >= c) it returns 1, the limit as a → c: every arrival
 * eventually waits (there is no steady state; see {@link mmc} for `stable: false`).
 * @param servers number of servers c, an integer >= 1.
 * @param offeredLoadErlangs a = λ/μ, a finite number >= 0 (dimensionless).
 * @returns a probability in [0, 1].
 * @throws {StatsError} INVALID_ARGUMENT for a bad `servers` or `offeredLoadErlangs`.
 * @example
 * erlangC(2, 1); // 0.3333... (one third)
 */
export function erlangC(servers: number, offeredLoadErlangs: number): number {
  integerAtLeast("erlangC", "servers", servers, 1);
  nonNegative("erlangC", "offeredLoadErlangs", offeredLoadErlangs);
  return erlangCUnchecked(servers, offeredLoadErlangs);
}

/** Erlang B without argument checks (internal; callers validate). */
export function erlangBUnchecked(servers: number, a: number): number {
  let b = 1;
  for (let k = 1; k <= servers; k++) {
    const ab = a * b;
    b = ab / (k + ab);
  }
  return b;
}

/** Erlang C without argument checks (internal; callers validate). */
export function erlangCUnchecked(servers: number, a: number): number {
  if (a >= servers) return 1;
  const b = erlangBUnchecked(servers, a);
  const rho = a / servers;
  return b / (1 - rho * (1 - b));
}
