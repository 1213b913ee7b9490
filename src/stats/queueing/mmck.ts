/**
 * The M/M/c/K queue: c servers and room for K customers in total (in service + waiting);
 * arrivals finding K present are blocked (e.g. a truck yard with K slots).
 */
import { StatsError } from "../errors.js";
import { integerAtLeast, nonNegative, positive } from "../validate.js";

/** Options of {@link mmck}. Rates are per unit time, in any one consistent time unit. */
export interface MmckOptions {
  /** λ, arrivals per unit time (offered, before blocking), >= 0. */
  readonly arrivalRate: number;
  /** μ, services per unit time per server, > 0. */
  readonly serviceRate: number;
  /** c, an integer >= 1. */
  readonly servers: number;
  /** K, the most customers in the system at once (servers included), an integer >= servers. */
  readonly capacity: number;
}

/**
 * Steady-state metrics of an M/M/c/K queue. Always stable (the waiting room is finite).
 * Times are in the time unit of the rates; waits are of admitted customers.
 */
export interface MmckMetrics {
  /** P(an arrival finds K present and is blocked) = p_K. For K = c this is Erlang B. */
  readonly blockingProbability: number;
  /** λ_eff = λ·(1 - p_K), admitted arrivals per unit time. */
  readonly effectiveArrivalRate: number;
  /** Server utilisation E[busy servers] / c = λ_eff / (c·μ), in [0, 1]. */
  readonly utilisation: number;
  /** P(an admitted arrival waits) = P(c <= N < K) / (1 - p_K). */
  readonly probabilityWait: number;
  /** Mean number in system, L = Σ n·p_n. */
  readonly meanNumberInSystem: number;
  /** Mean number waiting, Lq = Σ (n - c)⁺·p_n. */
  readonly meanQueueLength: number;
  /** Mean wait of admitted customers, Wq = Lq / λ_eff (Little's law). */
  readonly meanWaitInQueue: number;
  /** Mean time in system of admitted customers, W = L / λ_eff. */
  readonly meanTimeInSystem: number;
}

/**
 * Steady-state metrics of an M/M/c/K queue from the birth–death probabilities
 * `p_n ∝ a^n / (n! · c^{max(0, n-c)})`, a = λ/μ, computed in log space and normalised by the
 * largest term, so c and K in the thousands neither overflow nor underflow. Cost O(K).
 * @throws {StatsError} INVALID_ARGUMENT for a bad rate, servers < 1 or capacity < servers.
 * @example
 * mmck({ arrivalRate: 5, serviceRate: 1, servers: 10, capacity: 10 }).blockingProbability;
 * // 0.018384570336... = erlangB(10, 5)
 */
export function mmck(options: MmckOptions): MmckMetrics {
  const api = "mmck";
  const lambda = nonNegative(api, "arrivalRate", options.arrivalRate);
  const mu = positive(api, "serviceRate", options.serviceRate);
  const c = integerAtLeast(api, "servers", options.servers, 1);
  const k = integerAtLeast(api, "capacity", options.capacity, 1);
  if (k < c) {
    throw new StatsError("INVALID_ARGUMENT", {
      api,
      path: "capacity",
      received: k,
      expected: `an integer >= servers (${c})`,
    });
  }
  if (lambda === 0) {
    return {
      blockingProbability: 0,
      effectiveArrivalRate: 0,
      utilisation: 0,
      probabilityWait: 0,
      meanNumberInSystem: 0,
      meanQueueLength: 0,
      meanWaitInQueue: 0,
      meanTimeInSystem: 1 / mu,
    };
  }
  const logA = Math.log(lambda / mu);
  const logW = new Float64Array(k + 1);
  let top = 0;
  for (let n = 1; n <= k; n++) {
    logW[n] = logW[n - 1]! + logA - Math.log(Math.min(n, c));
    if (logW[n]! > top) top = logW[n]!;
  }
  let norm = 0;
  let sumN = 0;
  let sumQ = 0;
  let waiting = 0;
  let busy = 0;
  for (let n = 0; n <= k; n++) {
    const w = Math.exp(logW[n]! - top);
    norm += w;
    sumN += n * w;
    if (n > c) sumQ += (n - c) * w;
    if (n >= c && n < k) waiting += w;
    busy += Math.min(n, c) * w;
  }
  const pK = Math.exp(logW[k]! - top) / norm;
  const admitted = 1 - pK;
  const effectiveArrivalRate = lambda * admitted;
  const meanNumberInSystem = sumN / norm;
  const meanQueueLength = sumQ / norm;
  return {
    blockingProbability: pK,
    effectiveArrivalRate,
    // E[busy servers] / c (= λ_eff / (cμ)); clamped against rounding just above 1.
    utilisation: Math.min(1, busy / norm / c),
    probabilityWait: waiting / norm / admitted,
    meanNumberInSystem,
    meanQueueLength,
    meanWaitInQueue: meanQueueLength / effectiveArrivalRate,
    meanTimeInSystem: meanNumberInSystem / effectiveArrivalRate,
  };
}
