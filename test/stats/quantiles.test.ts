import fc from "fast-check";
import hdr from "hdr-histogram-js";
import { describe, expect, expectTypeOf, it } from "vitest";
import {
  ExactQuantiles,
  type QuantileEstimator,
  QuantileSketch,
  StatsError,
} from "../../src/stats/index.js";
import { lcg } from "./lcg.js";

const PROBS = [0, 0.001, 0.01, 0.05, 0.1, 0.25, 0.5, 0.75, 0.9, 0.95, 0.99, 0.999, 1];

function both(values: readonly number[]): { sketch: QuantileSketch; exact: ExactQuantiles } {
  const sketch = new QuantileSketch();
  const exact = new ExactQuantiles();
  for (const v of values) {
    sketch.add(v);
    exact.add(v);
  }
  return { sketch, exact };
}

function expectRelativelyClose(actual: number | null, expected: number | null, rel: number) {
  expect(actual).not.toBeNull();
  expect(expected).not.toBeNull();
  expect(Math.abs(actual! - expected!)).toBeLessThanOrEqual(rel * Math.abs(expected!) + 1e-12);
}

const samples: Record<string, (n: number, seed: number) => number[]> = {
  "exponential waits (mean 30 min)": (n, seed) => {
    const rng = lcg(seed);
    return Array.from({ length: n }, () => rng.exponential(1800));
  },
  "lognormal waits spanning seconds to months": (n, seed) => {
    const rng = lcg(seed);
    return Array.from({ length: n }, () => Math.exp(9 + 2.2 * rng.normal()));
  },
  "uniform service times between 2 and 4 minutes": (n, seed) => {
    const rng = lcg(seed);
    return Array.from({ length: n }, () => 120 + 120 * rng.uniform());
  },
};

describe("QuantileSketch against exact sorted quantiles", () => {
  for (const [name, draw] of Object.entries(samples)) {
    it(`stays within 0.1% relative error for ${name}`, () => {
      const { sketch, exact } = both(draw(200_000, 99));
      for (const p of PROBS) expectRelativelyClose(sketch.quantile(p), exact.quantile(p), 1e-3);
      expect(sketch.count).toBe(200_000);
      expect(sketch.min).toBe(exact.min);
      expect(sketch.max).toBe(exact.max);
      expect(sketch.mean).toBeCloseTo(exact.mean!, 6);
    });

    it(`estimates the share within a target to 0.001 for ${name}`, () => {
      const { sketch, exact } = both(draw(100_000, 5));
      for (const p of [0.02, 0.2, 0.5, 0.8, 0.98]) {
        const threshold = exact.quantile(p)! * 1.0003; // off the order statistics
        const got = sketch.shareAtOrBelow(threshold)!;
        expect(Math.abs(got - exact.shareAtOrBelow(threshold)!)).toBeLessThan(1e-3);
      }
    });
  }

  it("keeps an atom of zero waits exact (trucks that did not queue)", () => {
    const rng = lcg(3);
    const values = Array.from({ length: 50_000 }, () =>
      rng.uniform() < 0.3 ? 0 : rng.exponential(600),
    );
    const { sketch, exact } = both(values);
    expect(sketch.quantile(0.1)).toBe(0);
    expect(sketch.quantile(0.25)).toBe(0);
    expect(sketch.shareAtOrBelow(0)).toBe(exact.shareAtOrBelow(0));
    expectRelativelyClose(sketch.quantile(0.9), exact.quantile(0.9), 1e-3);
  });

  it("handles a year of seconds at 1 ms resolution, beyond the int32 range", () => {
    const year = 365 * 86_400;
    const sketch = new QuantileSketch({ resolution: 0.001 });
    const exact = new ExactQuantiles();
    for (let i = 0; i <= 10_000; i++) {
      const v = (year * i) / 10_000;
      sketch.add(v);
      exact.add(v);
    }
    for (const p of PROBS) expectRelativelyClose(sketch.quantile(p), exact.quantile(p), 1e-3);
    expect(sketch.quantile(1)).toBe(year);
  });

  it("merging sketches gives the same answers as one sketch of all the values", () => {
    const rng = lcg(17);
    const values = Array.from({ length: 30_000 }, () => rng.exponential(900));
    const whole = both(values).sketch;
    const a = both(values.slice(0, 10_000)).sketch;
    const b = both(values.slice(10_000)).sketch;
    a.merge(b);
    expect(a.count).toBe(whole.count);
    for (const p of PROBS) expect(a.quantile(p)).toBe(whole.quantile(p));
    expect(a.shareAtOrBelow(900)).toBe(whole.shareAtOrBelow(900));
    expect(a.mean).toBeCloseTo(whole.mean!, 8);
  });

  it("is deterministic: the same input gives identical output", () => {
    const run = () => {
      const rng = lcg(8);
      const s = new QuantileSketch();
      for (let i = 0; i < 20_000; i++) s.add(rng.exponential(100));
      return PROBS.map((p) => s.quantile(p));
    };
    expect(run()).toEqual(run());
  });

  it("returns null on an empty sketch and rejects negative or non-finite values", () => {
    const s = new QuantileSketch();
    expect(s.quantile(0.5)).toBeNull();
    expect(s.shareAtOrBelow(1)).toBeNull();
    expect(s.min).toBeNull();
    expect(s.mean).toBeNull();
    expect(() => s.add(-1)).toThrow(StatsError);
    expect(() => s.add(Number.NaN)).toThrow("QuantileSketch.add: x: expected");
    expect(() => s.quantile(1.5)).toThrow("p: expected a number in [0, 1]");
    expect(() => new QuantileSketch({ resolution: 0 })).toThrow("resolution");
  });

  it("buffers values in exactly the histogram's own buckets (same counts as recording directly)", () => {
    // The sketch counts values in its own array indexed like hdr-histogram-js (perf) and hands
    // them over before a read: every bucket count must equal the library's own recording.
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            fc.integer({ min: 0, max: 5000 }),
            fc.integer({ min: 0, max: 2 ** 31 - 1 }),
            fc.integer({ min: 2 ** 31, max: 2 ** 40 }),
          ),
          { maxLength: 300 },
        ),
        fc.constantFrom<1 | 2 | 3 | 4 | 5>(1, 2, 3, 4, 5),
        (values, digits) => {
          const sketch = new QuantileSketch({ resolution: 1, significantDigits: digits });
          const direct = new hdr.Float64Histogram(1, 2, digits);
          direct.autoResize = true;
          for (const v of values) {
            sketch.add(v);
            direct.recordValue(v);
          }
          sketch.quantile(0.5); // forces the hand-over
          const inner = (sketch as unknown as { histogram: typeof direct }).histogram;
          expect(inner.totalCount).toBe(direct.totalCount);
          expect(sketch.count).toBe(values.length);
          const differing: number[] = [];
          for (let i = 0; i < direct.countsArrayLength; i++) {
            if (inner.getCountAtIndex(i) !== direct.getCountAtIndex(i)) differing.push(i);
          }
          expect(differing).toEqual([]);
        },
      ),
      { seed: 20261123, numRuns: 100 },
    );
  });

  it("answers the same after more values arrive following a read", () => {
    const values = samples["exponential waits (mean 30 min)"]!(4000, 7);
    const once = new QuantileSketch();
    const interleaved = new QuantileSketch();
    for (const [i, v] of values.entries()) {
      once.add(v);
      interleaved.add(v);
      if (i % 997 === 0) interleaved.quantile(0.9);
    }
    for (const p of PROBS) expect(interleaved.quantile(p)).toBe(once.quantile(p));
    expect(interleaved.shareAtOrBelow(1800)).toBe(once.shareAtOrBelow(1800));
  });

  it("refuses to merge sketches of different resolution", () => {
    const a = new QuantileSketch({ resolution: 0.001 });
    const b = new QuantileSketch({ resolution: 0.1 });
    b.add(1);
    expect(() => a.merge(b)).toThrow(expect.objectContaining({ code: "INCOMPATIBLE_MERGE" }));
  });
});

describe("ExactQuantiles", () => {
  it("interpolates like R's and NumPy's default (type 7)", () => {
    const q = ExactQuantiles.of([1, 2, 3, 4]);
    expect(q.quantile(0.5)).toBe(2.5);
    expect(q.quantile(0)).toBe(1);
    expect(q.quantile(1)).toBe(4);
    const ten = ExactQuantiles.of([10, 9, 8, 7, 6, 5, 4, 3, 2, 1]);
    expect(ten.quantile(0.9)).toBeCloseTo(9.1, 12);
    expect(ten.quantile(0.25)).toBeCloseTo(3.25, 12);
  });

  it("counts ties at the threshold in shareAtOrBelow", () => {
    const q = ExactQuantiles.of([1, 2, 2, 3]);
    expect(q.shareAtOrBelow(2)).toBe(0.75);
    expect(q.shareAtOrBelow(0)).toBe(0);
    expect(q.shareAtOrBelow(3)).toBe(1);
  });

  it("re-sorts after more values arrive and merges by appending", () => {
    const q = ExactQuantiles.of([5, 1]);
    expect(q.quantile(1)).toBe(5);
    q.add(9);
    expect(q.quantile(1)).toBe(9);
    q.merge(ExactQuantiles.of([-2]));
    expect(q.min).toBe(-2);
    expect(q.count).toBe(4);
    expect(q.mean).toBe(13 / 4);
  });

  it("both estimators satisfy the QuantileEstimator interface", () => {
    expectTypeOf<QuantileSketch>().toMatchTypeOf<QuantileEstimator>();
    expectTypeOf<ExactQuantiles>().toMatchTypeOf<QuantileEstimator>();
    const estimators: QuantileEstimator[] = [new QuantileSketch(), new ExactQuantiles()];
    for (const e of estimators) {
      e.add(1);
      expect(e.quantile(0.5)).toBe(1);
    }
  });
});
