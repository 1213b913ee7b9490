/**
 * The reports layer (core): plain-text tables, versioned JSON, tidy CSV and a plain-words
 * headline, all pure functions returning strings. Charts and the HTML report live behind the
 * separate entry `./charts/index.ts` (they load vega, which has top-level await). Named exports
 * only.
 */

export {
  type CorridorHtmlOptions,
  corridorHtmlReport,
  corridorRunJson,
  corridorRunTable,
} from "./corridor-run.js";
export {
  COMPARISON_CSV_COLUMNS,
  CSV_EOL,
  comparisonCsv,
  csvField,
  csvRow,
  PLAN_CSV_COLUMNS,
  planCsv,
  type ReplicationRow,
  replicationRows,
  replicationsCsv,
  sweepCsv,
} from "./csv.js";
export { escapeHtml } from "./escape-html.js";
export {
  autoDecimals,
  estimateDecimals,
  formatEstimate,
  formatHours,
  formatInterval,
  formatNumber,
  formatShare,
  formatSigned,
  MISSING,
} from "./format.js";
export { comparisonHeadline, type HeadlineOptions } from "./headline.js";
export {
  COMPARISON_FORMAT,
  comparisonJson,
  REPLICATIONS_FORMAT,
  replicationJson,
  SWEEP_FORMAT,
  type SweepJsonInput,
  sweepJson,
} from "./json.js";
export { PLAN_FORMAT, type PlanJsonInput, planJson } from "./json-plan.js";
export { RUN_FORMAT, type RunJsonOptions, runJson } from "./json-run.js";
export {
  JSON_SIGNIFICANT_DIGITS,
  type JsonMeta,
  type JsonValue,
  jsonExact,
  jsonSafe,
  roundForJson,
} from "./json-value.js";
export {
  type DisplayUnit,
  displayUnit,
  formatKpiEstimate,
  formatKpiInterval,
  formatKpiValue,
  kpiHeader,
  levelLabel,
  scaleEstimate,
} from "./kpi-display.js";
export { MONITOR_CSV_COLUMNS, monitorCsv } from "./monitor-csv.js";
export {
  type PlanTableInput,
  planEstimateText,
  planLevelsText,
  planTable,
} from "./plan-table.js";
export { runTable } from "./run-table.js";
export { type SweepTableInput, type SweepTableKpi, sweepTable } from "./sweep-table.js";
export { comparisonTable, replicationTable, varianceReductionLine } from "./table.js";
export {
  type TableWidthOptions,
  type TextColumn,
  type TextTableInput,
  textTable,
  wrapText,
} from "./text-table.js";
export { traceCsvHeader, traceCsvRow } from "./trace-csv.js";
export {
  TRS_SEGMENT_LABELS,
  type TrsBreakdown,
  trsBreakdown,
  trsSegments,
  trsTable,
} from "./trs.js";
export {
  TRUCK_CSV_COLUMNS,
  TRUCK_CSV_SEGMENTS,
  truckRecordCsvRow,
  truckRecordsCsvHeader,
} from "./truck-csv.js";
export { type Verdict, verdictOf, verdictText } from "./verdict.js";
