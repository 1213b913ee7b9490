/**
 * The vocabulary of experiments, generic over any model: a model is a function from a
 * configuration, a master seed and a replication index to a result; KPIs are numbers read off
 * a result. Nothing here knows about border gates.
 */

/** A named KPI read off one replication's result; null when it does not exist for that run. */
export interface KpiDefinition<R> {
  /** Stable key, e.g. "meanClearedPerDay". */
  readonly key: string;
  /** Human label, e.g. "Trucks cleared per day". */
  readonly label: string;
  /** Unit, e.g. "trucks/day", "h", "share". */
  readonly unit: string;
  /** Whether more is better (for reports and the capacity planner's direction). */
  readonly higherIsBetter: boolean;
  readonly read: (result: R) => number | null;
}

/** Mean of a KPI over replications with its confidence interval (JSON-safe: nulls, no NaN). */
export interface KpiEstimate {
  readonly n: number;
  readonly mean: number | null;
  readonly sd: number | null;
  /** Half-width of the confidence interval, null with fewer than 2 values. */
  readonly halfWidth: number | null;
  readonly lower: number | null;
  readonly upper: number | null;
  /** Confidence level, e.g. 0.95. */
  readonly level: number;
}

/** One KPI of a paired comparison of configurations A and B on common random numbers. */
export interface PairedKpi {
  readonly key: string;
  readonly label: string;
  readonly unit: string;
  readonly higherIsBetter: boolean;
  readonly a: KpiEstimate;
  readonly b: KpiEstimate;
  /** B − A, paired by replication (same seeds). */
  readonly difference: KpiEstimate;
  /**
   * Var(A) + Var(B) over Var(B − A): how many times smaller the variance of the difference is
   * than with independent runs (null when undefined, e.g. zero variance).
   */
  readonly varianceReduction: number | null;
}

/** The outcome of replicating one configuration. */
export interface ReplicationSummary<R> {
  readonly seed: string;
  readonly replications: number;
  readonly kpis: Record<string, KpiEstimate & { readonly label: string; readonly unit: string }>;
  /** Per-replication results, kept only when asked for. */
  readonly results?: readonly R[];
  /** Why sequential stopping ended ("half-width reached" or "cap reached"), if used. */
  readonly stoppedBecause?: string;
}

/** The outcome of a paired comparison. */
export interface ComparisonSummary<R> {
  readonly seed: string;
  readonly replications: number;
  readonly nameA: string;
  readonly nameB: string;
  readonly kpis: readonly PairedKpi[];
  readonly resultsA?: readonly R[];
  readonly resultsB?: readonly R[];
}
