/** A corridor of border gates: its file format, routing kinds, model, results and presets. */
export {
  CORRIDOR_KPIS,
  type CorridorKpi,
  corridorBottleneck,
  corridorKpis,
  corridorModel,
  corridorResourceNames,
  withCorridorServers,
} from "./experiment-adapter.js";
export { corridorJsonSchema } from "./json-schema.js";
export { type CorridorRunOptions, runCorridor } from "./model.js";
export { withCorridorParameter } from "./parameter.js";
export {
  CorridorError,
  type CorridorParseResult,
  isCorridorShaped,
  loadCorridor,
  parseCorridor,
  parseCorridorJson,
} from "./parse.js";
export { corridorPreset, corridorPresetNames } from "./presets/index.js";
export type { CorridorGateResult, CorridorRunResult, CorridorTotals } from "./results.js";
export { ROUTING_KINDS, type RoutingKindName, type RoutingSpec } from "./routing/index.js";
export { type Corridor, type CorridorGateSpec, CorridorSchema } from "./schema.js";
