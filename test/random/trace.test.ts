import { describe, expect, it } from "vitest";
import { parseArrivalTrace, RandomError, TraceArrivals } from "../../src/random/index.js";

function traceError(run: () => unknown): RandomError {
  try {
    run();
  } catch (error) {
    if (error instanceof RandomError) return error;
    throw error;
  }
  throw new Error("expected a RandomError");
}

describe("parseArrivalTrace", () => {
  it("reads the arrivalSeconds column of a CSV, ignoring other columns, and sorts", () => {
    const csv = 'truck,arrivalSeconds,lane\r\nA,30,1\r\n\r\n"B", "12.5" ,2\nC,0,1\nD,1e3,2\n';
    expect(parseArrivalTrace(csv, "csv")).toEqual([0, 12.5, 30, 1000]);
  });

  it("reads a JSON array of numbers or of objects with arrivalSeconds", () => {
    expect(parseArrivalTrace("[5, 1, 3.5]", "json")).toEqual([1, 3.5, 5]);
    const objects = '[{"arrivalSeconds": 9, "id": "x"}, {"arrivalSeconds": 2}]';
    expect(parseArrivalTrace(objects, "json")).toEqual([2, 9]);
  });

  it("a header-only CSV or an empty JSON array is an empty trace", () => {
    expect(parseArrivalTrace("arrivalSeconds\n", "csv")).toEqual([]);
    expect(parseArrivalTrace("[]", "json")).toEqual([]);
  });

  it("reports every bad CSV row at once, with row number, value and expectation", () => {
    const csv = "id,arrivalSeconds\na,10\nb,abc\nc,-5\nd,\ne,Infinity\nf,1e400\ng,20\nh";
    const error = traceError(() => parseArrivalTrace(csv, "csv"));
    expect(error.code).toBe("INVALID_TRACE");
    expect(error.issues.map((i) => i.path)).toEqual([
      "row 3: arrivalSeconds",
      "row 4: arrivalSeconds",
      "row 5: arrivalSeconds",
      "row 6: arrivalSeconds",
      "row 7: arrivalSeconds",
      "row 9: arrivalSeconds",
    ]);
    expect(error.message).toContain(
      'row 3: arrivalSeconds: expected a finite number >= 0 (seconds), received "abc"',
    );
    expect(error.message).toContain(
      'row 4: arrivalSeconds: expected a finite number >= 0 (seconds), received "-5"',
    );
    expect(error.message).toContain(
      "row 9: arrivalSeconds: expected a finite number >= 0 (seconds), received nothing",
    );
  });

  it("reports every bad JSON row at once", () => {
    const json = '[1, "2", -3, {"arrivalSeconds": null}, {"t": 4}, 5, [6]]';
    const error = traceError(() => parseArrivalTrace(json, "json"));
    expect(error.code).toBe("INVALID_TRACE");
    expect(error.issues.map((i) => i.path)).toEqual([
      "row 1",
      "row 2",
      "row 3: arrivalSeconds",
      "row 4: arrivalSeconds",
      "row 6",
    ]);
    expect(error.message).toContain('row 1: expected a finite number >= 0 (seconds), received "2"');
  });

  it("rejects a CSV without an arrivalSeconds column, malformed JSON and non-array JSON", () => {
    expect(traceError(() => parseArrivalTrace("id,time\na,1\n", "csv")).message).toContain(
      'header: expected a column named arrivalSeconds, received "id,time"',
    );
    expect(traceError(() => parseArrivalTrace("", "csv")).code).toBe("INVALID_TRACE");
    expect(traceError(() => parseArrivalTrace("[1, 2", "json")).message).toMatch(
      /^parseArrivalTrace: text: expected valid JSON, received invalid JSON \(.+\)$/,
    );
    expect(traceError(() => parseArrivalTrace('{"a": 1}', "json")).message).toContain(
      "a JSON array",
    );
    expect(traceError(() => parseArrivalTrace("[1]", "xml" as never)).issues[0]?.path).toBe(
      "format",
    );
  });
});

describe("TraceArrivals", () => {
  it("replays arrival times in order, then Infinity, and can be rewound", () => {
    const trace = new TraceArrivals([30, 10, 20]);
    expect(trace.size).toBe(3);
    expect([trace.next(), trace.next(), trace.next(), trace.next()]).toEqual([
      10,
      20,
      30,
      Infinity,
    ]);
    expect(trace.remaining).toBe(0);
    trace.reset();
    expect(trace.next()).toBe(10);
  });

  it("works end to end from CSV text without any file I/O", () => {
    const trace = new TraceArrivals(parseArrivalTrace("arrivalSeconds\n5\n1\n", "csv"));
    expect([trace.next(), trace.next(), trace.next()]).toEqual([1, 5, Infinity]);
  });

  it("rejects negative or non-finite times, listing all of them", () => {
    const error = traceError(() => new TraceArrivals([1, -2, Number.NaN]));
    expect(error.code).toBe("INVALID_TRACE");
    expect(error.issues.map((i) => i.path)).toEqual(["arrivalSeconds[1]", "arrivalSeconds[2]"]);
  });
});

describe("RandomError", () => {
  it("keeps every issue but lists at most 20 in the message", () => {
    const rows = Array.from({ length: 25 }, (_, i) => `x${i}`).join("\n");
    const error = traceError(() => parseArrivalTrace(`arrivalSeconds\n${rows}`, "csv"));
    expect(error.issues).toHaveLength(25);
    expect(error.message).toContain("row 21: arrivalSeconds");
    expect(error.message).not.toContain("row 22: arrivalSeconds");
    expect(error.message.endsWith("; … and 5 more problems")).toBe(true);
    expect(error.name).toBe("RandomError");
    expect(error).toBeInstanceOf(Error);
  });
});
