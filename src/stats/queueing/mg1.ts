/**
 * The M/G/1 queue by the Pollaczek–Khinchine formula, and M/D/1 as its deterministic case.
 */
import { nonNegative, positive } from "../validate.js";
import { type QueueMetrics, unstable } from "./metrics.js";

/** Options of {@link mg1}. Use one consistent time unit throughout. */
export interface Mg1Options {
  /** λ, arrivals per unit time, >= 0. */
  readonly arrivalRate: number;
  /** E[S], mean service time (time unit), > 0. */
  readonly meanService: number;
  /** Var[S], variance of the service time (time unit²), >= 0. */
  readonly serviceVariance: number;
}

/** Options of {@link md1}. */
export interface Md1Options {
  /** λ, arrivals per unit time, >= 0. */
  readonly arrivalRate: number;
  /** The constant service time (time unit), > 0. */
  readonly meanService: number;
}

/**
 * Steady-state metrics of an M/G/1 FCFS queue (Pollaczek–Khinchine):
 * `Wq = λ·E[S²] / (2(1 - ρ))` with `E[S²] = Var[S] + E[S]²`, ρ = λ·E[S];
 * `W = Wq + E[S]`, `Lq = λWq`, `L = λW`, P(wait) = ρ.
 * @returns `stable: false` with `null` metrics when ρ >= 1.
 * @throws {StatsError} INVALID_ARGUMENT for a negative or non-finite input, or meanService <= 0.
 * @example
 * // exponential service (variance = mean²) reproduces M/M/1: Wq = ρ/(μ - λ) = 4
 * mg1({ arrivalRate: 0.8, meanService: 1, serviceVariance: 1 }).meanWaitInQueue; // 4
 */
export function mg1(options: Mg1Options): QueueMetrics {
  const api = "mg1";
  const lambda = nonNegative(api, "arrivalRate", options.arrivalRate);
  const es = positive(api, "meanService", options.meanService);
  const variance = nonNegative(api, "serviceVariance", options.serviceVariance);
  const rho = lambda * es;
  if (!(rho < 1)) return unstable(rho);
  const meanWaitInQueue = (lambda * (variance + es * es)) / (2 * (1 - rho));
  const meanTimeInSystem = meanWaitInQueue + es;
  return {
    stable: true,
    utilisation: rho,
    probabilityWait: rho,
    meanWaitInQueue,
    meanTimeInSystem,
    meanQueueLength: lambda * meanWaitInQueue,
    meanNumberInSystem: lambda * meanTimeInSystem,
  };
}

/**
 * M/D/1: {@link mg1} with constant service (variance 0); its queue wait is half the M/M/1
 * wait at the same ρ.
 * @throws {StatsError} INVALID_ARGUMENT as for {@link mg1}.
 * @example
 * md1({ arrivalRate: 0.8, meanService: 1 }).meanWaitInQueue; // 2
 */
export function md1(options: Md1Options): QueueMetrics {
  const api = "md1";
  const arrivalRate = nonNegative(api, "arrivalRate", options.arrivalRate);
  const meanService = positive(api, "meanService", options.meanService);
  return mg1({ arrivalRate, meanService, serviceVariance: 0 });
}
