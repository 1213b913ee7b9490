/** The border-gate domain: scenario format, model, results and presets. */
export { nominalTrucksPerDay } from "./arrivals.js";
export { CapacitySchedule } from "./capacity-schedule.js";
export {
  GATE_KPIS,
  type GateKpi,
  gateBottleneck,
  gateExperimentModel,
  withParameter,
  withServers,
} from "./experiment-adapter.js";
export { GateModel, type GateRunOptions, runGate } from "./model.js";
export { preset, presetNames } from "./presets/index.js";
export type {
  GateRunResult,
  SegmentMinutes,
  StationKpis,
  TimeInSystemKpis,
  TruckRecord,
} from "./results.js";
export type { DurationSpec } from "./scenario/duration.js";
export { scenarioJsonSchema } from "./scenario/json-schema.js";
export {
  loadScenario,
  parseScenario,
  parseScenarioJson,
  ScenarioError,
  type ScenarioIssue,
  type ScenarioParseResult,
} from "./scenario/parse.js";
export {
  CHANNELS,
  type Channel,
  DIRECTIONS,
  type Direction,
  type Scenario,
  ScenarioSchema,
  type StationSpec,
  type StepSpec,
} from "./scenario/schema.js";
export { SEGMENTS, type Segment } from "./truck.js";
