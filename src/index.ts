/**
 * gatesim: discrete-event simulation of border-gate clearance.
 *
 * A hand-picked public surface (no `export *`); test/architecture/public-api.test.ts pins it.
 * Charts and the HTML report live in the separate entry `gatesim/charts`.
 *
 * @module gatesim
 */
// the one shape of a problem in an input, shared by the errors of every layer
export type { Issue } from "./common/index.js";
// a corridor of gates: one demand, a routing policy, several gates
export {
  CORRIDOR_KPIS,
  type Corridor,
  CorridorError,
  type CorridorGateResult,
  type CorridorGateSpec,
  type CorridorKpi,
  type CorridorParseResult,
  type CorridorRunOptions,
  type CorridorRunResult,
  CorridorSchema,
  type CorridorTotals,
  corridorBottleneck,
  corridorJsonSchema,
  corridorKpis,
  corridorModel,
  corridorPreset,
  corridorPresetNames,
  corridorResourceNames,
  isCorridorShaped,
  loadCorridor,
  parseCorridor,
  parseCorridorJson,
  type RoutingKindName,
  type RoutingSpec,
  runCorridor,
  withCorridorParameter,
  withCorridorServers,
} from "./corridor/index.js";
// kernel
export {
  AllOf,
  AnyOf,
  type BufferRequest,
  BufferRequestStatus,
  type BufferRequestStatusValue,
  type CapacityDropPolicy,
  Container,
  type ContainerOptions,
  type EventIterator,
  EventState,
  type EventStateValue,
  type FirstOf,
  type GrantedCallback,
  Interrupt,
  type LevelObserver,
  MAX_PRIORITY,
  MIN_PRIORITY,
  type Monitorable,
  type MonitorRow,
  Preempted,
  type PreemptedCallback,
  Priority,
  Process,
  type ProcessBody,
  type ProcessRequest,
  Request,
  RequestStatus,
  type RequestStatusValue,
  Resource,
  ResourceMonitor,
  type ResourceMonitorOptions,
  type ResourceOptions,
  type RunOptions,
  type RunResult,
  ScheduledEvent,
  type Seizure,
  SimEvent,
  Simulation,
  SimulationError,
  type SimulationErrorCode,
  type SimulationOptions,
  type StopReason,
  Store,
  type StoreOptions,
  Timeout,
  type ValuesOf,
  type Waiter,
} from "./engine/index.js";
// experiments: replications, paired comparisons, sweeps, capacity planning, worker threads
export {
  type CapacityCandidate,
  type CapacityPlan,
  type CapacityPlanOptions,
  type CapacityResource,
  type CapacityTarget,
  type CompareOptions,
  type ComparisonSummary,
  comparePaired,
  createRunner,
  ExperimentError,
  type ExperimentLimits,
  type ExperimentModel,
  type ExperimentProgress,
  type KpiDefinition,
  type KpiEstimate,
  type PairedKpi,
  planCapacity,
  type RedisRunnerOptions,
  type ReplicateOptions,
  type ReplicationLimits,
  type ReplicationSummary,
  type RunControl,
  type Runner,
  replicate,
  replicateSync,
  type SweepOptions,
  type SweepRow,
  serialRunner,
  sweep,
  type WorkerModelRef,
  type WorkerRunnerOptions,
  type WorkerSetupRef,
} from "./experiment/index.js";
// the border-gate model
export { type ArrivalsSpec, nominalTrucksPerDay } from "./gate/arrivals/index.js";
export { CapacitySchedule, type StaffingSpec } from "./gate/capacity-schedule.js";
export { gateDetailKpis } from "./gate/detail-kpis.js";
export type { DurationSpec } from "./gate/durations/index.js";
export {
  CHANNELS,
  type Channel,
  DIRECTIONS,
  type Direction,
  SEGMENTS,
  type Segment,
} from "./gate/encoding.js";
export {
  GATE_KPIS,
  type GateKpi,
  gateBottleneck,
  gateModel,
  withParameter,
  withServers,
} from "./gate/experiment-adapter.js";
export {
  type GateLoad,
  type GateLoadOptions,
  gateLoad,
  type StationLoad,
} from "./gate/load.js";
export { runGate } from "./gate/model.js";
export { preset, presetNames } from "./gate/presets/index.js";
export type {
  ArrivalDayKpis,
  CohortKpis,
  GateRunResult,
  LossKpis,
  SegmentMinutes,
  StationKpis,
  TimeInSystemKpis,
  TruckRecord,
} from "./gate/results.js";
export { DEFAULT_MAX_TRUCKS_IN_SYSTEM, gateEventBudget } from "./gate/run-budget.js";
export type { GateRunOptions } from "./gate/run-options.js";
export type { OpenHours, Shift } from "./gate/scenario/fields.js";
export { scenarioJsonSchema } from "./gate/scenario/json-schema.js";
export {
  loadScenario,
  parseScenario,
  parseScenarioJson,
  ScenarioError,
  type ScenarioIssue,
  type ScenarioParseResult,
} from "./gate/scenario/parse.js";
export { type Scenario, ScenarioSchema, type StepSpec } from "./gate/scenario/schema.js";
export type { StationSpec } from "./gate/stations/index.js";
export type { GateTraceEntry, TraceEvent } from "./gate/trace.js";
export { type GateWarning, gateWarnings } from "./gate/warnings.js";
// random streams, distributions, arrivals
export type { ArrivalProcess } from "./random/arrival-process.js";
export type { Distribution } from "./random/distribution.js";
export {
  type Deterministic,
  type DeterministicOptions,
  deterministic,
} from "./random/distributions/deterministic.js";
export { type Discrete, type DiscreteOptions, discrete } from "./random/distributions/discrete.js";
export {
  type Empirical,
  type EmpiricalOptions,
  empirical,
} from "./random/distributions/empirical.js";
export { type Erlang, type ErlangOptions, erlang } from "./random/distributions/erlang.js";
export {
  type Exponential,
  type ExponentialOptions,
  exponential,
} from "./random/distributions/exponential.js";
export { type Gamma, type GammaOptions, gamma } from "./random/distributions/gamma.js";
export {
  type Lognormal,
  type LognormalOptions,
  lognormal,
} from "./random/distributions/lognormal.js";
export {
  type Mixture,
  type MixtureComponent,
  type MixtureOptions,
  mixture,
} from "./random/distributions/mixture.js";
export { type Normal, type NormalOptions, normal } from "./random/distributions/normal.js";
export { normalQuantile, standardNormal } from "./random/distributions/standard-normal.js";
export {
  type Triangular,
  type TriangularOptions,
  triangular,
} from "./random/distributions/triangular.js";
export {
  type TruncatedNormal,
  type TruncatedNormalOptions,
  truncatedNormal,
} from "./random/distributions/truncated-normal.js";
export { type Uniform, type UniformOptions, uniform } from "./random/distributions/uniform.js";
export { type Weibull, type WeibullOptions, weibull } from "./random/distributions/weibull.js";
export { RandomError, type RandomErrorCode } from "./random/errors.js";
export {
  PoissonArrivals,
  type PoissonArrivalsOptions,
  poissonArrivals,
} from "./random/poisson-arrivals.js";
export {
  createRateProfile,
  RateProfile,
  type RateProfileSpec,
  type SeasonalMultiplier,
} from "./random/rate-profile.js";
export {
  createStream,
  DEFAULT_GENERATOR,
  type GeneratorName,
  RandomStream,
  type RandomStreamOptions,
} from "./random/stream.js";
export { RandomStreams, type RandomStreamsOptions } from "./random/streams.js";
export { ThinningArrivals } from "./random/thinning.js";
export { parseArrivalTrace, TraceArrivals, type TraceFormat } from "./random/trace.js";
// reports (charts and the HTML report: "gatesim/charts")
export {
  comparisonCsv,
  comparisonJson,
  comparisonTable,
  monitorCsv,
  planCsv,
  planJson,
  planTable,
  replicationJson,
  replicationsCsv,
  replicationTable,
  runJson,
  runTable,
  sweepCsv,
  sweepJson,
  sweepTable,
  textTable,
  truckRecordCsvRow,
  truckRecordsCsvHeader,
} from "./report/index.js";
// statistics and queueing-theory oracles
export { type BatchMeansResult, batchMeans, lag1Autocorrelation } from "./stats/batch-means.js";
export {
  type ConfidenceInterval,
  confidenceInterval,
  confidenceIntervalFromSnapshot,
  type PairedDifference,
  pairedDifference,
  studentT,
} from "./stats/confidence.js";
export { StatsError, type StatsErrorCode, type StatsErrorDetails } from "./stats/errors.js";
export { ExactQuantiles } from "./stats/exact-quantiles.js";
export type { QuantileEstimator } from "./stats/quantile-estimator.js";
export { QuantileSketch, type QuantileSketchOptions } from "./stats/quantiles.js";
export { erlangB, erlangC } from "./stats/queueing/erlang.js";
export { type ErlangAMetrics, type ErlangAOptions, erlangA } from "./stats/queueing/erlang-a.js";
export {
  type JacksonMetrics,
  type JacksonOptions,
  type JacksonStationMetrics,
  type JacksonStationOptions,
  jackson,
} from "./stats/queueing/jackson.js";
export type {
  QueueMetrics,
  StableQueueMetrics,
  UnstableQueueMetrics,
} from "./stats/queueing/metrics.js";
export { type Md1Options, type Mg1Options, md1, mg1 } from "./stats/queueing/mg1.js";
export { type MmcOptions, mmc } from "./stats/queueing/mmc.js";
export { type MmckMetrics, type MmckOptions, mmck } from "./stats/queueing/mmck.js";
export {
  mm1PriorityNonPreemptive,
  type PriorityClassMetrics,
  type PriorityMetrics,
  type PriorityOptions,
} from "./stats/queueing/priority.js";
export { Tally, type TallySnapshot } from "./stats/tally.js";
export { TimeWeighted, type TimeWeightedSnapshot } from "./stats/time-weighted.js";
export { type MserResult, mser5 } from "./stats/warmup.js";
export { welchMovingAverage } from "./stats/welch.js";
