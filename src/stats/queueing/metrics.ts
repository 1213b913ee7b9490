/**
 * The result shape shared by the single-station queueing formulas (M/M/c, M/G/1, M/D/1).
 * Times are in the time unit of the rates given; lengths are numbers of customers.
 */

/** Steady-state metrics of a stable queue (ρ < 1). */
export interface StableQueueMetrics {
  /** Always true: ρ < 1, a steady state exists. */
  readonly stable: true;
  /** Server utilisation ρ = λ / (c·μ), in [0, 1). */
  readonly utilisation: number;
  /** Probability that an arrival waits (Erlang C for M/M/c; ρ for M/G/1). */
  readonly probabilityWait: number;
  /** Mean wait before service, Wq (time unit). */
  readonly meanWaitInQueue: number;
  /** Mean time in system, W = Wq + mean service time (time unit). */
  readonly meanTimeInSystem: number;
  /** Mean number waiting, Lq = λ·Wq. */
  readonly meanQueueLength: number;
  /** Mean number in system, L = λ·W. */
  readonly meanNumberInSystem: number;
}

/**
 * An overloaded queue (ρ >= 1) has no steady state: the queue grows without bound. The
 * metrics are `null` (JSON-safe), never `Infinity`; `utilisation` still reports ρ.
 */
export interface UnstableQueueMetrics {
  /** Always false: ρ >= 1, no steady state. */
  readonly stable: false;
  /** Offered utilisation ρ = λ / (c·μ), >= 1. */
  readonly utilisation: number;
  /** Null: there is no steady state. */
  readonly probabilityWait: null;
  /** Null: the wait grows without bound. */
  readonly meanWaitInQueue: null;
  /** Null: the time in system grows without bound. */
  readonly meanTimeInSystem: null;
  /** Null: the queue grows without bound. */
  readonly meanQueueLength: null;
  /** Null: the number in system grows without bound. */
  readonly meanNumberInSystem: null;
}

/** Steady-state metrics of a single queue; narrow on `stable`. */
export type QueueMetrics = StableQueueMetrics | UnstableQueueMetrics;

/** The `stable: false` result for utilisation `rho` (internal). */
export function unstable(rho: number): UnstableQueueMetrics {
  return {
    stable: false,
    utilisation: rho,
    probabilityWait: null,
    meanWaitInQueue: null,
    meanTimeInSystem: null,
    meanQueueLength: null,
    meanNumberInSystem: null,
  };
}
