/** Writing results: stdout for tables or JSON, files for CSV and HTML. */
import { writeFileSync } from "node:fs";
import { CliError, EXIT } from "./errors.js";

/** Writes `text` to stdout. */
export function print(text: string): void {
  process.stdout.write(text.endsWith("\n") ? text : `${text}\n`);
}

/** Writes a file the user asked for; a failure is a one-line error (exit 1). */
export function writeOutputFile(path: string, text: string, what: string): void {
  try {
    writeFileSync(path, text);
  } catch (error) {
    throw new CliError(
      `gatesim: cannot write the ${what} to "${path}": ${(error as NodeJS.ErrnoException).code ?? String(error)}`,
      EXIT.INVALID_INPUT,
    );
  }
}

/** A line on stderr unless quiet (stdout stays clean for --json). */
export function note(quiet: boolean, text: string): void {
  if (!quiet) process.stderr.write(`${text}\n`);
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
