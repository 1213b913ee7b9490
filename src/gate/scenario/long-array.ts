/**
 * An array field that may hold millions of items (an arrival log, observed durations) whose
 * errors stay bounded: when more than {@link MAX_LISTED_ITEM_ISSUES} items are bad, the first
 * ones are reported with zod's own message and the rest counted in one issue, without creating
 * an issue object per bad item (3 million bad rows would otherwise take minutes and gigabytes).
 * The JSON Schema is the plain array's.
 */
import { z } from "zod";

/** Bad items reported one by one before the rest are counted. */
export const MAX_LISTED_ITEM_ISSUES = 10;

/**
 * `array` (a `z.array(...)` with its length checks), with errors bounded. `isValid` is a cheap
 * test that agrees with the element schema (it counts the bad items without building an issue
 * for each).
 */
export function longArray<T extends z.ZodType, A extends z.ZodArray<T>>(
  array: A,
  isValid: (item: unknown) => boolean,
) {
  const element = array.element;
  return z.preprocess((value, ctx) => {
    if (!Array.isArray(value) || value.length <= MAX_LISTED_ITEM_ISSUES) return value;
    let bad = 0;
    for (const item of value) if (!isValid(item)) bad++;
    if (bad <= MAX_LISTED_ITEM_ISSUES) return value;
    let listed = 0;
    for (let i = 0; i < value.length && listed < MAX_LISTED_ITEM_ISSUES; i++) {
      if (isValid(value[i])) continue;
      listed++;
      const result = element.safeParse(value[i], { reportInput: true });
      for (const issue of result.error?.issues ?? []) {
        const moved = { ...issue, path: [i, ...issue.path] };
        ctx.addIssue(moved as unknown as Parameters<typeof ctx.addIssue>[0]);
      }
    }
    ctx.addIssue({
      code: "custom",
      message: `expected every item valid, received ${bad - listed} more bad items (of ${value.length}) not listed`,
      input: value,
    });
    return value;
  }, array);
}
