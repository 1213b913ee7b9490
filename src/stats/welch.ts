/**
 * Welch's moving-average plot data for choosing a warm-up period by eye.
 */
import { StatsError } from "./errors.js";
import { finiteArray, integerAtLeast } from "./validate.js";

/**
 * Welch's moving average (Law & Kelton): smooths a series `Y_1..Y_m` — usually the
 * per-period averages across replications (e.g. mean queue length in hour i, averaged over
 * replications) — with a centred window of half-width `window`. For i <= window the window
 * shrinks to the available `2i - 1` points, so the output has `m - window` values, the i-th
 * (1-based) being the smoothed level at period i. The warm-up ends where the curve flattens.
 * @param values the series, in time order.
 * @param window half-width w, an integer with 1 <= w <= ⌊(m - 1) / 2⌋ (Law & Kelton suggest
 *   w <= m/4).
 * @throws {StatsError} INVALID_ARGUMENT for a bad window or a non-finite value.
 * @example
 * welchMovingAverage([1, 2, 3, 4, 5, 6, 7], 2); // [1, 2, 3, 4, 5]
 */
export function welchMovingAverage(values: readonly number[], window: number): number[] {
  const api = "welchMovingAverage";
  finiteArray(api, "values", values);
  integerAtLeast(api, "window", window, 1);
  const m = values.length;
  if (2 * window + 1 > m) {
    throw new StatsError("INVALID_ARGUMENT", {
      api,
      path: "window",
      received: window,
      expected: `an integer <= ${Math.floor((m - 1) / 2)} for a series of ${m} values`,
    });
  }
  // Prefix sums keep each window O(1).
  const prefix = new Float64Array(m + 1);
  for (let i = 0; i < m; i++) prefix[i + 1] = prefix[i]! + values[i]!;
  const out: number[] = [];
  for (let i = 1; i <= m - window; i++) {
    const half = i <= window ? i - 1 : window;
    const from = i - 1 - half; // 0-based inclusive
    const to = i - 1 + half; // 0-based inclusive
    out.push((prefix[to + 1]! - prefix[from]!) / (2 * half + 1));
  }
  return out;
}
