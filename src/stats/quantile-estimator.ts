/** The interface every quantile estimator of the statistics layer implements. */

/**
 * What the engine, gate and experiment layers need from a quantile estimator; implemented by
 * {@link QuantileSketch} (bounded memory) and {@link ExactQuantiles} (keeps every value).
 * Queries on an empty estimator return `null` (JSON-safe, never `NaN`).
 */
export interface QuantileEstimator {
  /** Records one observation. */
  add(x: number): void;
  /** The p-quantile, p in [0, 1], interpolated between order statistics (type 7), or `null`. */
  quantile(p: number): number | null;
  /** Share of observations `<= threshold`, in [0, 1], or `null` with no observations. */
  shareAtOrBelow(threshold: number): number | null;
  /** Folds another estimator of the same kind and configuration into this one. */
  merge(other: this): this;
  /** Number of observations. */
  readonly count: number;
  /** Smallest observation (exact), or `null` with none. */
  readonly min: number | null;
  /** Largest observation (exact), or `null` with none. */
  readonly max: number | null;
  /** Arithmetic mean (exact), or `null` with none. */
  readonly mean: number | null;
}
