/**
 * How a bad value appears in an error message, the same in every layer: numbers as written
 * (NaN, Infinity and -0 stay visible), strings quoted, objects as short JSON. Always bounded, so
 * a 10 MB string in a scenario makes a one-line message, not 10 MB of output.
 */

/** Longest rendering of a value, in characters (the ellipsis included). */
export const MAX_RENDERED_LENGTH = 80;

/**
 * Renders `value` for a message, at most `maxLength` characters.
 *
 * @example renderValue(Number.NaN) // "NaN"
 * @example renderValue("x".repeat(1000)).length // 80
 */
export function renderValue(value: unknown, maxLength = MAX_RENDERED_LENGTH): string {
  return truncate(renderWhole(value), maxLength);
}

function renderWhole(value: unknown): string {
  if (value === undefined) return "nothing";
  if (typeof value === "number") return Object.is(value, -0) ? "-0" : String(value);
  if (typeof value === "string") return JSON.stringify(value);
  if (typeof value === "bigint") return `${value}n`;
  if (value === null || typeof value === "boolean") return String(value);
  if (typeof value === "function") return "a function";
  if (typeof value === "symbol") return String(value);
  try {
    return JSON.stringify(value) ?? Object.prototype.toString.call(value);
  } catch {
    return Object.prototype.toString.call(value);
  }
}

/** `text` cut to `maxLength` characters, ending in "…" when cut. */
export function truncate(text: string, maxLength = MAX_RENDERED_LENGTH): string {
  return text.length <= maxLength ? text : `${text.slice(0, Math.max(0, maxLength - 1))}…`;
}
