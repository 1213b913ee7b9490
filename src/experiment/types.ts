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
  /** Reads the KPI off one result: a finite number, or null when it does not exist for that run. */
  readonly read: (result: R) => number | null;
}

/** Mean of a KPI over replications with its confidence interval (JSON-safe: nulls, no NaN). */
export interface KpiEstimate {
  /** Number of replications with a value (nulls are left out). */
  readonly n: number;
  /** Mean over the replications; null with none. */
  readonly mean: number | null;
  /** Sample standard deviation across replications; null with fewer than 2. */
  readonly sd: number | null;
  /** Half-width of the confidence interval, null with fewer than 2 values. */
  readonly halfWidth: number | null;
  /** Lower bound of the confidence interval, mean − halfWidth. */
  readonly lower: number | null;
  /** Upper bound of the confidence interval, mean + halfWidth. */
  readonly upper: number | null;
  /** Confidence level, e.g. 0.95. */
  readonly level: number;
}

/** One KPI of a paired comparison of configurations A and B on common random numbers. */
export interface PairedKpi {
  /** The KPI's key. */
  readonly key: string;
  /** The KPI's label. */
  readonly label: string;
  /** The KPI's unit. */
  readonly unit: string;
  /** Whether more is better (decides the verdict's direction). */
  readonly higherIsBetter: boolean;
  /** The estimate for A. */
  readonly a: KpiEstimate;
  /** The estimate for B. */
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
  /** The master seed. */
  readonly seed: string;
  /** Replications run. */
  readonly replications: number;
  /** Every KPI's estimate, by KPI key, with the KPI's label and unit. */
  readonly kpis: Record<
    string,
    KpiEstimate & {
      /** The KPI's label. */
      readonly label: string;
      /** The KPI's unit. */
      readonly unit: string;
    }
  >;
  /** Per-replication results, kept only when asked for. */
  readonly results?: readonly R[];
  /** Why sequential stopping ended ("half-width reached" or "cap reached"), if used. */
  readonly stoppedBecause?: string;
}

/** The outcome of a paired comparison. */
export interface ComparisonSummary<R> {
  /** The master seed shared by A and B. */
  readonly seed: string;
  /** Replication pairs run. */
  readonly replications: number;
  /** Name of A in reports. */
  readonly nameA: string;
  /** Name of B in reports. */
  readonly nameB: string;
  /** Each KPI's estimates for A, B and B − A, in the order of the options. */
  readonly kpis: readonly PairedKpi[];
  /** A's results by replication, kept only with `keepResults`. */
  readonly resultsA?: readonly R[];
  /** B's results by replication, kept only with `keepResults`. */
  readonly resultsB?: readonly R[];
}
