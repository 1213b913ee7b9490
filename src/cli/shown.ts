/**
 * Text from the command line or a file, shown in a message: bounded (a 10 MB argument makes a
 * short line) and with control characters visible (no escape sequence reaches the terminal).
 */
import { renderValue, truncate, visibleText } from "../common/index.js";

/** Longest file path shown in a message, in characters. */
const MAX_SHOWN_PATH = 200;

/** A path or argument as a quoted, bounded, visible string: `"my gate.json"`. */
export function shownPath(path: string): string {
  return visibleText(renderValue(String(path), MAX_SHOWN_PATH + 2));
}

/** A name (a scenario's, a station's) for a message or a table cell: bounded and visible. */
export function shownName(name: string, maxLength = 120): string {
  return truncate(visibleText(String(name)), maxLength);
}
