/** The shapes of a capacity plan: resources, targets, candidates, the plan and its options. */
import type { LabelledKpiEstimate } from "./estimate.js";
import type { ExperimentLimits } from "./limits.js";
import type { ExperimentModel, ProgressCallback } from "./model.js";
import type { Runner } from "./runner.js";
import type { KpiDefinition } from "./types.js";

/** A resource the planner may vary: integer levels from `min` to `max` inclusive. */
export interface CapacityResource {
  /** The resource's name, the key of its level in `levels` (e.g. a station id). */
  readonly name: string;
  /** Least level considered, an integer >= 0. */
  readonly min: number;
  /** Greatest level considered, an integer >= min (the search starts here). */
  readonly max: number;
}

/** One condition on a KPI: give `atMost`, `atLeast` or both (in the KPI's unit). */
export interface CapacityTarget {
  /** Key of the KPI (one of the `kpis` given to the planner). */
  readonly kpi: string;
  /** The KPI must be at most this (e.g. a p90 time in system). */
  readonly atMost?: number;
  /** The KPI must be at least this (e.g. trucks cleared per day). */
  readonly atLeast?: number;
}

/**
 * How a target is judged: on the mean, or on the confidence interval's pessimistic bound.
 *
 * @inline
 */
export type TargetConfidence = "mean" | "ci";

/**
 * The verdict on one condition of the target for one candidate.
 *
 * @inline
 */
export interface TargetCheck {
  /** Key of the KPI judged. */
  readonly kpi: string;
  /** ≤ for an `atMost` condition, ≥ for an `atLeast` one. */
  readonly relation: "≤" | "≥";
  /** The condition's limit, in the KPI's unit. */
  readonly limit: number;
  /** Which estimate was compared: the mean, or the CI's upper/lower bound. */
  readonly basis: "mean" | "upper" | "lower";
  /** The compared value; null when unavailable (then the condition fails). */
  readonly value: number | null;
  /** Whether the condition holds for this candidate. */
  readonly holds: boolean;
}

/**
 * One evaluated set of resource levels.
 *
 * @inlineType LabelledKpiEstimate
 */
export interface CapacityCandidate {
  /** The level of each resource, by resource name. */
  readonly levels: Record<string, number>;
  /** Sum of the levels. */
  readonly total: number;
  /** Every KPI's estimate over the candidate's replications, by KPI key. */
  readonly kpis: Record<string, LabelledKpiEstimate>;
  /** Whether every condition of the target holds. */
  readonly meetsTarget: boolean;
  /** The verdict on each condition of the target, in the target's order. */
  readonly checks: readonly TargetCheck[];
  /** What the `bottleneck` option named for this candidate's results (null without it). */
  readonly bottleneck: string | null;
  /** Replications run for this candidate (the smart search varies it; absent: `replications`). */
  readonly replications?: number;
}

/** The answer of {@link planCapacity}. */
export interface CapacityPlan {
  /** Whether the maximum levels meet the target (if not, nothing in range does). */
  readonly feasible: boolean;
  /** The minimal plan found, null when infeasible. */
  readonly best: CapacityCandidate | null;
  /** Every evaluated candidate, in evaluation order. */
  readonly candidates: readonly CapacityCandidate[];
  /** Number of distinct candidates evaluated (each with `replications` replications). */
  readonly evaluated: number;
  /** The answer and its statistical confidence, in words. */
  readonly statement: string;
  /** How the smart search spent its effort and what its confidence rests on (absent: greedy). */
  readonly search?: SearchSummary;
}

/**
 * What the smart search spent and the confidence its statement carries.
 *
 * @inline
 */
export interface SearchSummary {
  /** Replications run over all candidates. */
  readonly replications: number;
  /**
   * False when `shouldStop` ended the search early: `best` then meets the target but was not
   * shown to be minimal (some single-resource reductions were not tried).
   */
  readonly complete: boolean;
  /** The levels below which, by the given lower bounds, nothing was evaluated. */
  readonly lowerBounds: Record<string, number>;
  /** The confidence level of every look at a candidate (Bonferroni over claims and looks). */
  readonly perLookLevel: number;
  /** The overall confidence of the statement's claims (the `level` option). */
  readonly overallLevel: number;
  /** The verdicts the statement rests on: the target's conditions plus one per resource. */
  readonly claims: number;
  /** Most looks at one candidate (replication counts at which it may stop). */
  readonly looks: number;
}

/**
 * Sequential replications per candidate: look after `initial` replications and after each
 * `batch` more, stop once every condition is decided (its interval on one side of the limit),
 * never beyond `max`.
 *
 * @inline
 */
export interface SequentialCandidates {
  /** Replications before the first look, >= 2 (default 4, or `max` if smaller). */
  readonly initial?: number;
  /** Replications added per look, >= 1 (default 3). */
  readonly batch?: number;
  /** The cap, >= initial (default: the `replications` option). */
  readonly max?: number;
}

/**
 * Where the search stands after a candidate (for progress reports).
 *
 * @inline
 */
export interface SearchProgress {
  /** Distinct candidates evaluated so far. */
  readonly evaluated: number;
  /** Replications run so far. */
  readonly replications: number;
  /** The least plan known to meet the target so far (null before one is). */
  readonly best: CapacityCandidate | null;
}

/** Options of {@link planCapacity}. */
export interface CapacityPlanOptions<C, R> extends ExperimentLimits {
  /** The model run for every candidate. */
  readonly model: ExperimentModel<C, R>;
  /** The configuration `apply` changes the levels of. */
  readonly baseConfig: C;
  /** The resources to size; lowered in this order. */
  readonly resources: readonly CapacityResource[];
  /** The configuration at given levels; must not mutate `config`. */
  readonly apply: (config: C, levels: Record<string, number>) => C;
  /** Every condition must hold. */
  readonly target: readonly CapacityTarget[];
  /** Master seed shared by every candidate (common random numbers). */
  readonly seed: string;
  /** Replications per candidate (>= 2 with `confidence: "ci"`). */
  readonly replications: number;
  /** The KPIs estimated for every candidate; the target's KPIs must be among them. */
  readonly kpis: readonly KpiDefinition<R>[];
  /** Confidence level in (0, 1), default 0.95. */
  readonly level?: number;
  /**
   * "ci" (default): an `atMost` condition must hold for the CI's upper bound and an `atLeast`
   * one for its lower bound; "mean": for the point estimate only.
   */
  readonly confidence?: TargetConfidence;
  /** Names the limiting station or resource of one candidate's results, or null. */
  readonly bottleneck?: (results: R[]) => string | null;
  /** Where replications run (default: in this thread). Not closed by `planCapacity`. */
  readonly runner?: Runner<C, R>;
  /** Called as replications finish (`total` is null: the search decides as it goes). */
  readonly onProgress?: ProgressCallback;
  /**
   * "greedy" (default): every candidate gets `replications` replications, searched from the
   * maximum by binary search over each resource's whole range. "smart": the same greedy order,
   * but never below `lowerBounds`, sequential replications per candidate (`sequential`, capped
   * at `replications`) judged at a Bonferroni-adjusted level so the statement holds with
   * `level` overall, and later passes try one step down only (enough under monotone KPIs).
   */
  readonly search?: "greedy" | "smart";
  /**
   * Smart search: the least level of each resource that can possibly meet the target (e.g. from
   * queueing theory: fewer servers than the offered load make the queue grow without bound).
   * Levels below are never evaluated. Default: each resource's `min`.
   */
  readonly lowerBounds?: Readonly<Record<string, number>>;
  /** Smart search: the sequential replication rule (defaults: 4, then 3 more per look). */
  readonly sequential?: SequentialCandidates;
  /**
   * Smart search: asked before each candidate; true ends the search with the best plan found
   * so far (e.g. a time budget kept by the caller; nothing here reads a clock).
   */
  readonly shouldStop?: () => boolean;
  /** Smart search: called after each newly evaluated candidate. Must not throw. */
  readonly onCandidate?: (candidate: CapacityCandidate, progress: SearchProgress) => void;
}
