import { describe, expect, it } from "vitest";
import {
  confidenceInterval,
  confidenceIntervalFromSnapshot,
  pairedDifference,
  StatsError,
  studentT,
  Tally,
} from "../../src/stats/index.js";
import { lcg } from "./lcg.js";

describe("studentT", () => {
  it("gives the tabulated t quantile for df = 9", () => {
    expect(Math.abs(studentT(0.975, 9) - 2.2622)).toBeLessThan(1e-4);
  });

  it("approaches the normal quantile for large df and is symmetric", () => {
    expect(studentT(0.975, 1e6)).toBeCloseTo(1.959964, 5);
    expect(studentT(0.025, 4)).toBeCloseTo(-studentT(0.975, 4), 10);
    expect(studentT(0.975, 1)).toBeCloseTo(12.7062, 4);
  });

  it("rejects probabilities outside (0, 1) and non-positive df", () => {
    expect(() => studentT(1, 5)).toThrow("studentT: p: expected a number in (0, 1), received 1");
    expect(() => studentT(0.9, 0)).toThrow("studentT: df: expected a finite number > 0");
  });
});

describe("confidenceInterval", () => {
  it("contains the true mean about 95% of the time over 2,000 synthetic experiments", () => {
    const rng = lcg(12345);
    const experiments = 2000;
    let covered = 0;
    for (let e = 0; e < experiments; e++) {
      const xs = Array.from({ length: 10 }, () => 50 + 8 * rng.normal());
      const ci = confidenceInterval(xs, 0.95);
      if (ci.lower! <= 50 && 50 <= ci.upper!) covered++;
    }
    const coverage = covered / experiments;
    expect(coverage).toBeGreaterThan(0.93);
    expect(coverage).toBeLessThan(0.97);
  });

  it("computes mean ± t·sd/√n", () => {
    const ci = confidenceInterval([9.8, 10.1, 10.4, 9.7, 10.0], 0.95);
    const sd = Math.sqrt(0.075);
    expect(ci.n).toBe(5);
    expect(ci.mean).toBeCloseTo(10, 12);
    expect(ci.sd).toBeCloseTo(sd, 12);
    expect(ci.halfWidth).toBeCloseTo((studentT(0.975, 4) * sd) / Math.sqrt(5), 12);
    expect(ci.lower).toBeCloseTo(10 - ci.halfWidth!, 12);
    expect(ci.upper).toBeCloseTo(10 + ci.halfWidth!, 12);
  });

  it("widens with the confidence level", () => {
    const xs = [3, 5, 4, 6, 2, 5];
    expect(confidenceInterval(xs, 0.99).halfWidth!).toBeGreaterThan(
      confidenceInterval(xs, 0.9).halfWidth!,
    );
  });

  it("represents n < 2 with nulls, never NaN", () => {
    expect(confidenceInterval([])).toEqual({
      n: 0,
      level: 0.95,
      mean: null,
      sd: null,
      halfWidth: null,
      lower: null,
      upper: null,
    });
    const one = confidenceInterval([7]);
    expect(one).toMatchObject({ n: 1, mean: 7, sd: null, halfWidth: null, lower: null });
    expect(JSON.parse(JSON.stringify(one))).toEqual(one);
  });

  it("gives the same interval from a tally snapshot as from the raw values", () => {
    const xs = [4.2, 3.9, 5.1, 4.8, 4.4, 4.0];
    const fromValues = confidenceInterval(xs, 0.9);
    const fromSnapshot = confidenceIntervalFromSnapshot(Tally.of(xs).snapshot(), 0.9);
    expect(fromSnapshot.halfWidth).toBeCloseTo(fromValues.halfWidth!, 12);
    expect(fromSnapshot.mean).toBeCloseTo(fromValues.mean!, 12);
  });

  it("rejects non-finite values and bad levels, naming the parameter", () => {
    expect(() => confidenceInterval([1, Number.NaN])).toThrow(
      "confidenceInterval: values[1]: expected a finite number, received NaN",
    );
    expect(() => confidenceInterval([1, 2], 95)).toThrow("level: expected a number in (0, 1)");
  });
});

describe("pairedDifference", () => {
  it("shows a much smaller variance on correlated (common random number) runs", () => {
    const rng = lcg(77);
    const a: number[] = [];
    const b: number[] = [];
    for (let r = 0; r < 30; r++) {
      const common = 100 + 20 * rng.normal(); // the same trucks in both configurations
      a.push(common);
      b.push(common - 5 + rng.normal()); // the alternative saves about 5
    }
    const result = pairedDifference(a, b);
    expect(result.n).toBe(30);
    expect(result.varianceOfDifferences!).toBeLessThan(result.independentVariance!);
    expect(result.varianceReductionRatio!).toBeLessThan(0.05);
    expect(result.difference.lower!).toBeLessThan(-5);
    expect(result.difference.upper!).toBeGreaterThan(-5);
    expect(result.difference.mean).toBeCloseTo(result.meanB! - result.meanA!, 10);
    // The independent-samples comparison could not even tell the sign.
    const independentHalfWidth =
      (studentT(0.975, 29) * Math.sqrt(result.independentVariance!)) / Math.sqrt(30);
    expect(independentHalfWidth).toBeGreaterThan(5);
  });

  it("reports var(a) + var(b) as the independent-samples variance", () => {
    const a = [1, 2, 3, 4];
    const b = [2, 1, 4, 3];
    const r = pairedDifference(a, b, 0.9);
    expect(r.independentVariance).toBeCloseTo(Tally.of(a).variance! + Tally.of(b).variance!, 12);
    expect(r.varianceOfDifferences).toBeCloseTo(Tally.of([1, -1, 1, -1]).variance!, 12);
    expect(r.level).toBe(0.9);
  });

  it("throws LENGTH_MISMATCH for arrays of different lengths", () => {
    try {
      pairedDifference([1, 2, 3], [1, 2]);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(StatsError);
      expect((e as StatsError).code).toBe("LENGTH_MISMATCH");
      expect((e as StatsError).path).toBe("b");
      expect((e as StatsError).message).toBe(
        "pairedDifference: b: expected an array of length 3 (the length of a), received an array of length 2",
      );
    }
  });

  it("returns a null ratio when there is nothing to compare", () => {
    const r = pairedDifference([5], [6]);
    expect(r.varianceReductionRatio).toBeNull();
    expect(r.difference.mean).toBe(1);
    expect(pairedDifference([1, 1], [2, 2]).varianceReductionRatio).toBeNull();
  });
});
