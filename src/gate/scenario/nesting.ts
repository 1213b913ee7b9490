/**
 * How deeply a scenario nests, checked before the validator walks it: the validator recurses, so
 * JSON nested thousands of levels deep (a 10 KB file of brackets) would overflow the stack. A
 * real scenario nests less than ten levels; anything deeper than {@link MAX_SCENARIO_NESTING}
 * is refused as one issue at the root.
 */

/** Deepest nesting of objects and arrays a scenario may have. */
export const MAX_SCENARIO_NESTING = 64;

/**
 * Whether JSON `text` nests objects and arrays deeper than `limit` (brackets inside strings do
 * not count). Linear in the text, no recursion.
 */
export function textNestsDeeperThan(text: string, limit = MAX_SCENARIO_NESTING): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (inString) {
      if (code === 92 /* \ */) i++;
      else if (code === 34 /* " */) inString = false;
    } else if (code === 34) {
      inString = true;
    } else if (code === 123 /* { */ || code === 91 /* [ */) {
      if (++depth > limit) return true;
    } else if (code === 125 /* } */ || code === 93 /* ] */) {
      depth--;
    }
  }
  return false;
}

/**
 * Whether `value` (an object built in code) nests deeper than `limit`; a cycle counts as too
 * deep. Iterative, so it cannot overflow the stack itself.
 */
export function valueNestsDeeperThan(value: unknown, limit = MAX_SCENARIO_NESTING): boolean {
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (typeof node !== "object" || node === null) continue;
    if (depth + 1 > limit) return true;
    const children = Array.isArray(node) ? node : Object.values(node);
    for (const child of children) {
      if (typeof child === "object" && child !== null) stack.push([child, depth + 1]);
    }
  }
  return false;
}
