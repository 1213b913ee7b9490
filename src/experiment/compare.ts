/**
 * Paired comparison of two configurations on common random numbers: A and B run on the same
 * (seed, replication) pairs, so the model's named streams give both the same arrivals, and the
 * difference B − A is estimated replication by replication.
 */
import { pairedDifference } from "../stats/index.js";
import { OptionCheck } from "./errors.js";
import { checkKpis, estimate, readKpi } from "./estimate.js";
import { checkLimits, type ExperimentLimits, startControl } from "./limits.js";
import type { ExperimentModel, ProgressCallback } from "./model.js";
import { type Runner, replicationTasks, serialRunner } from "./runner.js";
import { checkSizes, MAX_KEPT_RESULTS, MAX_REPLICATIONS, sliceSize } from "./sizes.js";
import type { ComparisonSummary, KpiDefinition, KpiEstimate, PairedKpi } from "./types.js";

/** Options of {@link comparePaired}. */
export interface CompareOptions<C, R> extends ExperimentLimits {
  /** The model both configurations run on. */
  readonly model: ExperimentModel<C, R>;
  /** The baseline, e.g. the manual gate. */
  readonly configA: C;
  /** The alternative, e.g. the smart gate. */
  readonly configB: C;
  /** Name of A in reports (default "A"). */
  readonly nameA?: string;
  /** Name of B in reports (default "B"). */
  readonly nameB?: string;
  /** Master seed shared by A and B, a non-empty string. */
  readonly seed: string;
  /** Replication pairs, >= 2 for a confidence interval, at most 1,000,000 (summarised as they come). */
  readonly replications: number;
  /** The KPIs compared, in report order. */
  readonly kpis: readonly KpiDefinition<R>[];
  /** Confidence level in (0, 1), default 0.95. */
  readonly level?: number;
  /** Keep every result in `resultsA` / `resultsB` (default false; at most 10,000 pairs then). */
  readonly keepResults?: boolean;
  /**
   * Called with each slice of A's and B's results as they come (`first`: the replication index
   * of the slice's first pair), before they are dropped.
   */
  readonly onResults?: (resultsA: readonly R[], resultsB: readonly R[], first: number) => void;
  /** Where replications run (default: in this thread). Not closed by `comparePaired`. */
  readonly runner?: Runner<C, R>;
  /** Called as replications finish (stages "A" and "B"). */
  readonly onProgress?: ProgressCallback;
}

/**
 * Runs A and B on the same (seed, replication) pairs and estimates, per KPI, A, B and the
 * paired difference B − A with its confidence interval (Student t on the n differences).
 * `varianceReduction` = (Var A + Var B) / Var(B − A): how many times fewer replications the
 * pairing needs than independent runs for the same precision (>> 1 when common random numbers
 * work; null when a variance is missing or zero). Replications where either side's KPI is null
 * are left out of that KPI's three estimates, so a, b and the difference use the same pairs.
 *
 * @throws {ExperimentError} INVALID_OPTION listing every bad option; INVALID_KPI_VALUE when a
 *   KPI reads a non-finite number.
 * @example
 * // two days of each gate (the presets run 28), five pairs of replications
 * const manual = { ...preset("huu-nghi-manual-2019")!, horizonDays: 2 };
 * const smart = { ...preset("huu-nghi-smart-2024")!, horizonDays: 2 };
 * const cmp = await comparePaired({
 *   model: gateModel, configA: manual, configB: smart, nameA: "manual", nameB: "smart",
 *   seed: "crn", replications: 5, kpis: GATE_KPIS,
 * });
 * cmp.kpis[0]?.key; // "meanClearedPerDay"
 * cmp.kpis[0]?.difference.lower; // > 1000 (the smart gate clears over a thousand more a day)
 */
export async function comparePaired<C, R>(
  options: CompareOptions<C, R>,
): Promise<ComparisonSummary<R>> {
  checkCompareOptions(options);
  const { model, seed, replications: n, kpis } = options;
  const level = options.level ?? 0.95;
  const nameA = options.nameA ?? "A";
  const nameB = options.nameB ?? "B";
  const runner = options.runner ?? serialRunner(model);
  const control = startControl("comparePaired", options);
  const stage = `${nameA} vs ${nameB}`;
  const rawA = kpis.map((): (number | null)[] => []);
  const rawB = kpis.map((): (number | null)[] => []);
  const resultsA: R[] = [];
  const resultsB: R[] = [];
  // Pairs run in slices, A's and B's replications of a slice in one batch; each slice is read
  // into KPI values and dropped, so memory does not grow with whole results.
  const size = Math.max(1, Math.floor(sliceSize(runner.concurrency) / 2));
  for (let from = 0; from < n; from += size) {
    const to = Math.min(n, from + size);
    const tasks = [
      ...replicationTasks(options.configA, seed, from, to),
      ...replicationTasks(options.configB, seed, from, to),
    ];
    const results = await runner.runMany(
      tasks,
      (done) => options.onProgress?.({ done: 2 * from + done, total: 2 * n, stage }),
      control,
    );
    const sliceA = results.slice(0, to - from);
    const sliceB = results.slice(to - from);
    kpis.forEach((kpi, k) => {
      for (const value of readKpi(sliceA, kpi, "comparePaired", from)) rawA[k]!.push(value);
      for (const value of readKpi(sliceB, kpi, "comparePaired", from)) rawB[k]!.push(value);
    });
    if (options.keepResults === true) {
      for (const result of sliceA) resultsA.push(result);
      for (const result of sliceB) resultsB.push(result);
    }
    options.onResults?.(sliceA, sliceB, from);
  }
  return {
    seed,
    replications: n,
    nameA,
    nameB,
    kpis: kpis.map((kpi, k) => pairKpi(kpi, rawA[k]!, rawB[k]!, level)),
    ...(options.keepResults === true ? { resultsA, resultsB } : {}),
  };
}

/** The paired estimates of one KPI. */
function pairKpi<R>(
  kpi: KpiDefinition<R>,
  rawA: readonly (number | null)[],
  rawB: readonly (number | null)[],
  level: number,
): PairedKpi {
  const a: number[] = [];
  const b: number[] = [];
  rawA.forEach((x, i) => {
    const y = rawB[i] ?? null;
    if (x !== null && y !== null) {
      a.push(x);
      b.push(y);
    }
  });
  const paired = pairedDifference(a, b, level);
  const d = paired.difference;
  const difference: KpiEstimate = {
    n: d.n,
    mean: d.mean,
    sd: d.sd,
    halfWidth: d.halfWidth,
    lower: d.lower,
    upper: d.upper,
    level,
  };
  const varD = paired.varianceOfDifferences;
  const independent = paired.independentVariance;
  return {
    key: kpi.key,
    label: kpi.label,
    unit: kpi.unit,
    higherIsBetter: kpi.higherIsBetter,
    a: estimate(a, level),
    b: estimate(b, level),
    difference,
    varianceReduction:
      varD === null || independent === null || varD === 0 || independent === 0
        ? null
        : independent / varD,
  };
}

function checkCompareOptions<C, R>(options: CompareOptions<C, R>): void {
  const check = new OptionCheck("comparePaired");
  check.model(options.model);
  check.nonEmptyString("seed", options.seed);
  check.integer("replications", options.replications, 1);
  checkKpis(check, options.kpis);
  checkLimits(check, options);
  if (options.level !== undefined) check.level("level", options.level);
  if (options.nameA !== undefined) check.nonEmptyString("nameA", options.nameA);
  if (options.nameB !== undefined) check.nonEmptyString("nameB", options.nameB);
  if (options.onResults !== undefined) {
    check.that(
      typeof options.onResults === "function",
      "onResults",
      options.onResults,
      "a function",
    );
  }
  check.throwIfInvalid();
  checkSizes("comparePaired", [
    {
      path: "replications",
      count: options.replications,
      cap: MAX_REPLICATIONS,
      what: "replication pairs",
    },
    ...(options.keepResults === true
      ? [
          {
            path: "keepResults",
            count: options.replications,
            cap: MAX_KEPT_RESULTS,
            what: "kept pairs of results (stream them with onResults instead)",
          },
        ]
      : []),
  ]);
}
