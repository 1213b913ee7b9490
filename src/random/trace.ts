/**
 * Trace replay: arrival times parsed from CSV or JSON text (no file I/O here).
 *
 * @module
 */
import { type Issue, makeIssue } from "../common/index.js";
import { RandomError } from "./errors.js";

/** Column (CSV) or property (JSON) holding the arrival time in seconds. */
const COLUMN = "arrivalSeconds";
const EXPECTED = "a finite number >= 0 (seconds)";
const DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/** Accepted trace formats. */
export type TraceFormat = "csv" | "json";

/**
 * Parses arrival times (seconds from day 0 00:00) and returns them sorted ascending.
 *
 * - CSV: a header row containing `arrivalSeconds`; other columns are ignored; blank lines skipped;
 *   row numbers in errors are 1-based file lines (the header is line 1).
 * - JSON: an array of numbers, or of objects with a numeric `arrivalSeconds`; rows in errors are
 *   0-based array indices.
 *
 * @param text - the trace contents (the CLI reads the file; this function does no I/O)
 * @param format - `"csv"` or `"json"`
 * @returns arrival times in seconds, sorted ascending
 * @throws {RandomError} INVALID_TRACE listing ALL bad rows (value and expectation), or a missing
 *   column / malformed JSON
 * @example parseArrivalTrace("id,arrivalSeconds\na,30\nb,12\n", "csv") // [12, 30]
 */
export function parseArrivalTrace(text: string, format: TraceFormat): number[] {
  if (typeof text !== "string") {
    fail([makeIssue("text", "a string", text)]);
  }
  if (format === "csv") return sortedOrFail(parseCsv(text));
  if (format === "json") return sortedOrFail(parseJson(text));
  return fail([makeIssue("format", `"csv" or "json"`, format)]);
}

interface ParseResult {
  readonly times: number[];
  readonly issues: Issue[];
}

function parseCsv(text: string): ParseResult {
  const lines = text.split(/\r\n|\n|\r/);
  const headerIndex = lines.findIndex((line) => line.trim() !== "");
  if (headerIndex < 0) {
    return fail([makeIssue("header", `a CSV header with ${COLUMN}`, text)]);
  }
  const header = splitCsvLine(lines[headerIndex] as string);
  const column = header.indexOf(COLUMN);
  if (column < 0) {
    return fail([makeIssue("header", `a column named ${COLUMN}`, header.join(","))]);
  }
  const times: number[] = [];
  const issues: Issue[] = [];
  for (let i = headerIndex + 1; i < lines.length; i++) {
    const line = lines[i] as string;
    if (line.trim() === "") continue;
    const cell = splitCsvLine(line)[column];
    const value = cell !== undefined && DECIMAL.test(cell) ? Number(cell) : Number.NaN;
    if (Number.isFinite(value) && value >= 0) times.push(value);
    else issues.push(makeIssue(`row ${i + 1}: ${COLUMN}`, EXPECTED, cell));
  }
  return { times, issues };
}

function parseJson(text: string): ParseResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return fail([makeIssue("text", "valid JSON", text, `invalid JSON (${reason})`)]);
  }
  if (!Array.isArray(data)) {
    const expected = `a JSON array of numbers or of objects with ${COLUMN}`;
    return fail([makeIssue("text", expected, data)]);
  }
  const times: number[] = [];
  const issues: Issue[] = [];
  data.forEach((row: unknown, i) => {
    const isObject = typeof row === "object" && row !== null && !Array.isArray(row);
    const value = isObject ? (row as Record<string, unknown>)[COLUMN] : row;
    if (typeof value === "number" && Number.isFinite(value) && value >= 0) times.push(value);
    else {
      const path = isObject ? `row ${i}: ${COLUMN}` : `row ${i}`;
      issues.push(makeIssue(path, EXPECTED, value));
    }
  });
  return { times, issues };
}

/** Splits one CSV line on commas, trimming cells and stripping surrounding double quotes. */
function splitCsvLine(line: string): string[] {
  return line.split(",").map((cell) => {
    const trimmed = cell.trim();
    return trimmed.length >= 2 && trimmed.startsWith('"') && trimmed.endsWith('"')
      ? trimmed.slice(1, -1).trim()
      : trimmed;
  });
}

function sortedOrFail(result: ParseResult): number[] {
  if (result.issues.length > 0) fail(result.issues);
  return result.times.sort((a, b) => a - b);
}

function fail(issues: readonly Issue[]): never {
  throw new RandomError("INVALID_TRACE", "parseArrivalTrace", issues);
}

/**
 * Replays a list of arrival times in ascending order; `Infinity` once exhausted.
 * Compatible with {@link ArrivalProcess} (it ignores the stream and the time argument).
 *
 * @example
 * const trace = new TraceArrivals(parseArrivalTrace("id,arrivalSeconds\na,30\nb,12\n", "csv"));
 * const times: number[] = [];
 * for (let t = trace.next(); t !== Infinity; t = trace.next()) times.push(t);
 * times; // [12, 30]
 */
export class TraceArrivals {
  private readonly times: Float64Array;
  private index = 0;

  /**
   * @param arrivalSeconds - arrival times in seconds (sorted here; the input is not modified)
   * @throws {RandomError} INVALID_TRACE when any time is non-finite or negative
   */
  constructor(arrivalSeconds: readonly number[]) {
    const issues: Issue[] = [];
    arrivalSeconds.forEach((value, i) => {
      if (!(Number.isFinite(value) && value >= 0)) {
        issues.push(makeIssue(`arrivalSeconds[${i}]`, EXPECTED, value));
      }
    });
    if (issues.length > 0) throw new RandomError("INVALID_TRACE", "TraceArrivals", issues);
    this.times = Float64Array.from(arrivalSeconds).sort();
  }

  /** Number of arrivals in the trace. */
  get size(): number {
    return this.times.length;
  }

  /** Arrivals not yet returned by {@link next}. */
  get remaining(): number {
    return this.times.length - this.index;
  }

  /** The next arrival time in seconds, or Infinity when the trace is exhausted. */
  next(): number {
    return this.index < this.times.length
      ? (this.times[this.index++] as number)
      : Number.POSITIVE_INFINITY;
  }

  /** Rewinds to the first arrival (e.g. for the next replication). */
  reset(): void {
    this.index = 0;
  }
}
