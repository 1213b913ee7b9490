/**
 * Number formatting for people: thousands separators, a sensible number of decimals, and an
 * em dash for values that do not exist. Deterministic (no locale, no `Intl`): the same number
 * always prints the same way on every machine.
 */
import type { KpiEstimate } from "../experiment/types.js";

/** What a missing value (null, NaN, ±Infinity) prints as. */
export const MISSING = "—";

function groupThousands(digits: string): string {
  let out = "";
  for (let i = 0; i < digits.length; i++) {
    if (i > 0 && (digits.length - i) % 3 === 0) out += ",";
    out += digits[i];
  }
  return out;
}

/**
 * Decimals that show `value` with about three significant digits, at most 3 decimals; none for
 * integers.
 */
export function autoDecimals(value: number): number {
  const magnitude = Math.abs(value);
  if (magnitude >= 100 || Number.isInteger(value)) return 0;
  if (magnitude >= 10) return 1;
  if (magnitude >= 1) return 2;
  return 3;
}

/**
 * Formats a number with thousands separators and `digits` decimals (automatic when omitted:
 * about three significant digits). Null, NaN and ±Infinity print as "—"; −0 prints as "0".
 *
 * @example
 * formatNumber(3309.4);      // "3,309"
 * formatNumber(0.91234);     // "0.912"
 * formatNumber(1234.5, 1);   // "1,234.5"
 * formatNumber(null);        // "—"
 */
export function formatNumber(value: number | null | undefined, digits?: number): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return MISSING;
  const decimals = digits ?? autoDecimals(value);
  const fixed = Math.abs(value).toFixed(decimals);
  const negative = value < 0 && Number(fixed) !== 0;
  const [whole, fraction] = fixed.split(".") as [string, string | undefined];
  const body = groupThousands(whole) + (fraction === undefined ? "" : `.${fraction}`);
  return negative ? `-${body}` : body;
}

/**
 * Like {@link formatNumber} but with an explicit "+" on positive values (for differences).
 *
 * @example
 * formatSigned(1659.2);  // "+1,659"
 * formatSigned(-0.5, 1); // "-0.5"
 */
export function formatSigned(value: number | null | undefined, digits?: number): string {
  const text = formatNumber(value, digits);
  return value !== null && value !== undefined && value > 0 && Number.isFinite(value)
    ? `+${text}`
    : text;
}

/**
 * Decimals for an estimate: enough to show the half-width with two significant digits
 * (between 0 and 6), or {@link autoDecimals} of the mean without a half-width.
 */
export function estimateDecimals(est: Pick<KpiEstimate, "mean" | "halfWidth">): number {
  const hw = est.halfWidth;
  if (hw !== null && Number.isFinite(hw) && hw > 0) {
    return Math.min(6, Math.max(0, 1 - Math.floor(Math.log10(hw))));
  }
  return est.mean === null ? 0 : autoDecimals(est.mean);
}

/**
 * Formats an estimate as "mean ± half-width" ("3,309 ± 12"). Without a half-width (one
 * replication) only the mean is printed; without a mean, "—". `digits` defaults to
 * {@link estimateDecimals}.
 *
 * @example
 * formatEstimate({ n: 20, mean: 3309.4, sd: 27, halfWidth: 12.3, lower: 3297.1, upper: 3321.7, level: 0.95 });
 * // "3,309 ± 12"
 * formatEstimate({ n: 0, mean: null, sd: null, halfWidth: null, lower: null, upper: null, level: 0.95 });
 * // "—"
 */
export function formatEstimate(est: KpiEstimate | null | undefined, digits?: number): string {
  if (est === null || est === undefined || est.mean === null || !Number.isFinite(est.mean)) {
    return MISSING;
  }
  const decimals = digits ?? estimateDecimals(est);
  const mean = formatNumber(est.mean, decimals);
  if (est.halfWidth === null || !Number.isFinite(est.halfWidth)) return mean;
  return `${mean} ± ${formatNumber(est.halfWidth, decimals)}`;
}

/**
 * Formats a confidence interval "[lower, upper]", or "—" when either bound is missing.
 *
 * @example
 * formatInterval(1640.2, 1678.9, 0); // "[1,640, 1,679]"
 */
export function formatInterval(
  lower: number | null | undefined,
  upper: number | null | undefined,
  digits?: number,
): string {
  if (lower === null || lower === undefined || upper === null || upper === undefined) {
    return MISSING;
  }
  if (!Number.isFinite(lower) || !Number.isFinite(upper)) return MISSING;
  const decimals = digits ?? autoDecimals(Math.max(Math.abs(lower), Math.abs(upper)));
  return `[${formatNumber(lower, decimals)}, ${formatNumber(upper, decimals)}]`;
}

/**
 * Formats a share in [0, 1] as a percentage with `digits` decimals (default 1).
 *
 * @example
 * formatShare(0.8734); // "87.3%"
 * formatShare(null);   // "—"
 */
export function formatShare(share: number | null | undefined, digits = 1): string {
  if (share === null || share === undefined || !Number.isFinite(share)) return MISSING;
  return `${formatNumber(share * 100, digits)}%`;
}

/**
 * Formats hours, adding days when the value is two days or more and minutes when it is under
 * an hour.
 *
 * @example
 * formatHours(0.75);  // "0.750 h (45 min)"
 * formatHours(5.5);   // "5.50 h"
 * formatHours(76.2);  // "76.2 h (3.2 days)"
 */
export function formatHours(hours: number | null | undefined): string {
  if (hours === null || hours === undefined || !Number.isFinite(hours)) return MISSING;
  const text = `${formatNumber(hours)} h`;
  if (Math.abs(hours) >= 48) return `${text} (${formatNumber(hours / 24, 1)} days)`;
  if (Math.abs(hours) < 1 && hours !== 0) return `${text} (${formatNumber(hours * 60, 0)} min)`;
  return text;
}
