/**
 * The headline of a comparison in plain words for planners: how many more (or fewer) trucks a
 * day configuration B clears than A, and what happens to the mean time in system, each with its
 * confidence interval, and hedged when the interval contains zero.
 */
import type { ComparisonSummary, PairedKpi } from "../experiment/types.js";
import { estimateDecimals, formatHours, formatNumber, formatSigned } from "./format.js";
import { levelLabel } from "./kpi-display.js";
import { verdictOf } from "./verdict.js";

/**
 * Which KPIs the headline reads.
 *
 * @inline
 */
export interface HeadlineOptions {
  /** Key of the throughput KPI (default "meanClearedPerDay", else the first "trucks/day" KPI). */
  readonly throughputKey?: string;
  /**
   * Key of the mean time-in-system KPI in hours (default "meanTimeInSystemHours", else the first
   * KPI in "h" whose label mentions time in system).
   */
  readonly timeInSystemKey?: string;
}

function find(
  kpis: readonly PairedKpi[],
  key: string,
  fallback: (kpi: PairedKpi) => boolean,
): PairedKpi | undefined {
  return kpis.find((kpi) => kpi.key === key) ?? kpis.find(fallback);
}

/** "95% CI 1,640 to 1,679" in magnitudes when the interval is on one side of zero, else signed. */
function interval(kpi: PairedKpi, digits: number, unit = ""): string {
  const { lower, upper, level } = kpi.difference;
  if (lower === null || upper === null) return "one replication only, so no confidence interval";
  const label = levelLabel(level);
  if (lower > 0)
    return `${label} ${formatNumber(lower, digits)} to ${formatNumber(upper, digits)}${unit}`;
  if (upper < 0)
    return `${label} ${formatNumber(-upper, digits)} to ${formatNumber(-lower, digits)}${unit}`;
  return `${label} ${formatSigned(lower, digits)} to ${formatSigned(upper, digits)}${unit}`;
}

function throughputSentence(kpi: PairedKpi, nameA: string, nameB: string): string | null {
  const d = kpi.difference.mean;
  if (d === null) return null;
  const digits = estimateDecimals(kpi.difference);
  const ci = interval(kpi, digits);
  if (verdictOf(kpi) === "no-clear-difference") {
    return `${nameB} and ${nameA} clear about the same number of trucks per day (difference ${formatSigned(d, digits)}, ${ci}).`;
  }
  const more = d >= 0 ? "more" : "fewer";
  return `${nameB} clears ${formatNumber(Math.abs(d), digits)} ${more} trucks per day than ${nameA} (${ci}).`;
}

function timeSentence(kpi: PairedKpi, subject: string): string | null {
  const a = kpi.a.mean;
  const b = kpi.b.mean;
  const d = kpi.difference.mean;
  if (a === null || b === null || d === null) return null;
  const digits = estimateDecimals(kpi.difference);
  const ci = interval(kpi, digits, " h");
  if (verdictOf(kpi) === "no-clear-difference") {
    return `${subject} leaves the mean time in system about the same: ${formatHours(a)} against ${formatHours(b)} (change ${formatSigned(d, digits)} h, ${ci}).`;
  }
  const verb = d <= 0 ? "cuts" : "raises";
  return `${subject} ${verb} the mean time in system from ${formatHours(a)} to ${formatHours(b)}, by ${formatNumber(Math.abs(d), digits)} h (${ci}).`;
}

function tally(summary: ComparisonSummary<unknown>): string {
  const verdicts = summary.kpis.map(verdictOf);
  const count = (v: string) => verdicts.filter((x) => x === v).length;
  return `Over ${summary.replications} paired replications, ${count("b-better")} of ${summary.kpis.length} KPIs favour ${summary.nameB}, ${count("a-better")} favour ${summary.nameA} and ${count("no-clear-difference")} show no clear difference.`;
}

/**
 * One or two plain sentences summing up a comparison (B against A). Falls back to a count of
 * KPIs favouring each side when neither the throughput nor the time-in-system KPI is found.
 *
 * @example
 * const manual = { ...preset("huu-nghi-manual-2019")!, horizonDays: 2 };
 * const smart = { ...preset("huu-nghi-smart-2024")!, horizonDays: 2 };
 * const summary = await comparePaired({
 *   model: gateModel, configA: manual, configB: smart, nameA: "manual", nameB: "smart",
 *   seed: "1", replications: 3, kpis: GATE_KPIS,
 * });
 * comparisonHeadline(summary);
 * // "smart clears … more trucks per day than manual (95% CI … to …). It cuts the mean time in
 * //  system from … h to … h (… min), by … h (95% CI … to … h)."
 */
export function comparisonHeadline(
  summary: ComparisonSummary<unknown>,
  options: HeadlineOptions = {},
): string {
  const throughput = find(
    summary.kpis,
    options.throughputKey ?? "meanClearedPerDay",
    (kpi) => kpi.unit === "trucks/day",
  );
  const time = find(
    summary.kpis,
    options.timeInSystemKey ?? "meanTimeInSystemHours",
    (kpi) => kpi.unit === "h" && /time in system/i.test(kpi.label),
  );
  const first = throughput && throughputSentence(throughput, summary.nameA, summary.nameB);
  const second = time && timeSentence(time, first ? "It" : summary.nameB);
  const sentences = [first, second].filter((s): s is string => typeof s === "string");
  return sentences.length > 0 ? sentences.join(" ") : tally(summary);
}
