/**
 * Public surface of the experiment layer: replications, paired comparisons on common random
 * numbers, sweeps, capacity planning and the worker pool — generic over any model. Named
 * exports only.
 */
export {
  type CapacityCandidate,
  type CapacityPlan,
  type CapacityPlanOptions,
  type CapacityResource,
  type CapacityTarget,
  planCapacity,
  type SearchProgress,
  type SearchSummary,
  type SequentialCandidates,
  type TargetCheck,
  type TargetConfidence,
} from "./capacity-plan.js";
export { type CompareOptions, comparePaired } from "./compare.js";
export { ExperimentError, type ExperimentErrorCode } from "./errors.js";
export { estimate, estimateKpis, type LabelledKpiEstimate } from "./estimate.js";
export type { ExperimentLimits, RunControl } from "./limits.js";
export type {
  ExperimentModel,
  ExperimentProgress,
  ProgressCallback,
  ReplicationLimits,
  ReplicationTask,
  WorkerModelRef,
  WorkerSetupRef,
} from "./model.js";
export { redactRedisUrl, redisUrlProblem, scrubSecret } from "./redis/connection.js";
export type { RedisRunnerOptions } from "./redis/options.js";
export {
  type ReplicateOptions,
  type ReplicateSyncOptions,
  replicate,
  replicateSync,
  type SequentialStopping,
} from "./replicate.js";
export { type Runner, replicationTasks, serialRunner } from "./runner.js";
export {
  MAX_KEPT_RESULTS,
  MAX_PLAN_REPLICATIONS,
  MAX_REPLICATIONS,
  MAX_SWEEP_POINTS,
} from "./sizes.js";
export {
  type GridPoint,
  gridPoints,
  gridSize,
  type SweepOptions,
  type SweepRow,
  sweep,
} from "./sweep.js";
export type {
  ComparisonSummary,
  KpiDefinition,
  KpiEstimate,
  PairedKpi,
  ReplicationSummary,
} from "./types.js";
export { createRunner, type WorkerRunnerOptions } from "./worker-pool.js";
