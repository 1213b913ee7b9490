/**
 * Writing results: stdout for tables or JSON, files for CSV and HTML (each a transaction, see
 * StreamedFile). Text for the terminal shows control characters visibly, so a name carrying an
 * escape sequence cannot recolour or rewrite the terminal.
 */
import { visibleText } from "../common/index.js";
import { writeWholeFile } from "./streamed-file.js";

/** Writes `text` to stdout (control characters made visible; newlines kept). */
export function print(text: string): void {
  const shown = visibleText(text, true);
  process.stdout.write(shown.endsWith("\n") ? shown : `${shown}\n`);
}

/** Writes a file the user asked for, whole or not at all; a failure is a one-line error (exit 1). */
export function writeOutputFile(path: string, text: string, what: string): void {
  writeWholeFile(path, text, what);
}

/** A line on stderr unless quiet (stdout stays clean for --json). */
export function note(quiet: boolean, text: string): void {
  if (!quiet) process.stderr.write(`${visibleText(text, true)}\n`);
}

/**
 * The columns the tables may use: the terminal's width when stdout is one, else `$COLUMNS` when
 * set (a pager or a test), else undefined (no limit: piped into a file, tables keep one line per
 * row).
 */
export function terminalWidth(): number | undefined {
  const columns = process.stdout.isTTY ? process.stdout.columns : Number(process.env.COLUMNS);
  return Number.isInteger(columns) && columns > 0 ? columns : undefined;
}
