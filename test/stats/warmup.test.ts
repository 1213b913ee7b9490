import { describe, expect, it } from "vitest";
import { mser5, StatsError, welchMovingAverage } from "../../src/stats/index.js";
import { lcg } from "./lcg.js";

/** Queue-like series: starts 10 above its steady level, decays linearly for 500 steps. */
function withTransient(seed: number, transient = 500, n = 5000): number[] {
  const rng = lcg(seed);
  return Array.from(
    { length: n },
    (_, i) => (i < transient ? 10 * (1 - i / transient) : 0) + rng.normal(),
  );
}

describe("mser5", () => {
  it("truncates near the end of an obvious initial transient", () => {
    for (const seed of [1, 2, 3, 4, 5]) {
      const r = mser5(withTransient(seed));
      expect(r.truncateObservations).toBeGreaterThanOrEqual(400);
      expect(r.truncateObservations).toBeLessThanOrEqual(600);
      expect(r.truncateObservations % 5).toBe(0);
      expect(r.batchSize).toBe(5);
      expect(r.batches).toBe(1000);
      expect(r.reliable).toBe(true);
      expect(Math.abs(r.truncatedMean)).toBeLessThan(0.1);
    }
  });

  it("keeps almost everything of a stationary series", () => {
    const rng = lcg(9);
    const r = mser5(Array.from({ length: 5000 }, () => 3 + rng.normal()));
    expect(r.truncateObservations).toBeLessThan(250);
    expect(r.reliable).toBe(true);
  });

  it("flags a transient that lasts longer than half the run as unreliable", () => {
    const r = mser5(withTransient(4, 4500));
    expect(r.reliable).toBe(false);
  });

  it("matches a direct computation of the MSER statistic on a small series", () => {
    const values = [9, 8, 7, 6, 5, 1, 2, 1, 2, 1, 1, 2, 1, 2, 1, 2, 1, 1, 2, 1];
    const z = [7, 1.4, 1.4, 1.4];
    const direct = (d: number) => {
      const kept = z.slice(d);
      const m = kept.reduce((s, x) => s + x, 0) / kept.length;
      return kept.reduce((s, x) => s + (x - m) ** 2, 0) / kept.length ** 2;
    };
    const r = mser5(values);
    expect(r.truncateBatches).toBe(1);
    expect(r.truncateObservations).toBe(5);
    expect(r.statistic).toBeCloseTo(direct(1), 12);
    expect(direct(1)).toBeLessThan(direct(0));
  });

  it("rejects series shorter than two batches", () => {
    expect(() => mser5([1, 2, 3, 4, 5, 6, 7, 8, 9])).toThrow(StatsError);
    expect(() => mser5([1, 2, 3, 4, 5, 6, 7, 8, 9])).toThrow("mser5: values: expected at least 10");
  });
});

describe("welchMovingAverage", () => {
  it("follows Welch's procedure with a shrinking window at the start", () => {
    expect(welchMovingAverage([1, 2, 3, 4, 5, 6, 7], 2)).toEqual([1, 2, 3, 4, 5]);
    const out = welchMovingAverage([4, 0, 2, 6, 1, 3], 1);
    expect(out).toEqual([4, 2, 8 / 3, 3, 10 / 3]);
  });

  it("flattens after the warm-up of a noisy series", () => {
    const smooth = welchMovingAverage(withTransient(2, 500, 2000), 50);
    expect(smooth).toHaveLength(1950);
    expect(smooth[0]!).toBeGreaterThan(8);
    for (const v of smooth.slice(600)) expect(Math.abs(v)).toBeLessThan(0.5);
  });

  it("rejects a window that does not fit the series", () => {
    expect(() => welchMovingAverage([1, 2, 3, 4], 2)).toThrow("window: expected an integer <= 1");
    expect(() => welchMovingAverage([1, 2, 3, 4], 0)).toThrow("window: expected an integer >= 1");
  });
});
