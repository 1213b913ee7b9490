/**
 * A plain-text table for terminals: a title, a header row underlined with dashes, columns
 * separated by two spaces, text left-aligned and numbers right-aligned, no trailing spaces.
 * Widths count UTF-16 code units, which is the display width for the characters the reports use
 * (Latin text, "—", "±", "−").
 */
import { truncate, visibleText } from "../common/index.js";

/**
 * One column of a {@link textTable}.
 *
 * @inline
 */
export interface TextColumn {
  /** The column's header text. */
  readonly header: string;
  /** "left" for text (default), "right" for numbers. */
  readonly align?: "left" | "right";
}

/**
 * Input of {@link textTable}.
 *
 * @inline
 */
export interface TextTableInput {
  /** A line printed above the table (omitted when absent or empty). */
  readonly title?: string;
  /** The columns, left to right. */
  readonly columns: readonly TextColumn[];
  /** Cells by row then column; a missing cell prints as empty. */
  readonly rows: readonly (readonly string[])[];
  /** Lines printed under the table. */
  readonly footer?: readonly string[];
}

const GAP = "  ";

/** Longest cell, in characters (a 10 MB name makes one short cell). */
export const MAX_CELL_CHARS = 200;
/** Longest title or footer line, in characters. */
const MAX_LINE_CHARS = 1000;

function pad(text: string, width: number, align: "left" | "right"): string {
  const fill = " ".repeat(Math.max(0, width - text.length));
  return align === "right" ? fill + text : text + fill;
}

/**
 * Renders an aligned plain-text table, lines joined with "\n" and ending with "\n".
 * Newlines inside cells are replaced by spaces so a row stays on one line; other control
 * characters (an escape sequence in a scenario's name) are shown as `\u{1b}`, and a cell is cut
 * to 200 characters.
 *
 * @example
 * textTable({
 *   title: "Stations",
 *   columns: [{ header: "station" }, { header: "served", align: "right" }],
 *   rows: [["identity", "3,309"], ["x-ray", "12"]],
 * });
 * // "Stations\nstation   served\n--------  ------\nidentity   3,309\nx-ray         12\n"
 */
export function textTable(input: TextTableInput): string {
  const clean = (cell: string | undefined, max = MAX_CELL_CHARS) =>
    truncate(visibleText((cell ?? "").replace(/\r?\n|\r/g, " ")), max);
  const header = input.columns.map((column) => clean(column.header));
  const body = input.rows.map((row) => input.columns.map((_, i) => clean(row[i])));
  const widths = header.map((text, i) =>
    Math.max(text.length, ...body.map((row) => row[i]!.length)),
  );
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, i) => pad(cell, widths[i]!, input.columns[i]!.align ?? "left"))
      .join(GAP)
      .trimEnd();
  const lines: string[] = [];
  if (input.title !== undefined && input.title !== "")
    lines.push(clean(input.title, MAX_LINE_CHARS));
  lines.push(line(header));
  lines.push(widths.map((width) => "-".repeat(width)).join(GAP));
  for (const row of body) lines.push(line(row));
  for (const note of input.footer ?? []) lines.push(clean(note, MAX_LINE_CHARS));
  return `${lines.join("\n")}\n`;
}
