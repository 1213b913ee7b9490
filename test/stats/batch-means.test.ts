import { describe, expect, it } from "vitest";
import { batchMeans, lag1Autocorrelation, StatsError } from "../../src/stats/index.js";
import { lcg } from "./lcg.js";

/** AR(1) series y_t = μ + φ(y_{t-1} - μ) + ε_t, started at its mean. */
function ar1(seed: number, n: number, mean: number, phi: number): number[] {
  const rng = lcg(seed);
  let y = mean;
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    y = mean + phi * (y - mean) + rng.normal();
    out.push(y);
  }
  return out;
}

describe("batchMeans", () => {
  it("covers the known mean of an AR(1) series", () => {
    const r = batchMeans(ar1(1, 100_000, 5, 0.9), 20, 0.95);
    expect(r.lower!).toBeLessThan(5);
    expect(r.upper!).toBeGreaterThan(5);
    expect(r.n).toBe(20);
    expect(r.batchSize).toBe(5000);
  });

  it("covers the AR(1) mean in most of 100 independent runs", () => {
    let covered = 0;
    for (let seed = 100; seed < 200; seed++) {
      const r = batchMeans(ar1(seed, 20_000, 5, 0.9), 20);
      if (r.lower! <= 5 && 5 <= r.upper!) covered++;
    }
    expect(covered).toBeGreaterThanOrEqual(88);
  });

  it("is wider than the naive interval that ignores autocorrelation", () => {
    const values = ar1(3, 50_000, 0, 0.9);
    const batched = batchMeans(values, 20).halfWidth!;
    const naive = batchMeans(values, 50_000 / 2).halfWidth!; // batches of 2: nearly raw
    expect(batched).toBeGreaterThan(2 * naive);
  });

  it("drops the remainder from the start and reports the batch means", () => {
    const values = Array.from({ length: 23 }, (_, i) => i);
    const r = batchMeans(values, 4);
    expect(r.discarded).toBe(3);
    expect(r.batchSize).toBe(5);
    expect(r.batchMeans).toEqual([5, 10, 15, 20]);
    expect(r.mean).toBe(12.5);
    expect(r.lag1Autocorrelation).toBeCloseTo(0.25, 12);
  });

  it("rejects fewer observations than batches, or fewer than two batches", () => {
    expect(() => batchMeans([1, 2, 3], 4)).toThrow(StatsError);
    expect(() => batchMeans([1, 2, 3], 1)).toThrow("batchMeans: batches: expected an integer >= 2");
  });
});

describe("lag1Autocorrelation", () => {
  it("is near φ for a long AR(1) series and null for a constant one", () => {
    expect(lag1Autocorrelation(ar1(4, 50_000, 0, 0.6))!).toBeCloseTo(0.6, 1);
    expect(lag1Autocorrelation([2, 2, 2])).toBeNull();
    expect(lag1Autocorrelation([1])).toBeNull();
  });
});
