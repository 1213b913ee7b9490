import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { checkValue, matchesLines, mismatch, parseAnnotation } from "./annotations.js";
import { takeRun } from "./doc-runtime.js";
import { instrument } from "./instrument.js";

/** The checker behind the README and @example tests: it must catch what it claims to. */
const RUNTIME = pathToFileURL(join(import.meta.dirname, "doc-runtime.ts")).href;
const work = mkdtempSync(join(tmpdir(), "gatesim-annotations-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

let runs = 0;
async function run(code: string) {
  const key = `unit-${++runs}`;
  const instrumented = instrument(code, { key, runtime: RUNTIME });
  const file = join(work, `${key}.ts`);
  writeFileSync(file, instrumented.code);
  if (instrumented.problems.length === 0) await import(pathToFileURL(file).href);
  return { instrumented, results: takeRun(key)?.results() ?? [] };
}

describe("value annotations", () => {
  it("read numbers to the precision written, with thousands separators and truncation", () => {
    const at = (text: string, value: unknown) => checkValue(value, parseAnnotation(text));
    expect(at("3,300 trucks/day", 3300)).toBeNull();
    expect(at("3,300", 3301)).not.toBeNull();
    expect(at("0.912", 0.91234)).toBeNull();
    expect(at("0.912", 0.9126)).not.toBeNull();
    expect(at("2.2621571...", 2.262157162)).toBeNull();
    expect(at("4 = ρ/(μ − λ)", 3.9999999999999996)).toBeNull();
    expect(at("-1.875", -1.875)).toBeNull();
  });

  it("read ≈ as within 10% unless a tolerance is stated, and comparisons as written", () => {
    const at = (text: string, value: unknown) => checkValue(value, parseAnnotation(text));
    expect(at("≈ 3,300 trucks/day", 3100)).toBeNull();
    expect(at("≈ 3,300 trucks/day", 2900)).not.toBeNull();
    expect(at("≈ 1801.8 (within 0.1%)", 1802.9)).toBeNull();
    expect(at("≈ 1801.8 (within 0.1%)", 1805)).not.toBeNull();
    expect(at("< 0.2 (long batches)", 0.1)).toBeNull();
    expect(at(">= 25200", 25199)).not.toBeNull();
  });

  it("match strings, arrays and objects, with … for anything and for more", () => {
    const pattern = (text: string) => {
      const annotation = parseAnnotation(text);
      if (annotation.kind !== "value") throw new Error(`not a value: ${text}`);
      return annotation.pattern;
    };
    expect(mismatch("3,309 ± 12", pattern('"3,309 ± …"'))).toBeNull();
    expect(mismatch("3,309 ± 12", pattern('"3,310 ± …"'))).not.toBeNull();
    expect(mismatch([1, 2, 3], pattern("[1, 2, …]"))).toBeNull();
    expect(mismatch([1, 2, 3], pattern("[1, 2]"))).not.toBeNull();
    expect(mismatch({ a: 1, b: null }, pattern("{ a: 1, b: null }"))).toBeNull();
    expect(mismatch({ a: 1, b: null }, pattern("{ a: 1 }"))).not.toBeNull();
    expect(mismatch({ a: 1, b: null }, pattern("{ a: 1, … }"))).toBeNull();
    expect(mismatch({ sd: 27 }, pattern("{ sd: … }"))).toBeNull();
    expect(mismatch(undefined, pattern("undefined (not an object)"))).toBeNull();
  });

  it("tell prose from a value claim it cannot read", () => {
    expect(parseAnnotation("seconds, right-skewed").kind).toBe("prose");
    expect(parseAnnotation("0.8 / 0.7 ≈ 1.143").kind).toBe("invalid");
    expect(parseAnnotation("1/3").kind).toBe("invalid");
    expect(parseAnnotation("0 <= u < 1").kind).toBe("invalid");
    expect(parseAnnotation('prints "at 5"')).toMatchObject({ kind: "prints", lines: ["at 5"] });
    expect(parseAnnotation("throws RandomError")).toMatchObject({ kind: "throws", byName: true });
  });

  it("match printed lines, a line … standing for any number of lines", () => {
    expect(matchesLines(["title", "a", "b", "end"], ["title", "…", "end"])).toBe(true);
    expect(matchesLines(["title", "end"], ["title", "…", "end"])).toBe(true);
    expect(matchesLines(["title", "x  1", "end"], ["title", "x  …", "end"])).toBe(true);
    expect(matchesLines(["title", "end"], ["title", "x", "end"])).toBe(false);
  });
});

describe("an instrumented example", () => {
  it("reports a wrong value, and passes a right one", async () => {
    const { results } = await run("const x = 2 + 2; // 4\nx * 2; // 9\n");
    expect(results.map((r) => r.problem === null)).toEqual([true, false]);
    expect(results[1]!.problem).toContain("expected 9");
  });

  it("checks what a statement prints and whether it throws", async () => {
    const { results } = await run(
      [
        'console.log("at 5"); // prints "at 5"',
        "console.log(['a', 'b'].join('\\n'));",
        "// prints:",
        "// a",
        "// c",
        'JSON.parse("{"); // throws SyntaxError',
        "JSON.parse('{}'); // throws",
      ].join("\n"),
    );
    expect(results.map((r) => r.problem === null)).toEqual([true, false, true, false]);
  });

  it("joins a string continued on the comment lines below", async () => {
    const { results } = await run('"ab cd"; // "ab\n//  cd"\n');
    expect(results).toEqual([{ line: 1, annotation: '"ab cd"', problem: null }]);
  });

  it("refuses an annotation it cannot check, before running", async () => {
    const { instrumented } = await run("for (const x of [1]) x; // 1\nMath.PI; // 1/3\n");
    expect(instrumented.problems).toHaveLength(2);
    expect(instrumented.problems[0]).toContain("without a value");
    expect(instrumented.problems[1]).toContain("cannot read the annotation");
  });
});
