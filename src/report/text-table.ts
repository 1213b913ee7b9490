/**
 * A plain-text table for terminals: a title, a header row underlined with dashes, columns
 * separated by two spaces, text left-aligned and numbers right-aligned, no trailing spaces.
 * Widths count UTF-16 code units, which is the display width for the characters the reports use
 * (Latin text, "—", "±", "−"). Given a `width` (the terminal's columns) narrower than the table,
 * each row is printed as a block instead: its first cell on a line, then the other cells as
 * "header: value", wrapped to the width.
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
  /**
   * The header in the compact layout (default: `header`; "" shows the value alone). The first
   * column's value opens each block alone, unless this is given.
   */
  readonly compactHeader?: string;
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
  /**
   * The columns available (e.g. `process.stdout.columns`); a wider table is printed in the
   * compact layout, and the title and footer are wrapped. Omitted: no limit.
   */
  readonly width?: number | undefined;
}

/**
 * Options of the terminal tables that adapt to the terminal.
 *
 * @inline
 */
export interface TableWidthOptions {
  /** The terminal's columns; a wider table switches to a compact layout. Omitted: no limit. */
  readonly width?: number | undefined;
}

/** Narrowest width honoured: below it the compact layout would wrap every word. */
const MIN_WIDTH = 40;

/**
 * Wraps `text` at spaces to lines of at most `width` characters (a longer word stays whole),
 * every line after the first starting with `indent`.
 *
 * @example wrapText("a bb ccc", 4); // ["a bb", "ccc"]
 */
export function wrapText(text: string, width: number, indent = ""): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(" ").filter((w) => w !== "")) {
    const start = lines.length === 0 ? "" : indent;
    if (line === "") line = start + word;
    else if (line.length + 1 + word.length <= width) line += ` ${word}`;
    else {
      lines.push(line);
      line = indent + word;
    }
  }
  if (line !== "" || lines.length === 0) lines.push(line);
  return lines;
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
  const width = input.width === undefined ? undefined : Math.max(MIN_WIDTH, input.width);
  const wrap = (text: string) => (width === undefined ? [text] : wrapText(text, width, "  "));
  if (input.title !== undefined && input.title !== "")
    lines.push(...wrap(clean(input.title, MAX_LINE_CHARS)));
  const tableWidth = widths.reduce((sum, w) => sum + w, GAP.length * (widths.length - 1));
  if (width !== undefined && tableWidth > width) {
    const names = input.columns.map((column, i) => clean(column.compactHeader ?? header[i]));
    const named = input.columns[0]?.compactHeader !== undefined;
    for (const row of body) lines.push(...compactRow(names, row, width, named));
    for (const note of input.footer ?? []) lines.push(...wrap(clean(note, MAX_LINE_CHARS)));
    return `${lines.join("\n")}\n`;
  }
  lines.push(line(header));
  lines.push(widths.map((width) => "-".repeat(width)).join(GAP));
  for (const row of body) lines.push(line(row));
  for (const note of input.footer ?? []) lines.push(...wrap(clean(note, MAX_LINE_CHARS)));
  return `${lines.join("\n")}\n`;
}

/** One row as a block: the first cell, then "header: value" pairs wrapped at `width`. */
function compactRow(
  header: readonly string[],
  row: readonly string[],
  width: number,
  named: boolean,
): string[] {
  const lines = [named && header[0] !== "" ? `${header[0]}: ${row[0] ?? ""}` : (row[0] ?? "")];
  let line = "";
  for (let i = 1; i < row.length; i++) {
    if (row[i] === "") continue;
    const pair = header[i] === "" ? row[i]! : `${header[i]}: ${row[i]}`;
    if (line === "") line = `  ${pair}`;
    else if (line.length + GAP.length + 1 + pair.length <= width) line += `${GAP} ${pair}`;
    else {
      lines.push(line);
      line = `  ${pair}`;
    }
  }
  if (line !== "") lines.push(line);
  return lines;
}
