import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { StatsError, TimeWeighted } from "../../src/stats/index.js";
import { lcg } from "./lcg.js";

describe("TimeWeighted", () => {
  it("averages level k held on [k, k + 1) to (n - 1) / 2, the closed form", () => {
    const n = 1000;
    const tw = new TimeWeighted(0, 0);
    for (let k = 1; k < n; k++) tw.update(k, k);
    expect(tw.integral(n)).toBe((n * (n - 1)) / 2);
    expect(tw.mean(n)).toBe((n - 1) / 2);
    expect(tw.min).toBe(0);
    expect(tw.max).toBe(n - 1);
    expect(tw.current).toBe(n - 1);
  });

  it("follows the documented example", () => {
    const q = new TimeWeighted(0, 0);
    q.update(10, 2);
    q.update(30, 1);
    expect(q.mean(40)).toBe(1.25);
  });

  it("does not drift over a year of seconds with a million updates", () => {
    // Reference: the exact rational Σ level·dt, with each dt = t_i - t_{i-1} as the doubles
    // give it, accumulated in BigInt (every dt here is an integer multiple of 2^-80 s).
    const rng = lcg(2024);
    const scale = 2 ** 80;
    const tw = new TimeWeighted(0, 0);
    let t = 0;
    let level = 0;
    let exactScaled = 0n;
    for (let i = 0; i < 1_000_000; i++) {
      const next = t + rng.uniform() * 63; // mean gap 31.5 s
      exactScaled += BigInt(level) * BigInt((next - t) * scale);
      t = next;
      level = Math.floor(rng.uniform() * 200); // trucks in the yard
      tw.update(t, level);
    }
    expect(t).toBeGreaterThan(3.1e7); // about a year
    const exact = Number(exactScaled) / scale; // one correctly rounded conversion
    const relError = Math.abs(tw.integral(t) - exact) / exact;
    expect(relError).toBeLessThan(1e-9);
    // Plain summation is about 1e-14 off here; compensated summation stays at one rounding.
    expect(relError).toBeLessThan(1e-15);
    expect(tw.mean(t)).toBeCloseTo(exact / t, 9);
  });

  it("discards history on reset but keeps the current level for warm-up deletion", () => {
    const tw = new TimeWeighted(0, 5);
    tw.update(100, 50);
    tw.update(200, 3);
    tw.reset(300);
    expect(tw.startTime).toBe(300);
    expect(tw.current).toBe(3);
    expect(tw.min).toBe(3);
    expect(tw.max).toBe(3);
    expect(tw.mean()).toBeNull();
    tw.update(400, 7);
    expect(tw.mean(500)).toBe((3 * 100 + 7 * 100) / 200);
  });

  it("finish closes the window at the given time and returns a JSON-safe snapshot", () => {
    const tw = new TimeWeighted(10, 2);
    tw.update(20, 4);
    const s = tw.finish(30);
    expect(s).toEqual({
      startTime: 10,
      endTime: 30,
      duration: 20,
      integral: 2 * 10 + 4 * 10,
      mean: 3,
      min: 2,
      max: 4,
      current: 4,
    });
    expect(JSON.parse(JSON.stringify(s))).toEqual(s);
    expect(new TimeWeighted().snapshot().mean).toBeNull();
  });

  it("keeps the mean between the minimum and maximum level", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(fc.double({ min: 0, max: 1e4, noNaN: true }), fc.integer({ min: 0, max: 100 })),
          {
            minLength: 1,
            maxLength: 100,
          },
        ),
        (steps) => {
          const tw = new TimeWeighted(0, 0);
          let t = 0;
          for (const [gap, level] of steps) {
            t += gap;
            tw.update(t, level);
          }
          const mean = tw.mean(t + 1)!;
          expect(mean).toBeGreaterThanOrEqual(tw.min - 1e-9);
          expect(mean).toBeLessThanOrEqual(tw.max + 1e-9);
        },
      ),
      { seed: 11 },
    );
  });

  it("accepts several changes at the same instant and counts the spike in max", () => {
    const tw = new TimeWeighted(0, 1);
    tw.update(5, 9);
    tw.update(5, 1);
    expect(tw.max).toBe(9);
    expect(tw.mean(10)).toBe(1);
  });

  it("rejects time going backwards with TIME_WENT_BACKWARDS", () => {
    const tw = new TimeWeighted(0, 0);
    tw.update(10, 1);
    const attempt = () => tw.update(9, 2);
    expect(attempt).toThrow(StatsError);
    try {
      attempt();
    } catch (e) {
      expect((e as StatsError).code).toBe("TIME_WENT_BACKWARDS");
      expect((e as StatsError).path).toBe("time");
    }
    expect(() => tw.mean(5)).toThrow(StatsError);
    expect(() => tw.reset(5)).toThrow(StatsError);
    expect(() => tw.update(11, Number.NaN)).toThrow("level: expected a finite number");
    expect(() => new TimeWeighted(Number.NaN)).toThrow("startTime");
  });
});
