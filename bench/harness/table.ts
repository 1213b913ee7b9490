/** Plain-text table and number formatting for benchmark reports. */
import type { Table } from "./group.js";

/** Right-aligns numeric-looking cells, left-aligns the rest; columns separated by two spaces. */
export function formatTable(table: Table): string {
  const all = [table.columns, ...table.rows];
  const widths = table.columns.map((_, c) => Math.max(...all.map((row) => (row[c] ?? "").length)));
  const numeric = table.columns.map((_, c) =>
    table.rows.every((row) => /^[-+~<>≥]?[\d.,]+|^[-–]$|^$/.test(row[c] ?? "")),
  );
  const line = (row: readonly string[]) =>
    row
      .map((cell, c) => (numeric[c] ? cell.padStart(widths[c]!) : cell.padEnd(widths[c]!)))
      .join("  ")
      .trimEnd();
  const rule = widths.map((w) => "-".repeat(w)).join("  ");
  return [table.title, line(table.columns), rule, ...table.rows.map(line)].join("\n");
}

/** 12.3 M, 456 k, 789: a rate with three significant digits and an SI suffix. */
export function formatRate(perSecond: number | undefined): string {
  if (perSecond === undefined || !Number.isFinite(perSecond)) return "–";
  if (perSecond >= 1e6) return `${(perSecond / 1e6).toPrecision(3)} M`;
  if (perSecond >= 1e3) return `${(perSecond / 1e3).toPrecision(3)} k`;
  return perSecond.toPrecision(3);
}

/** 2.45x, or "–" when unknown. */
export function formatRatio(ratio: number | undefined): string {
  if (ratio === undefined || !Number.isFinite(ratio)) return "–";
  return `${ratio >= 10 ? ratio.toFixed(1) : ratio.toFixed(2)}x`;
}

/** A number with fixed decimals, or "–". */
export function formatFixed(value: number | undefined, decimals: number): string {
  if (value === undefined || !Number.isFinite(value)) return "–";
  return value.toFixed(decimals);
}

/** 97%, or "–". */
export function formatPercent(share: number | undefined): string {
  if (share === undefined || !Number.isFinite(share)) return "–";
  // Shares are measured with clock ticks; a short run can read a little over 100%.
  return `${Math.round(Math.min(1, share) * 100)}%`;
}
