/**
 * Tidy CSV for spreadsheets and data frames (RFC 4180): a header row, one observation per row,
 * CRLF line ends, fields quoted only when they hold a comma, a double quote, CR or LF (quotes
 * doubled). Text that a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, tab, CR first)
 * is written with a leading `'` (OWASP's advice for CSV exports); numbers stay numbers. Numbers are rounded like the JSON reports; a value that does not exist is an empty
 * field.
 */
import type { CapacityPlan } from "../experiment/capacity-plan.js";
import type { SweepRow } from "../experiment/sweep.js";
import type { ComparisonSummary, KpiDefinition, KpiEstimate } from "../experiment/types.js";
import { jsonExact, jsonNumber } from "./json-value.js";

/** Line end of every CSV row (RFC 4180). */
export const CSV_EOL = "\r\n";

/**
 * One CSV field: strings quoted when needed, numbers rounded (see `roundForJson`), null and
 * undefined empty, booleans "true"/"false".
 *
 * @example
 * csvField('say "hi", then go'); // '"say ""hi"", then go"'
 * csvField(0.123456789);         // "0.123457"
 * csvField(null);                // ""
 */
export function csvField(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") {
    const rounded = jsonNumber(value);
    return rounded === null ? "" : String(rounded);
  }
  if (typeof value === "boolean") return value ? "true" : "false";
  const text = neutralised(String(value));
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A text that is a plain decimal number ("-5", "1.2e3"): a spreadsheet reads it as a number. */
const PLAIN_NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/**
 * `text` made inert for spreadsheets (OWASP, CSV injection): a text cell starting with `=`, `+`,
 * `-`, `@`, a tab or a carriage return would be run as a formula by Excel, LibreOffice or
 * Google Sheets, so it gets a leading `'`; a plain number ("-5") is left as it is.
 *
 * @example neutralised("=HYPERLINK(\"http://x\")") // "'=HYPERLINK(\"http://x\")"
 * @example neutralised("-5") // "-5"
 */
export function neutralised(text: string): string {
  const first = text.charCodeAt(0);
  const risky =
    first === 0x3d /* = */ ||
    first === 0x2b /* + */ ||
    first === 0x2d /* - */ ||
    first === 0x40 /* @ */ ||
    first === 0x09 ||
    first === 0x0d;
  return risky && !PLAIN_NUMBER.test(text) ? `'${text}` : text;
}

/**
 * One CSV row with its CRLF line end.
 *
 * @example
 * csvRow(["smart", 3309.5, null]); // "smart,3309.5,\r\n"
 */
export function csvRow(fields: readonly (string | number | boolean | null | undefined)[]): string {
  return fields.map(csvField).join(",") + CSV_EOL;
}

function estimateRow(scenario: string, key: string, unit: string, est: KpiEstimate): string {
  return csvRow([scenario, key, unit, est.n, est.mean, est.halfWidth, est.lower, est.upper]);
}

/** Header of {@link comparisonCsv}. */
export const COMPARISON_CSV_COLUMNS = [
  "scenario",
  "kpi",
  "unit",
  "n",
  "mean",
  "half_width",
  "lower",
  "upper",
] as const;

/**
 * A paired comparison as tidy CSV: one row per scenario × KPI (all of A's KPIs, then B's), then
 * one difference row per KPI whose `scenario` is `"<nameB> - <nameA>"`. 3 × KPIs rows plus the
 * header.
 *
 * @example
 * const manual = { ...preset("huu-nghi-manual-2019")!, horizonDays: 2 };
 * const smart = { ...preset("huu-nghi-smart-2024")!, horizonDays: 2 };
 * const summary = await comparePaired({
 *   model: gateModel, configA: manual, configB: smart, nameA: "manual", nameB: "smart",
 *   seed: "1", replications: 3, kpis: GATE_KPIS,
 * });
 * console.log(comparisonCsv(summary));
 * // prints:
 * // scenario,kpi,unit,n,mean,half_width,lower,upper
 * // manual,meanClearedPerDay,trucks/day,3,…
 * // …
 * // smart,meanClearedPerDay,trucks/day,3,…
 * // …
 * // smart - manual,meanClearedPerDay,trucks/day,3,…
 * // …
 * // smart - manual,roadQueueMaxTrucks,trucks,3,0,0,0,0
 */
export function comparisonCsv(summary: ComparisonSummary<unknown>): string {
  const difference = `${summary.nameB} - ${summary.nameA}`;
  return [
    csvRow(COMPARISON_CSV_COLUMNS),
    ...summary.kpis.map((kpi) => estimateRow(summary.nameA, kpi.key, kpi.unit, kpi.a)),
    ...summary.kpis.map((kpi) => estimateRow(summary.nameB, kpi.key, kpi.unit, kpi.b)),
    ...summary.kpis.map((kpi) => estimateRow(difference, kpi.key, kpi.unit, kpi.difference)),
  ].join("");
}

/** Columns of {@link planCsv} after the candidate number and one column per resource. */
export const PLAN_CSV_COLUMNS = [
  "total",
  "meets_target",
  "bottleneck",
  "kpi",
  "unit",
  "target",
  "target_holds",
  "n",
  "mean",
  "half_width",
  "lower",
  "upper",
] as const;

/**
 * A capacity plan as tidy CSV: one row per evaluated candidate × KPI, in evaluation order —
 * `candidate` (its number, from 1), one column per resource with its level (named by the
 * resource), the total, whether the candidate meets the target and its bottleneck (empty when
 * none), then the KPI's key, unit and estimate; `target` ("<= 6", ">= 0.99", in the KPI's unit)
 * and `target_holds` are filled on the rows of the KPIs in the target.
 *
 * @example
 * const model = { name: "toy", run: (config: { servers: number }) => ({ wait: 2 / config.servers }) };
 * const wait = { key: "wait", label: "Wait", unit: "h", higherIsBetter: false,
 *   read: (result: { wait: number }) => result.wait };
 * const target = [{ kpi: "wait", atMost: 0.5 }];
 * const plan = await planCapacity({
 *   model, baseConfig: { servers: 1 }, resources: [{ name: "servers", min: 1, max: 10 }],
 *   apply: (config, levels) => ({ ...config, servers: levels.servers! }),
 *   target, seed: "plan", replications: 2, kpis: [wait],
 * });
 * planCsv(plan).split("\r\n")[0];
 * // "candidate,servers,total,meets_target,bottleneck,kpi,unit,target,target_holds,n,mean,half_width,lower,upper"
 */
export function planCsv(plan: CapacityPlan): string {
  const resources = Object.keys(plan.candidates[0]?.levels ?? {});
  let out = csvRow(["candidate", ...resources, ...PLAN_CSV_COLUMNS]);
  plan.candidates.forEach((c, index) => {
    const head = [index + 1, ...resources.map((id) => c.levels[id]), c.total, c.meetsTarget];
    for (const [key, e] of Object.entries(c.kpis)) {
      const check = c.checks.find((x) => x.kpi === key);
      const target =
        check === undefined
          ? null
          : `${check.relation === "≤" ? "<=" : ">="} ${jsonExact(check.limit)}`;
      out += csvRow([
        ...head,
        c.bottleneck,
        key,
        e.unit,
        target,
        check?.holds,
        e.n,
        e.mean,
        e.halfWidth,
        e.lower,
        e.upper,
      ]);
    }
  });
  return out;
}

/**
 * A parameter sweep as tidy CSV: one row per grid point × KPI, with the point's parameter values
 * as written (not rounded), then kpi, unit, n, mean, half_width, lower, upper. KPIs in each
 * row's order; an estimate that does not exist leaves its fields empty.
 *
 * @example
 * const smart = { ...preset("huu-nghi-smart-2024")!, horizonDays: 2 };
 * const rows = await sweep({
 *   model: gateModel, baseConfig: smart, grid: { "stations.customs.servers": [8, 10] },
 *   apply: (scenario, point) =>
 *     withParameter(scenario, "stations.customs.servers", point["stations.customs.servers"]),
 *   seed: "1", replications: 3, kpis: GATE_KPIS,
 * });
 * console.log(sweepCsv(["stations.customs.servers"], rows));
 * // prints:
 * // stations.customs.servers,kpi,unit,n,mean,half_width,lower,upper
 * // 8,meanClearedPerDay,trucks/day,3,…
 * // …
 * // 10,meanClearedPerDay,trucks/day,3,…
 * // …
 */
export function sweepCsv(parameters: readonly string[], rows: readonly SweepRow[]): string {
  let out = csvRow([...parameters, "kpi", "unit", "n", "mean", "half_width", "lower", "upper"]);
  for (const row of rows) {
    const point = parameters.map((path) => String(row.point[path]));
    for (const [key, e] of Object.entries(row.kpis)) {
      out += csvRow([...point, key, e.unit, e.n, e.mean, e.halfWidth, e.lower, e.upper]);
    }
  }
  return out;
}

/**
 * The KPI values of one replication of one scenario.
 *
 * @inline
 */
export interface ReplicationRow {
  /** The scenario's name. */
  readonly scenario: string;
  /** The replication index. */
  readonly replication: number;
  /** KPI key → value (null when it does not exist for that run); written in key order. */
  readonly values: Readonly<Record<string, number | null>>;
  /** KPI key → unit (from the KPI definitions; `replicationRows` fills it). */
  readonly units?: Readonly<Record<string, string>>;
}

/**
 * Reads KPI values off replication results, one {@link ReplicationRow} per result (the
 * replication index is the position in `results`).
 *
 * @example
 * const results = [{ cleared: 3309.4 }, { cleared: 3296 }];
 * const cleared = { key: "meanClearedPerDay", label: "Trucks cleared per day", unit: "trucks/day",
 *   higherIsBetter: true, read: (result: { cleared: number }) => result.cleared };
 * replicationRows("smart-2024", results, [cleared]);
 * // [{ scenario: "smart-2024", replication: 0, values: { meanClearedPerDay: 3309.4 }, units: { meanClearedPerDay: "trucks/day" } }, …]
 */
export function replicationRows<R>(
  scenario: string,
  results: readonly R[],
  kpis: readonly KpiDefinition<R>[],
): ReplicationRow[] {
  return results.map((result, replication) => {
    const values: Record<string, number | null> = {};
    const units: Record<string, string> = {};
    for (const kpi of kpis) {
      values[kpi.key] = kpi.read(result);
      units[kpi.key] = kpi.unit;
    }
    return { scenario, replication, values, units };
  });
}

/**
 * Per-replication KPI values as tidy CSV: columns scenario, replication, kpi, unit, value; one
 * row per replication × KPI. The unit is the row's own (as `replicationRows` sets it), else the one
 * `units` maps the KPI key to.
 *
 * @throws {Error} when a KPI has no unit in either place (a unit column left empty would hide
 *   whether a value is in hours or days).
 *
 * @example
 * replicationsCsv([{ scenario: "smart", replication: 0, values: { meanClearedPerDay: 3309.4 } }],
 *   { meanClearedPerDay: "trucks/day" });
 * // "scenario,replication,kpi,unit,value\r\nsmart,0,meanClearedPerDay,trucks/day,3309.4\r\n"
 */
export function replicationsCsv(
  rowsPerReplication: readonly ReplicationRow[],
  units: Readonly<Record<string, string>> = {},
): string {
  let out = csvRow(["scenario", "replication", "kpi", "unit", "value"]);
  for (const row of rowsPerReplication) {
    for (const [kpi, value] of Object.entries(row.values)) {
      const unit = row.units?.[kpi] ?? units[kpi];
      if (unit === undefined) {
        throw new Error(
          `replicationsCsv: KPI "${kpi}" has no unit; expected rows from replicationRows or a unit in \`units\``,
        );
      }
      out += csvRow([row.scenario, row.replication, kpi, unit, value]);
    }
  }
  return out;
}
