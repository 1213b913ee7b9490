/**
 * `--arrivals <log.csv>`: observed arrivals from a CSV file replace a scenario's arrivals (a
 * `trace`). The file is parsed by csv-parse (quoted fields, CRLF, a byte-order mark); it has a
 * header row with an `arrivalSeconds` column (seconds from the start of day 0) or a `timestamp`
 * column (the gate's local date and time, `2024-05-01 06:30` or `2024-05-01T06:30:15`; day 0 is
 * the date of the earliest arrival), and an optional `direction` column (`export`/`import`).
 * Every bad row is reported at once (the first 20 listed with their line, the rest counted).
 */
import { CsvError, parse } from "csv-parse/sync";
import {
  type Issue,
  isPrototypeKey,
  listIssues,
  makeIssue,
  SECONDS_PER_DAY,
} from "../common/index.js";
import { CliError, EXIT } from "./errors.js";
import { readInputText } from "./read-input.js";
import { shownPath } from "./shown.js";

/** The trace arrivals a log gives. */
export interface ArrivalLog {
  /** Arrival times in seconds from the start of day 0, in file order. */
  readonly arrivalSeconds: number[];
  /** The direction of each arrival, when the log has a `direction` column. */
  readonly directions?: ("export" | "import")[];
}

/** `YYYY-MM-DD`, then `T` or a space, `HH:MM`, optional `:SS(.fff)`; no offset (local time). */
const TIMESTAMP = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2}(?:\.\d+)?))?$/;

/** Seconds since 1970-01-01 00:00 of a local timestamp read as written, or null. */
function wallClockSeconds(text: string): number | null {
  const match = TIMESTAMP.exec(text.trim());
  if (match === null) return null;
  const [year, month, day, hour, minute] = match.slice(1, 6).map(Number) as number[];
  const second = Number(match[6] ?? 0);
  const ms = Date.UTC(year!, month! - 1, day!, hour!, minute!, 0);
  const date = new Date(ms);
  // Date.UTC rolls 2024-02-31 over to March: refuse dates and times that do not exist.
  if (
    date.getUTCMonth() !== month! - 1 ||
    date.getUTCDate() !== day! ||
    hour! > 23 ||
    minute! > 59 ||
    second >= 60
  ) {
    return null;
  }
  return ms / 1000 + second;
}

/**
 * Parses an arrival log's text (the path names it in messages).
 * @throws CliError (exit 1) listing every bad row with its line, bounded.
 */
export function parseArrivalLog(text: string, path: string): ArrivalLog {
  let records: { record: Record<string, string>; info: { lines: number } }[];
  try {
    records = parse(text, {
      info: true,
      // Columns named like a prototype key are skipped: no row object gets a new prototype.
      columns: (header: string[]) =>
        header.map((name) => (isPrototypeKey(name.trim()) ? false : name.trim())),
      bom: true,
      skip_empty_lines: true,
      trim: true,
    });
  } catch (error) {
    const detail = error instanceof CsvError ? error.message : String(error);
    throw invalid(path, [makeIssue("(file)", "CSV text with a header row", undefined, detail)]);
  }
  const rows = records.map((entry) => entry.record);
  const first = rows[0];
  const columns = first === undefined ? [] : Object.keys(first);
  const timeColumn = ["arrivalSeconds", "timestamp"].find((name) => columns.includes(name));
  if (timeColumn === undefined) {
    throw invalid(path, [
      makeIssue(
        "header",
        'a column "timestamp" (local date and time) or "arrivalSeconds"',
        undefined,
        columns.length === 0 ? "no rows" : columns.join(","),
      ),
    ]);
  }
  const hasDirection = columns.includes("direction");
  const issues: Issue[] = [];
  const raw: number[] = [];
  const directions: ("export" | "import")[] = [];
  rows.forEach((row, index) => {
    const line = `line ${records[index]!.info.lines}`;
    const value = row[timeColumn] ?? "";
    const time =
      timeColumn === "arrivalSeconds"
        ? /^[+]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(value)
          ? Number(value)
          : null
        : wallClockSeconds(value);
    if (time === null || !Number.isFinite(time)) {
      issues.push(
        makeIssue(
          `${line}.${timeColumn}`,
          timeColumn === "arrivalSeconds"
            ? "a number of seconds >= 0"
            : "a local date and time like 2024-05-01 06:30",
          value,
        ),
      );
    } else {
      raw.push(time);
    }
    if (hasDirection) {
      const direction = row.direction ?? "";
      if (direction === "export" || direction === "import") directions.push(direction);
      else issues.push(makeIssue(`${line}.direction`, '"export" or "import"', direction));
    }
  });
  if (issues.length > 0) throw invalid(path, issues);
  let earliest = Number.POSITIVE_INFINITY;
  for (const time of raw) earliest = Math.min(earliest, time);
  const origin =
    timeColumn === "timestamp" ? Math.floor(earliest / SECONDS_PER_DAY) * SECONDS_PER_DAY : 0;
  // A log need not be in order: arrivals are replayed sorted by time (directions kept with them).
  const order = raw.map((_, i) => i).sort((a, b) => raw[a]! - raw[b]! || a - b);
  const arrivalSeconds = order.map((i) => raw[i]! - origin);
  return hasDirection
    ? { arrivalSeconds, directions: order.map((i) => directions[i]!) }
    : { arrivalSeconds };
}

/** Reads and parses the log at `path` (bounded read, see readInputText). */
export function readArrivalLog(path: string): ArrivalLog {
  return parseArrivalLog(readInputText(path, "arrival log"), path);
}

function invalid(path: string, issues: readonly Issue[]): CliError {
  const lines = listIssues(issues).map((line) => `  - ${line}`);
  return new CliError(
    `gatesim: --arrivals: invalid arrival log ${shownPath(path)} (${issues.length} problem${issues.length === 1 ? "" : "s"}):\n${lines.join("\n")}`,
    EXIT.INVALID_INPUT,
  );
}
