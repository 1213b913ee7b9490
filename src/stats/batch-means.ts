/**
 * Non-overlapping batch means: a confidence interval for the steady-state mean from one long
 * (warm-up deleted) run, whose raw observations are autocorrelated.
 */
import { type ConfidenceInterval, confidenceInterval } from "./confidence.js";
import { StatsError } from "./errors.js";
import { finiteArray, integerAtLeast, openUnit } from "./validate.js";

/** Result of {@link batchMeans}: a confidence interval over batch means, plus diagnostics. */
export interface BatchMeansResult extends ConfidenceInterval {
  /** Number of batches (equals `n`). */
  readonly batches: number;
  /** Observations per batch. */
  readonly batchSize: number;
  /** Observations dropped from the start so that the batches divide the rest evenly. */
  readonly discarded: number;
  /** The batch means, oldest first. */
  readonly batchMeans: readonly number[];
  /**
   * Lag-1 autocorrelation of the batch means; near 0 when batches are long enough to be
   * roughly independent (a common rule: |r1| < 0.2). `null` if all batch means are equal.
   */
  readonly lag1Autocorrelation: number | null;
}

/**
 * Batch-means confidence interval for the mean of one long run. The series is cut into
 * `batches` consecutive batches of `⌊length / batches⌋` observations; the remainder is dropped
 * from the *start* (the oldest observations, closest to the warm-up transient), so the most
 * recent data is always used. The batch means are treated as independent normal observations.
 * @param values observations in time order, warm-up already removed (see {@link mser5}).
 * @param batches number of batches, an integer >= 2 (default 20; 10–30 is usual).
 * @param level confidence level in (0, 1), default 0.95.
 * @throws {StatsError} INVALID_ARGUMENT for fewer values than batches, batches < 2, a
 *   non-finite value, or a level outside (0, 1).
 * @example
 * // waits of 10,000 successive customers of an M/M/1 queue at ρ = 0.8 (Lindley's recursion):
 * // strongly autocorrelated, so a plain CI over them would be far too narrow
 * const stream = createStream("waits");
 * const service = exponential({ mean: 1 });
 * const gap = exponential({ mean: 1.25 });
 * const waits: number[] = [];
 * for (let w = 0, i = 0; i < 10_000; i++) {
 *   waits.push(w);
 *   w = Math.max(0, w + service.sample(stream) - gap.sample(stream));
 * }
 * const r = batchMeans(waits, 20);
 * r.lower; // < 4 (the M/M/1 mean wait ρ/(μ − λ) = 4 lies inside the interval)
 * r.upper; // > 4
 * r.lag1Autocorrelation; // < 0.2 (batches long enough to be nearly independent)
 */
export function batchMeans(
  values: readonly number[],
  batches = 20,
  level = 0.95,
): BatchMeansResult {
  const api = "batchMeans";
  integerAtLeast(api, "batches", batches, 2);
  openUnit(api, "level", level);
  finiteArray(api, "values", values);
  if (values.length < batches) {
    throw new StatsError("INVALID_ARGUMENT", {
      api,
      path: "values",
      received: values,
      receivedText: `${values.length} observations`,
      expected: `at least ${batches} observations (one per batch)`,
    });
  }
  const batchSize = Math.floor(values.length / batches);
  const discarded = values.length - batches * batchSize;
  const means: number[] = [];
  for (let b = 0; b < batches; b++) {
    const start = discarded + b * batchSize;
    let sum = 0;
    for (let i = start; i < start + batchSize; i++) sum += values[i]!;
    means.push(sum / batchSize);
  }
  return {
    ...confidenceInterval(means, level),
    batches,
    batchSize,
    discarded,
    batchMeans: means,
    lag1Autocorrelation: lag1Autocorrelation(means),
  };
}

/**
 * Lag-1 sample autocorrelation `Σ (x_i - x̄)(x_{i+1} - x̄) / Σ (x_i - x̄)²`.
 * @returns a number in about [-1, 1], or `null` for fewer than 2 values or a constant series.
 * @throws {StatsError} INVALID_ARGUMENT for a non-finite value.
 * @example
 * lag1Autocorrelation([1, 2, 3, 4]); // 0.25
 */
export function lag1Autocorrelation(values: readonly number[]): number | null {
  finiteArray("lag1Autocorrelation", "values", values);
  const n = values.length;
  if (n < 2) return null;
  let mean = 0;
  for (const v of values) mean += v;
  mean /= n;
  let num = 0;
  let den = 0;
  for (let i = 0; i < n; i++) {
    const d = values[i]! - mean;
    den += d * d;
    if (i + 1 < n) num += d * (values[i + 1]! - mean);
  }
  return den > 0 ? num / den : null;
}
