/** The border-gate domain: scenario format, kinds, model, results and presets. */
export { type ArrivalsSpec, nominalTrucksPerDay } from "./arrivals/index.js";
export { CapacitySchedule } from "./capacity-schedule.js";
export { gateDetailKpis, gateRunKpis } from "./detail-kpis.js";
export { type DurationSpec, durationLaw } from "./durations/index.js";
export {
  CHANNELS,
  type Channel,
  DIRECTIONS,
  type Direction,
  SEGMENTS,
  type Segment,
} from "./encoding.js";
export {
  GATE_KPIS,
  type GateKpi,
  gateBottleneck,
  gateModel,
  withParameter,
  withServers,
} from "./experiment-adapter.js";
export { type GateLoad, type GateLoadOptions, gateLoad, type StationLoad } from "./load.js";
export { runGate } from "./model.js";
export {
  gateServerLowerBounds,
  type SteadyStateWarmup,
  steadyStateWarmup,
} from "./plan-bounds.js";
export { preset, presetNames } from "./presets/index.js";
export type {
  ArrivalDayKpis,
  CohortKpis,
  GateRunResult,
  LossKpis,
  SegmentMinutes,
  StationKpis,
  TimeInSystemKpis,
  TruckRecord,
} from "./results.js";
export { DEFAULT_MAX_TRUCKS_IN_SYSTEM, gateEventBudget } from "./run-budget.js";
export type { GateRunOptions } from "./run-options.js";
export { scenarioJsonSchema } from "./scenario/json-schema.js";
export {
  loadScenario,
  parseScenario,
  parseScenarioJson,
  ScenarioError,
  type ScenarioIssue,
  type ScenarioParseResult,
} from "./scenario/parse.js";
export { type Scenario, ScenarioSchema, type StepSpec } from "./scenario/schema.js";
export { STATION_KINDS, type StationKindName, type StationSpec } from "./stations/index.js";
export {
  DEFAULT_TRACE_LIMIT,
  type GateTraceEntry,
  TRACE_EVENTS,
  type TraceEvent,
} from "./trace.js";
export { type GateWarning, gateWarnings } from "./warnings.js";
