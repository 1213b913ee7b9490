import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { StatsError, Tally } from "../../src/stats/index.js";

function twoPass(xs: readonly number[]): { mean: number; variance: number } {
  const mean = xs.reduce((s, x) => s + x, 0) / xs.length;
  const ss = xs.reduce((s, x) => s + (x - mean) ** 2, 0);
  return { mean, variance: ss / (xs.length - 1) };
}

/** Tolerance scaled to the magnitude of the data, so cancellation near 0 is allowed for. */
function close(actual: number, expected: number, scale: number, rel = 1e-9): boolean {
  return Math.abs(actual - expected) <= rel * Math.max(Math.abs(expected), scale);
}

const values = fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), {
  minLength: 2,
  maxLength: 300,
});

describe("Tally", () => {
  it("matches a direct two-pass computation of mean, variance, min, max and sum", () => {
    fc.assert(
      fc.property(values, (xs) => {
        const t = Tally.of(xs);
        const ref = twoPass(xs);
        const scale = Math.max(...xs.map(Math.abs), 1);
        expect(t.count).toBe(xs.length);
        expect(close(t.mean!, ref.mean, scale)).toBe(true);
        expect(close(t.variance!, ref.variance, scale * scale)).toBe(true);
        expect(t.sd).toBeCloseTo(Math.sqrt(t.variance!), 12);
        expect(t.min).toBe(Math.min(...xs));
        expect(t.max).toBe(Math.max(...xs));
        expect(
          close(
            t.sum,
            xs.reduce((s, x) => s + x, 0),
            scale * xs.length,
          ),
        ).toBe(true);
      }),
      { seed: 42, numRuns: 300 },
    );
  });

  it("merging two tallies equals the tally of the concatenated observations", () => {
    const part = fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { maxLength: 200 });
    fc.assert(
      fc.property(part, part, (a, b) => {
        const merged = Tally.of(a).merge(Tally.of(b));
        const whole = Tally.of([...a, ...b]);
        const scale = Math.max(...a.map(Math.abs), ...b.map(Math.abs), 1);
        expect(merged.count).toBe(whole.count);
        if (whole.count === 0) return;
        expect(close(merged.mean!, whole.mean!, scale)).toBe(true);
        expect(merged.min).toBe(whole.min);
        expect(merged.max).toBe(whole.max);
        if (whole.count >= 2) {
          expect(close(merged.variance!, whole.variance!, scale * scale)).toBe(true);
        }
      }),
      { seed: 7, numRuns: 300 },
    );
  });

  it("keeps the textbook example exact", () => {
    const t = Tally.of([2, 4, 4, 4, 5, 5, 7, 9]);
    expect(t.mean).toBe(5);
    expect(t.variance).toBeCloseTo(32 / 7, 14);
  });

  it("reports undefined statistics as null, never NaN, so snapshots survive JSON", () => {
    const empty = new Tally().snapshot();
    expect(empty).toEqual({
      count: 0,
      mean: null,
      variance: null,
      sd: null,
      min: null,
      max: null,
      sum: 0,
    });
    const one = Tally.of([3]).snapshot();
    expect(one).toMatchObject({ count: 1, mean: 3, variance: null, sd: null, min: 3, max: 3 });
    for (const s of [empty, one, Tally.of([1, 2, 3]).snapshot()]) {
      expect(JSON.parse(JSON.stringify(s))).toEqual(s);
    }
  });

  it("rebuilds from a snapshot so workers can post summaries and merge them", () => {
    const a = Tally.of([1, 5, 2, 8, 3]);
    const b = Tally.of([10, 20]);
    const viaSnapshot = Tally.fromSnapshot(a.snapshot()).merge(Tally.fromSnapshot(b.snapshot()));
    const direct = Tally.of([1, 5, 2, 8, 3, 10, 20]);
    expect(viaSnapshot.count).toBe(7);
    expect(viaSnapshot.mean).toBeCloseTo(direct.mean!, 12);
    expect(viaSnapshot.variance).toBeCloseTo(direct.variance!, 10);
    expect(Tally.fromSnapshot(new Tally().snapshot()).count).toBe(0);
  });

  it("merging an empty tally changes nothing and merging into an empty one copies", () => {
    const a = Tally.of([1, 2, 3]);
    expect(a.merge(new Tally()).snapshot()).toEqual(Tally.of([1, 2, 3]).snapshot());
    expect(new Tally().merge(a).snapshot()).toEqual(a.snapshot());
  });

  it("rejects a non-finite observation with a StatsError naming the parameter", () => {
    const t = new Tally();
    expect(() => t.add(Number.NaN)).toThrow(StatsError);
    expect(() => t.add(Number.POSITIVE_INFINITY)).toThrow(
      "Tally.add: x: expected a finite number, received Infinity",
    );
    expect(t.count).toBe(0);
  });
});
