/**
 * Student-t confidence intervals across independent replications, and paired comparisons on
 * common random numbers.
 */
import jstatPkg from "jstat";
import { StatsError } from "./errors.js";
import { Tally, type TallySnapshot } from "./tally.js";
import { finiteArray, openUnit, positive } from "./validate.js";

const { jStat } = jstatPkg;

/**
 * A JSON-safe confidence interval for a mean. With n = 0 every statistic is `null`; with
 * n = 1 the mean is known but `sd`, `halfWidth`, `lower` and `upper` are `null` (one
 * replication says nothing about variability). Never `NaN` or `Infinity`.
 */
export interface ConfidenceInterval {
  /** Number of (independent) observations, e.g. replications. */
  readonly n: number;
  /** Confidence level, e.g. 0.95. */
  readonly level: number;
  /** Sample mean of the observations; null with none. */
  readonly mean: number | null;
  /** Sample standard deviation of the observations (n - 1). */
  readonly sd: number | null;
  /** t_{(1+level)/2, n-1} · sd / √n. */
  readonly halfWidth: number | null;
  /** mean − halfWidth. */
  readonly lower: number | null;
  /** mean + halfWidth. */
  readonly upper: number | null;
}

/** Result of {@link pairedDifference}: the comparison of `b` against `a`. */
export interface PairedDifference {
  /** Number of pairs. */
  readonly n: number;
  /** Confidence level, e.g. 0.95. */
  readonly level: number;
  /** Mean of `a`; null with no pairs. */
  readonly meanA: number | null;
  /** Mean of `b`; null with no pairs. */
  readonly meanB: number | null;
  /** Confidence interval of the mean of `b[i] - a[i]`. */
  readonly difference: ConfidenceInterval;
  /** Sample variance of the differences `b[i] - a[i]` (null for n < 2). */
  readonly varianceOfDifferences: number | null;
  /** `var(a) + var(b)`: the variance of a difference had the runs been independent. */
  readonly independentVariance: number | null;
  /**
   * `varianceOfDifferences / independentVariance`: below 1 when common random numbers induce
   * positive correlation (the CI is √ratio as wide as an independent comparison's). `null` if
   * either variance is unavailable or `independentVariance` is 0.
   */
  readonly varianceReductionRatio: number | null;
}

/**
 * Quantile of Student's t distribution (via jstat).
 * @param p probability in (0, 1).
 * @param df degrees of freedom, > 0 (need not be an integer).
 * @throws {StatsError} INVALID_ARGUMENT for p outside (0, 1) or df <= 0.
 * @example
 * studentT(0.975, 9); // 2.2621571...
 */
export function studentT(p: number, df: number): number {
  openUnit("studentT", "p", p);
  positive("studentT", "df", df);
  return jStat.studentt.inv(p, df);
}

/**
 * Student-t confidence interval for the mean of independent observations (typically one
 * summary value per replication): mean ± t_{(1+level)/2, n-1}·sd/√n.
 * @param values observations (finite numbers).
 * @param level confidence level in (0, 1), default 0.95.
 * @throws {StatsError} INVALID_ARGUMENT for a non-finite value or a level outside (0, 1).
 * @example
 * confidenceInterval([9.8, 10.1, 10.4, 9.7, 10.0]);
 * // { n: 5, level: 0.95, mean: 10, sd: 0.2738..., halfWidth: 0.34..., lower: 9.66..., upper: 10.34... }
 */
export function confidenceInterval(values: readonly number[], level = 0.95): ConfidenceInterval {
  openUnit("confidenceInterval", "level", level);
  finiteArray("confidenceInterval", "values", values);
  return intervalFromTally(Tally.of(values), level);
}

/**
 * The confidence interval of a {@link TallySnapshot}'s mean, e.g. of replication means merged
 * from workers. Same conventions as {@link confidenceInterval}.
 * @throws {StatsError} INVALID_ARGUMENT for an inconsistent snapshot or a level outside (0, 1).
 * @example
 * confidenceIntervalFromSnapshot(Tally.of([1, 2, 3]).snapshot(), 0.9);
 * // { n: 3, level: 0.9, mean: 2, sd: 1, halfWidth: 1.686, lower: 0.314, upper: 3.686 }
 */
export function confidenceIntervalFromSnapshot(
  snapshot: TallySnapshot,
  level = 0.95,
): ConfidenceInterval {
  openUnit("confidenceIntervalFromSnapshot", "level", level);
  return intervalFromTally(Tally.fromSnapshot(snapshot), level);
}

/**
 * Paired comparison of two configurations run on the same random numbers: the confidence
 * interval of the mean of `b[i] - a[i]` (positive means b is larger), and the variances
 * needed to report how much the pairing reduced variance.
 * @param a per-replication results of the baseline (e.g. manual gate).
 * @param b per-replication results of the alternative (e.g. smart gate), same replications.
 * @param level confidence level in (0, 1), default 0.95.
 * @throws {StatsError} LENGTH_MISMATCH if the arrays differ in length; INVALID_ARGUMENT for a
 *   non-finite value or a level outside (0, 1).
 * @example
 * const r = pairedDifference([10, 12, 11, 13], [8, 10, 9.5, 11]);
 * r.difference.mean;          // -1.875
 * r.varianceReductionRatio;   // 0.019 (small: the runs are strongly correlated)
 */
export function pairedDifference(
  a: readonly number[],
  b: readonly number[],
  level = 0.95,
): PairedDifference {
  const api = "pairedDifference";
  openUnit(api, "level", level);
  finiteArray(api, "a", a);
  finiteArray(api, "b", b);
  if (a.length !== b.length) {
    throw new StatsError("LENGTH_MISMATCH", {
      api,
      path: "b",
      received: b,
      receivedText: `an array of length ${b.length}`,
      expected: `an array of length ${a.length} (the length of a)`,
    });
  }
  const ta = new Tally();
  const tb = new Tally();
  const td = new Tally();
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!;
    const y = b[i]!;
    ta.add(x);
    tb.add(y);
    td.add(y - x);
  }
  const varA = ta.variance;
  const varB = tb.variance;
  const varD = td.variance;
  const independentVariance = varA === null || varB === null ? null : varA + varB;
  return {
    n: a.length,
    level,
    meanA: ta.mean,
    meanB: tb.mean,
    difference: intervalFromTally(td, level),
    varianceOfDifferences: varD,
    independentVariance,
    varianceReductionRatio:
      varD === null || independentVariance === null || independentVariance === 0
        ? null
        : varD / independentVariance,
  };
}

/** Shared interval arithmetic (level already validated). */
function intervalFromTally(t: Tally, level: number): ConfidenceInterval {
  const n = t.count;
  const mean = t.mean;
  const sd = t.sd;
  if (mean === null || sd === null) {
    return { n, level, mean, sd: null, halfWidth: null, lower: null, upper: null };
  }
  const halfWidth = (jStat.studentt.inv((1 + level) / 2, n - 1) * sd) / Math.sqrt(n);
  return { n, level, mean, sd, halfWidth, lower: mean - halfWidth, upper: mean + halfWidth };
}
