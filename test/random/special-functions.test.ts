import { describe, expect, it } from "vitest";
import {
  gammaFunction,
  inverseMillsRatio,
  normalUpperTail,
} from "../../src/random/special-functions.js";

/** Reference values from mpmath at 30 digits. */
const UPPER_TAIL: ReadonlyArray<readonly [number, number]> = [
  [0, 0.5],
  [0.5, 0.3085375387259869],
  [1, 0.15865525393145705],
  [2, 0.02275013194817921],
  [2.5, 0.006209665325776135],
  [2.6, 0.004661188023718749],
  [3, 0.0013498980316300946],
  [5, 2.866515718791939e-7],
  [10, 7.619853024160525e-24],
  [37, 5.725571222524577e-300],
];

const GAMMA: ReadonlyArray<readonly [number, number]> = [
  [0.3, 2.991568987687591],
  [0.5, Math.sqrt(Math.PI)],
  [1.5, 0.886226925452758],
  [5, 24],
  [10.5, 1133278.3889487856],
  [171.2, 2.0285135805156115e307],
];

const relativeError = (actual: number, expected: number) =>
  Math.abs(actual - expected) / Math.abs(expected);

describe("special functions", () => {
  it.each(UPPER_TAIL)(
    "normal upper tail Q(%d) is within 1e-13 relative of the reference",
    (x, q) => {
      expect(relativeError(normalUpperTail(x), q)).toBeLessThan(1e-13);
      expect(relativeError(normalUpperTail(-x), 1 - q)).toBeLessThan(1e-13);
    },
  );

  it.each(GAMMA)("gamma function Γ(%d) is within 1e-12 relative of the reference", (x, g) => {
    expect(relativeError(gammaFunction(x), g)).toBeLessThan(1e-12);
  });

  it("the inverse Mills ratio is continuous across the series/continued-fraction switch", () => {
    const below = inverseMillsRatio(2.5 - 1e-9);
    const above = inverseMillsRatio(2.5 + 1e-9);
    expect(relativeError(below, above)).toBeLessThan(1e-8);
    expect(inverseMillsRatio(0)).toBeCloseTo(Math.sqrt(2 / Math.PI), 15);
  });
});
