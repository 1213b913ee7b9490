import { describe, expect, it } from "vitest";
import {
  formatEstimate,
  formatHours,
  formatInterval,
  formatNumber,
  formatShare,
  formatSigned,
} from "../../src/report/index.js";
import { estimate } from "./fixtures.js";

describe("number formatting", () => {
  it("groups thousands and picks about three significant digits", () => {
    expect(formatNumber(3309.4)).toBe("3,309");
    expect(formatNumber(1234567.891, 2)).toBe("1,234,567.89");
    expect(formatNumber(12.345)).toBe("12.3");
    expect(formatNumber(0.91234)).toBe("0.912");
    expect(formatNumber(4)).toBe("4");
    expect(formatNumber(-1500)).toBe("-1,500");
  });

  it("prints missing and non-finite values as an em dash", () => {
    for (const value of [null, undefined, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(formatNumber(value)).toBe("—");
    }
  });

  it("never prints a negative zero", () => {
    expect(formatNumber(-0)).toBe("0");
    expect(formatNumber(-0.0001, 2)).toBe("0.00");
    expect(formatSigned(-0.0001, 1)).toBe("0.0");
  });

  it("writes an estimate as mean ± half-width with decimals from the half-width", () => {
    expect(formatEstimate(estimate(3309.41, 12.3))).toBe("3,309 ± 12");
    expect(formatEstimate(estimate(0.8234, 0.0123))).toBe("0.823 ± 0.012");
    expect(formatEstimate(estimate(76.21, 3.1), 2)).toBe("76.21 ± 3.10");
  });

  it("writes an estimate without half-width as its mean and a missing estimate as a dash", () => {
    expect(formatEstimate(estimate(4, null, 1))).toBe("4");
    expect(formatEstimate(estimate(null, null, 0))).toBe("—");
    expect(formatEstimate(null)).toBe("—");
  });

  it("formats intervals, signed differences, shares and hours for people", () => {
    expect(formatInterval(1640.2, 1678.9, 0)).toBe("[1,640, 1,679]");
    expect(formatInterval(null, 3)).toBe("—");
    expect(formatSigned(1659.2, 0)).toBe("+1,659");
    expect(formatShare(0.8734)).toBe("87.3%");
    expect(formatHours(76.2)).toBe("76.2 h (3.2 days)");
    expect(formatHours(0.75)).toBe("0.750 h (45 min)");
    expect(formatHours(5.5)).toBe("5.50 h");
  });
});
