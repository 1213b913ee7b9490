/** Sample-moment helpers shared by the random-layer tests (not a test file itself). */

/** Sample mean, unbiased variance and fourth central moment of `values`. */
export interface SampleMoments {
  readonly n: number;
  readonly mean: number;
  readonly variance: number;
  readonly fourthCentral: number;
}

/** Two-pass moments (stable for large n). */
export function sampleMoments(values: Float64Array): SampleMoments {
  const n = values.length;
  let sum = 0;
  for (const v of values) sum += v;
  const mean = sum / n;
  let m2 = 0;
  let m4 = 0;
  for (const v of values) {
    const d = v - mean;
    const d2 = d * d;
    m2 += d2;
    m4 += d2 * d2;
  }
  return { n, mean, variance: m2 / (n - 1), fourthCentral: m4 / n };
}

/** z for a two-sided 99.9% normal interval. */
export const Z_999 = 3.3;

/**
 * Half-widths of the 99.9% normal-approximation intervals for the mean (√(s²/n)) and for the
 * variance (√((m₄ − s⁴)/n), the asymptotic standard error of s²).
 */
export function tolerances(m: SampleMoments): { mean: number; variance: number } {
  return {
    mean: Z_999 * Math.sqrt(m.variance / m.n),
    variance: Z_999 * Math.sqrt(Math.max(0, m.fourthCentral - m.variance ** 2) / m.n),
  };
}
