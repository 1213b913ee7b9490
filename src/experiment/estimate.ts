/**
 * From per-replication results to KPI estimates: read each KPI off each result, drop nulls,
 * and summarise with a Student-t confidence interval across replications.
 */
import { type Issue, makeIssue } from "../common/index.js";
import { confidenceInterval } from "../stats/index.js";
import { ExperimentError, type OptionCheck } from "./errors.js";
import type { KpiDefinition, KpiEstimate } from "./types.js";

/**
 * A {@link KpiEstimate} with the KPI's label and unit, as in {@link ReplicationSummary}.
 *
 * @inline
 */
export type LabelledKpiEstimate = KpiEstimate & {
  /** The KPI's label. */
  readonly label: string;
  /** The KPI's unit. */
  readonly unit: string;
};

/**
 * Reads one KPI off every result; null where the KPI does not exist for that run.
 * `firstReplication` is the replication index of `results[0]` (for error messages).
 * @throws {ExperimentError} INVALID_KPI_VALUE listing every value that is neither a finite
 *   number nor null.
 * @example
 * const wait = { key: "wait", label: "Wait", unit: "h", higherIsBetter: false,
 *   read: (result: { wait: number | null }) => result.wait };
 * readKpi([{ wait: 0.5 }, { wait: null }], wait, "replicate"); // [0.5, null]
 * readKpi([{ wait: Number.NaN }], wait, "replicate");
 * // throws: replicate: kpis.wait of replication 0: expected a finite number or null, received NaN
 */
export function readKpi<R>(
  results: readonly R[],
  kpi: KpiDefinition<R>,
  api: string,
  firstReplication = 0,
): (number | null)[] {
  const issues: Issue[] = [];
  const values = results.map((result, i) => {
    const value = kpi.read(result);
    if (value !== null && !(typeof value === "number" && Number.isFinite(value))) {
      issues.push(
        makeIssue(
          `kpis.${kpi.key} of replication ${firstReplication + i}`,
          "a finite number or null",
          value,
        ),
      );
    }
    return value;
  });
  if (issues.length > 0) throw new ExperimentError("INVALID_KPI_VALUE", api, issues);
  return values;
}

/**
 * The mean and confidence interval of the non-null values (n counts them).
 * @example estimate([1, 2, null, 3], 0.95) // { n: 3, mean: 2, ... }
 */
export function estimate(values: readonly (number | null)[], level: number): KpiEstimate {
  const present = values.filter((v): v is number => v !== null);
  const ci = confidenceInterval(present, level);
  return {
    n: ci.n,
    mean: ci.mean,
    sd: ci.sd,
    halfWidth: ci.halfWidth,
    lower: ci.lower,
    upper: ci.upper,
    level,
  };
}

/**
 * Estimates every KPI over `results`, keyed by KPI key (in the order of `kpis`).
 * @throws {ExperimentError} INVALID_KPI_VALUE for a non-finite KPI value.
 * @example
 * const wait = { key: "wait", label: "Wait", unit: "h", higherIsBetter: false,
 *   read: (result: { wait: number }) => result.wait };
 * estimateKpis([{ wait: 1 }, { wait: 3 }], [wait], 0.95, "replicate").wait;
 * // { n: 2, mean: 2, sd: 1.414, halfWidth: 12.71, lower: -10.71, upper: 14.71, level: 0.95, label: "Wait", unit: "h" }
 */
export function estimateKpis<R>(
  results: readonly R[],
  kpis: readonly KpiDefinition<R>[],
  level: number,
  api: string,
): Record<string, LabelledKpiEstimate> {
  const out: Record<string, LabelledKpiEstimate> = {};
  for (const kpi of kpis) {
    out[kpi.key] = {
      ...estimate(readKpi(results, kpi, api), level),
      label: kpi.label,
      unit: kpi.unit,
    };
  }
  return out;
}

/**
 * Records issues for an empty KPI list, duplicate keys or a missing `read` function.
 * @example
 * import { OptionCheck } from "./errors.js";
 * const check = new OptionCheck("sweep");
 * checkKpis(check, []);
 * check.throwIfInvalid(); // throws: sweep: kpis: expected a non-empty array, received []
 */
export function checkKpis<R>(check: OptionCheck, kpis: readonly KpiDefinition<R>[]): void {
  if (!check.that(Array.isArray(kpis) && kpis.length > 0, "kpis", kpis, "a non-empty array")) {
    return;
  }
  const seen = new Set<string>();
  kpis.forEach((kpi, i) => {
    check.that(
      typeof kpi.key === "string" && kpi.key.length > 0 && !seen.has(kpi.key),
      `kpis[${i}].key`,
      kpi.key,
      "a non-empty key not used by another KPI",
    );
    seen.add(kpi.key);
    check.that(typeof kpi.read === "function", `kpis[${i}].read`, kpi.read, "a function");
  });
}
