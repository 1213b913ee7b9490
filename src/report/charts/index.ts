/**
 * The charts entry of the reports layer: SVG charts rendered in Node with vega and vega-lite
 * (no canvas, no browser) and the self-contained HTML report. Kept apart from the core entry
 * because vega has top-level await. Named exports only.
 *
 * @module gatesim/charts
 */

export { type TrsBreakdown, trsBreakdown } from "../trs.js";
export {
  type CapacityFrontierOptions,
  capacityFrontierChart,
  type FrontierCandidate,
  type FrontierTarget,
} from "./capacity-frontier.js";
export {
  ARRIVALS_LABEL,
  clearedPerDayCaption,
  clearedPerDayChart,
  planArrivalsLabel,
} from "./cleared-per-day.js";
export { type HtmlReportInput, htmlReport } from "./html.js";
export {
  inputsBlock,
  type ReportInputs,
  type ReportParameter,
  type ReportScenario,
} from "./inputs-block.js";
export { planHtmlReport } from "./plan-html.js";
export {
  candidateId,
  type PlanChange,
  type PlanReportInput,
  type PlanReportRow,
  type PlanReportSource,
  planReportInput,
} from "./plan-report-input.js";
export { type QueueOverTimeOptions, queueOverTimeChart } from "./queue-over-time.js";
export { renderVegaLiteSvg, type VegaLiteSpec } from "./render.js";
export { type RunReportInput, runHtmlReport } from "./run-html.js";
export { DRAIN_LABEL, type PlanRun, thinByMax } from "./series.js";
export { normaliseSvgIds } from "./svg.js";
export { type SweepChartOptions, type SweepChartPoint, sweepChart } from "./sweep-chart.js";
export {
  type SweepReportInput,
  type SweepReportKpi,
  type SweepReportRow,
  sweepHtmlReport,
} from "./sweep-html.js";
export { CHART_CONFIG, type ChartOptions, PLAN_COLOURS } from "./theme.js";
export { type TimeInSystemOptions, timeInSystemChart } from "./time-in-system.js";
export { TRS_COLOURS, trsChart, trsHtmlTable } from "./trs-chart.js";
