/**
 * MSER-5 warm-up detection: how many initial observations to delete so that the initial
 * transient does not bias steady-state estimates.
 */
import { StatsError } from "./errors.js";
import { finiteArray } from "./validate.js";

/** Result of {@link mser5}. */
export interface MserResult {
  /** Observations to delete from the start: `truncateBatches · 5`. */
  readonly truncateObservations: number;
  /** Batches of 5 to delete from the start (d*). */
  readonly truncateBatches: number;
  /** Observations per batch: always 5 (MSER-5). */
  readonly batchSize: 5;
  /** Number of complete batches k = ⌊n / 5⌋ (a trailing partial batch is ignored). */
  readonly batches: number;
  /** MSER statistic at the chosen truncation, in (unit of the values)². */
  readonly statistic: number;
  /** Mean of all observations kept after truncation. */
  readonly truncatedMean: number;
  /**
   * `false` when the minimum falls on the last truncation searched (just under half the
   * batches): the statistic was still falling, so the transient may last longer than half the
   * run — run longer. (The second half is not searched: with few batches left the statistic
   * is erratic and often spuriously small.)
   */
  readonly reliable: boolean;
}

const BATCH = 5;

/**
 * MSER-5 (White 1997; Franklin & White 2008): batch the series into means of 5, Z_1..Z_k, and
 * choose the truncation d minimising
 * `MSER(d) = Σ_{j>d} (Z_j - Z̄_d)² / (k - d)²`, where Z̄_d is the mean of the kept batches.
 * The search is restricted to the first half (d < k/2), as is standard: near the end of the
 * run the statistic is computed on too few batches to be trusted. Ties go to the smaller d.
 * @param values observations in time order (e.g. successive waiting times, or hourly means).
 * @throws {StatsError} INVALID_ARGUMENT for fewer than 10 values (2 batches) or a non-finite
 *   value.
 * @example
 * // a queue that starts empty and settles at 10 trucks after 50 observations
 * const levels = Array.from({ length: 200 }, (_, i) => (i < 50 ? i / 5 : 10));
 * const { truncateObservations } = mser5(levels);
 * truncateObservations; // 50
 * const steady = levels.slice(truncateObservations);
 */
export function mser5(values: readonly number[]): MserResult {
  finiteArray("mser5", "values", values);
  const k = Math.floor(values.length / BATCH);
  if (k < 2) {
    throw new StatsError("INVALID_ARGUMENT", {
      api: "mser5",
      path: "values",
      received: values,
      receivedText: `${values.length} observations`,
      expected: `at least ${2 * BATCH} observations (2 batches of ${BATCH})`,
    });
  }
  const z = new Float64Array(k);
  for (let j = 0; j < k; j++) {
    let s = 0;
    for (let i = j * BATCH; i < (j + 1) * BATCH; i++) s += values[i]!;
    z[j] = s / BATCH;
  }
  // Suffix statistics by Welford's update, adding batches from the end backwards.
  const statistic = new Float64Array(k);
  let mean = 0;
  let m2 = 0;
  for (let d = k - 1; d >= 0; d--) {
    const m = k - d;
    const delta = z[d]! - mean;
    mean += delta / m;
    m2 += delta * (z[d]! - mean);
    statistic[d] = Math.max(0, m2) / (m * m);
  }
  const half = Math.ceil(k / 2); // search d in [0, half)
  let best = 0;
  for (let d = 1; d < half; d++) if (statistic[d]! < statistic[best]!) best = d;
  const truncateObservations = best * BATCH;
  let kept = 0;
  for (let i = truncateObservations; i < values.length; i++) kept += values[i]!;
  return {
    truncateObservations,
    truncateBatches: best,
    batchSize: BATCH,
    batches: k,
    statistic: statistic[best]!,
    truncatedMean: kept / (values.length - truncateObservations),
    reliable: best < half - 1,
  };
}
