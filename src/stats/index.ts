/**
 * Public surface of the statistics layer: streaming tallies, time-weighted levels, quantiles,
 * confidence intervals, warm-up detection and queueing-theory oracles. Named exports only.
 * This layer imports neither the engine nor the random layer: the engine reports level changes
 * to a {@link TimeWeighted} through its structural `update(time, level)` method.
 */
export { type BatchMeansResult, batchMeans, lag1Autocorrelation } from "./batch-means.js";
export {
  type ConfidenceInterval,
  confidenceInterval,
  confidenceIntervalFromSnapshot,
  type PairedDifference,
  pairedDifference,
  studentT,
} from "./confidence.js";
export { StatsError, type StatsErrorCode, type StatsErrorDetails } from "./errors.js";
export { ExactQuantiles } from "./exact-quantiles.js";
export type { QuantileEstimator } from "./quantile-estimator.js";
export { QuantileSketch, type QuantileSketchOptions } from "./quantiles.js";
export { erlangB, erlangC } from "./queueing/erlang.js";
export { type ErlangAMetrics, type ErlangAOptions, erlangA } from "./queueing/erlang-a.js";
export {
  type JacksonMetrics,
  type JacksonOptions,
  type JacksonStationMetrics,
  type JacksonStationOptions,
  jackson,
} from "./queueing/jackson.js";
export type { QueueMetrics, StableQueueMetrics, UnstableQueueMetrics } from "./queueing/metrics.js";
export { type Md1Options, type Mg1Options, md1, mg1 } from "./queueing/mg1.js";
export { type MmcOptions, mmc } from "./queueing/mmc.js";
export { type MmckMetrics, type MmckOptions, mmck } from "./queueing/mmck.js";
export {
  mm1PriorityNonPreemptive,
  type PriorityClassMetrics,
  type PriorityMetrics,
  type PriorityOptions,
} from "./queueing/priority.js";
export { Tally, type TallySnapshot } from "./tally.js";
export { TimeWeighted, type TimeWeightedSnapshot } from "./time-weighted.js";
export { type MserResult, mser5 } from "./warmup.js";
export { welchMovingAverage } from "./welch.js";
