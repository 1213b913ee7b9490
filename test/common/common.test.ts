import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  listIssues,
  MAX_RENDERED_LENGTH,
  makeIssue,
  renderValue,
  truncate,
} from "../../src/common/index.js";

describe("the shared leaf", () => {
  it("renders bad values so that NaN, infinities, -0 and strings stay visible", () => {
    expect(renderValue(Number.NaN)).toBe("NaN");
    expect(renderValue(Number.NEGATIVE_INFINITY)).toBe("-Infinity");
    expect(renderValue(-0)).toBe("-0");
    expect(renderValue("abc")).toBe('"abc"');
    expect(renderValue(undefined)).toBe("nothing");
    expect(renderValue({ a: [1, 2] })).toBe('{"a":[1,2]}');
    expect(renderValue(10n)).toBe("10n");
  });

  it("never renders a value longer than the bound, whatever it is", () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        expect(renderValue(value).length).toBeLessThanOrEqual(MAX_RENDERED_LENGTH);
      }),
      { seed: 11, numRuns: 300 },
    );
    expect(renderValue("x".repeat(10_000_000)).length).toBe(MAX_RENDERED_LENGTH);
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(renderValue(cyclic)).toBe("[object Object]");
  });

  it("truncates with an ellipsis only when the text is too long", () => {
    expect(truncate("short", 10)).toBe("short");
    expect(truncate("0123456789abc", 10)).toBe("012345678…");
  });

  it("builds one issue shape with a message naming the path, the expectation and the value", () => {
    const issue = makeIssue("horizonDays", "a number >= 1", -3);
    expect(issue).toEqual({
      path: "horizonDays",
      expected: "a number >= 1",
      received: "-3",
      message: "horizonDays: expected a number >= 1, received -3",
    });
    expect(makeIssue("shares", "shares summing to 1", [0.5], "a sum of 0.5").received).toBe(
      "a sum of 0.5",
    );
  });

  it("lists at most the bound of issues and counts the rest", () => {
    const issues = Array.from({ length: 25 }, (_, i) => makeIssue(`f${i}`, "x", i));
    const lines = listIssues(issues, 20);
    expect(lines).toHaveLength(21);
    expect(lines[20]).toBe("… and 5 more problems");
    expect(listIssues(issues.slice(0, 21), 20)[20]).toBe("… and 1 more problem");
    expect(listIssues(issues.slice(0, 3))).toHaveLength(3);
  });
});
