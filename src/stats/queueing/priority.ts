/**
 * M/M/1 with non-preemptive priority classes (Cobham's formula): e.g. perishable or
 * pre-cleared trucks served ahead of the rest, nobody interrupted mid-service.
 */
import { integerAtLeast, nonNegative, positive } from "../validate.js";

/** Options of {@link mm1PriorityNonPreemptive}; rates per unit time, one consistent unit. */
export interface PriorityOptions {
  /** Classes from highest priority (index 0) to lowest; each with λ_k >= 0. */
  readonly classes: readonly {
    /** λ_k, the class's Poisson arrival rate (per time unit), >= 0. */
    readonly arrivalRate: number;
  }[];
  /** μ, the common exponential service rate of every class, > 0. */
  readonly serviceRate: number;
}

/** Per-class result; waits are `null` when the system is unstable. */
export interface PriorityClassMetrics {
  /** λ_k, as given. */
  readonly arrivalRate: number;
  /** ρ_k = λ_k / μ. */
  readonly utilisation: number;
  /** W_k = W0 / ((1 - σ_{k-1})(1 - σ_k)), time unit. */
  readonly meanWaitInQueue: number | null;
  /** W_k + 1/μ. */
  readonly meanTimeInSystem: number | null;
}

/** Result of {@link mm1PriorityNonPreemptive}. */
export interface PriorityMetrics {
  /** True when the total ρ = Σλ_k / μ < 1. */
  readonly stable: boolean;
  /** Total ρ. */
  readonly utilisation: number;
  /** Each class's metrics, most urgent first (the order of the options). */
  readonly classes: readonly PriorityClassMetrics[];
  /**
   * Arrival-weighted mean wait over all classes; equals the FCFS M/M/1 wait ρ/(μ - λ)
   * (Kleinrock's conservation law, as service times do not depend on the class).
   */
  readonly meanWaitInQueue: number | null;
}

/**
 * Mean waits in an M/M/1 queue with non-preemptive priority classes sharing one exponential
 * service rate (Cobham 1954): with σ_k = Σ_{i<=k} ρ_i and the mean residual work
 * W0 = Σ λ_i·E[S²]/2 = λ/μ², class k waits W_k = W0 / ((1 - σ_{k-1})(1 - σ_k)). One class
 * reduces to M/M/1.
 * @returns `stable: false` with `null` waits when Σρ >= 1 (no steady state for all classes).
 * @throws {StatsError} INVALID_ARGUMENT for no classes, a negative rate or serviceRate <= 0.
 * @example
 * const r = mm1PriorityNonPreemptive({ classes: [{ arrivalRate: 0.3 }, { arrivalRate: 0.5 }],
 *   serviceRate: 1 });
 * r.classes[0]?.meanWaitInQueue; // 1.143 = 0.8 / 0.7
 * r.classes[1]?.meanWaitInQueue; // 5.714 = 0.8 / (0.7 · 0.2)
 */
export function mm1PriorityNonPreemptive(options: PriorityOptions): PriorityMetrics {
  const api = "mm1PriorityNonPreemptive";
  integerAtLeast(api, "classes.length", options.classes.length, 1);
  const mu = positive(api, "serviceRate", options.serviceRate);
  const rates = options.classes.map((c, i) =>
    nonNegative(api, `classes[${i}].arrivalRate`, c.arrivalRate),
  );
  let lambda = 0;
  for (const r of rates) lambda += r;
  const rho = lambda / mu;
  const stable = rho < 1;
  const w0 = lambda / (mu * mu);
  let sigma = 0;
  let weighted = 0;
  const classes = rates.map((arrivalRate): PriorityClassMetrics => {
    const before = sigma;
    sigma += arrivalRate / mu;
    if (!stable) {
      return {
        arrivalRate,
        utilisation: arrivalRate / mu,
        meanWaitInQueue: null,
        meanTimeInSystem: null,
      };
    }
    const wait = w0 / ((1 - before) * (1 - sigma));
    weighted += arrivalRate * wait;
    return {
      arrivalRate,
      utilisation: arrivalRate / mu,
      meanWaitInQueue: wait,
      meanTimeInSystem: wait + 1 / mu,
    };
  });
  return {
    stable,
    utilisation: rho,
    classes,
    meanWaitInQueue: stable ? (lambda > 0 ? weighted / lambda : 0) : null,
  };
}
