/**
 * Defensive readers of raw scenario values for the cross-field checks, which run even when
 * other fields failed (so a value may be anything), and the one way they report an issue.
 */
import type { z } from "zod";

/** How far a list of shares may sum from 1 (rounding in hand-written JSON). */
export const SHARE_TOLERANCE = 1e-6;
export type Context = z.RefinementCtx;
export type Path = (string | number)[];

/** A finite number. */
export function isNumber(value: unknown): value is number {
  return typeof value === "number" && Number.isFinite(value);
}

/** The value as a plain object, or undefined (null, arrays and primitives included). */
export function record(value: unknown): Record<string, unknown> | undefined {
  return typeof value === "object" && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}

/** The plain objects of an array (other items dropped), or [] for a non-array. */
export function records(value: unknown): Record<string, unknown>[] {
  return Array.isArray(value)
    ? value.filter(
        (item): item is Record<string, unknown> => typeof item === "object" && item !== null,
      )
    : [];
}

/** Adds one custom issue at `path`. */
export function report(ctx: Context, path: Path, message: string, input: unknown): void {
  ctx.addIssue({ code: "custom", path, message, input });
}

/** Reports `values` at `path` unless they are numbers summing to 1 (within the tolerance). */
export function checkSum(ctx: Context, path: Path, values: unknown[], what: string): void {
  if (!values.every(isNumber)) return;
  const sum = values.reduce((total, value) => total + value, 0);
  if (Math.abs(sum - 1) > SHARE_TOLERANCE) {
    report(
      ctx,
      path,
      `expected ${what} summing to 1, received a sum of ${Number(sum.toFixed(9))}`,
      values,
    );
  }
}
