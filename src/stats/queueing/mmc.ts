/**
 * The M/M/c queue: Poisson arrivals, exponential service, c identical servers, FCFS,
 * unlimited waiting room.
 */
import { integerAtLeast, nonNegative, positive } from "../validate.js";
import { erlangCUnchecked } from "./erlang.js";
import { type QueueMetrics, unstable } from "./metrics.js";

/** Options of {@link mmc}. Rates are per unit time, in any one consistent time unit. */
export interface MmcOptions {
  /** λ, arrivals per unit time, >= 0. */
  readonly arrivalRate: number;
  /** μ, services per unit time per server (1 / mean service time), > 0. */
  readonly serviceRate: number;
  /** c, an integer >= 1. */
  readonly servers: number;
}

/**
 * Steady-state metrics of an M/M/c queue via Erlang C: `Wq = C(c, a) / (cμ - λ)`,
 * `W = Wq + 1/μ`, `Lq = λWq`, `L = λW`, with a = λ/μ. Times come out in the unit the rates
 * were given in (rates per second → seconds). Stable for thousands of servers.
 * @returns `stable: false` with `null` metrics when ρ = λ/(cμ) >= 1.
 * @throws {StatsError} INVALID_ARGUMENT for a negative or non-finite rate, or servers not an
 *   integer >= 1.
 * @example
 * mmc({ arrivalRate: 0.8, serviceRate: 1, servers: 1 }).meanWaitInQueue; // 4 = ρ/(μ - λ)
 */
export function mmc(options: MmcOptions): QueueMetrics {
  const api = "mmc";
  const lambda = nonNegative(api, "arrivalRate", options.arrivalRate);
  const mu = positive(api, "serviceRate", options.serviceRate);
  const c = integerAtLeast(api, "servers", options.servers, 1);
  return mmcUnchecked(lambda, mu, c);
}

/** M/M/c metrics without argument checks (internal; used by the Jackson network). */
export function mmcUnchecked(lambda: number, mu: number, c: number): QueueMetrics {
  const a = lambda / mu;
  const rho = a / c;
  if (!(rho < 1)) return unstable(rho);
  const probabilityWait = erlangCUnchecked(c, a);
  const meanWaitInQueue = probabilityWait / (c * mu - lambda);
  const meanTimeInSystem = meanWaitInQueue + 1 / mu;
  return {
    stable: true,
    utilisation: rho,
    probabilityWait,
    meanWaitInQueue,
    meanTimeInSystem,
    meanQueueLength: lambda * meanWaitInQueue,
    meanNumberInSystem: lambda * meanTimeInSystem,
  };
}
