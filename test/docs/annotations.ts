/**
 * The value comments of runnable documentation (README code blocks and `@example`s), parsed
 * and checked. A comment right after a top-level statement — on its line or on the lines
 * directly below it — is an annotation when it starts with:
 *
 * - a literal: a number (`3300`, `3,300`, `-1.875`; trailing `...` or `…` means more digits
 *   follow), a string (`"3,309 ± 12"`, `'a'`; `…` inside it matches any text), `true`, `false`,
 *   `null`, `undefined`, `NaN`, `Infinity`, an array `[1, 2]` or an object `{ n: 3, mean: 2 }`
 *   (an element or entry `…` / `...` means "and more"; a value `…` means "anything"). A number
 *   matches to the precision written: `0.912` holds for values that round to 0.912.
 * - `≈ N` (`≈ 3,300 trucks/day`): within 10% of N, or within the stated `(within X%)`.
 * - `< N`, `<= N`, `> N`, `>= N` (also `≤`, `≥`).
 * - `prints "text"`: what the statement logs, or `prints:` and the output on the comment
 *   lines below (`…` in a line matches any text, a line `…` any number of lines).
 * - `throws` (anything), `throws Name` (the error's name or code), or `throws: text` (its
 *   message contains the text).
 *
 * After a literal or a number, prose may follow after a space when it starts with a letter,
 * `(`, `=` or a dash (`// 4 = ρ/(μ − λ)`, `// ≈ 1 h`). Any other comment starting with a
 * letter is prose and not checked; one starting with anything else that does not parse is an
 * error, so a value claim cannot go unchecked by being slightly misspelt.
 */

/** What a value annotation expects. */
export type Pattern =
  | {
      readonly type: "number";
      readonly value: number;
      readonly decimals: number;
      readonly truncated: boolean;
    }
  | { readonly type: "string"; readonly value: string }
  | { readonly type: "literal"; readonly value: boolean | null | undefined | number }
  | { readonly type: "array"; readonly items: readonly Pattern[]; readonly open: boolean }
  | {
      readonly type: "object";
      readonly entries: readonly (readonly [string, Pattern])[];
      readonly open: boolean;
    }
  | { readonly type: "any" };

/** A parsed comment. */
export type Annotation =
  | { readonly kind: "value"; readonly pattern: Pattern; readonly text: string }
  | {
      readonly kind: "approx";
      readonly value: number;
      readonly relative: number;
      readonly absolute: number;
      readonly text: string;
    }
  | {
      readonly kind: "compare";
      readonly op: "<" | "<=" | ">" | ">=";
      readonly value: number;
      readonly text: string;
    }
  | { readonly kind: "prints"; readonly lines: readonly string[]; readonly text: string }
  | {
      readonly kind: "throws";
      readonly expected: string | null;
      readonly byName: boolean;
      readonly text: string;
    }
  | { readonly kind: "prose"; readonly text: string }
  | { readonly kind: "invalid"; readonly reason: string; readonly text: string };

/** ≈ without a stated tolerance: within this relative distance. */
export const DEFAULT_APPROX = 0.1;

class Cursor {
  constructor(
    readonly text: string,
    public pos = 0,
  ) {}
  skipSpace(): void {
    while (this.pos < this.text.length && /\s/.test(this.text[this.pos]!)) this.pos++;
  }
  peek(n = 1): string {
    return this.text.slice(this.pos, this.pos + n);
  }
  rest(): string {
    return this.text.slice(this.pos);
  }
  fail(what: string): never {
    throw new SyntaxError(`${what} at "${this.rest().slice(0, 30)}"`);
  }
}

const NUMBER = /^-?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?:[eE][-+]?\d+)?(?:\.\.\.|…)?/;

type NumberPattern = Extract<Pattern, { type: "number" }>;

function parseNumber(c: Cursor): NumberPattern {
  const match = NUMBER.exec(c.rest());
  if (match === null) c.fail("expected a number");
  c.pos += match[0].length;
  const raw = match[0];
  const truncated = raw.endsWith("...") || raw.endsWith("…");
  const digits = raw.replace(/\.\.\.$|…$/, "").replace(/,/g, "");
  const mantissa = digits.split(/[eE]/)[0]!;
  const exponent = Number(digits.split(/[eE]/)[1] ?? 0);
  const decimals = (mantissa.split(".")[1]?.length ?? 0) - exponent;
  return { type: "number", value: Number(digits), decimals, truncated };
}

function parseString(c: Cursor): Pattern {
  const quote = c.peek();
  c.pos++;
  let value = "";
  for (;;) {
    if (c.pos >= c.text.length) c.fail(`unterminated string`);
    const ch = c.text[c.pos++]!;
    if (ch === quote) break;
    if (ch === "\\") {
      const next = c.text[c.pos++];
      const escapes: Record<string, string> = { n: "\n", r: "\r", t: "\t", "0": "\0" };
      if (next === "u") {
        value += String.fromCharCode(Number.parseInt(c.text.slice(c.pos, c.pos + 4), 16));
        c.pos += 4;
      } else value += next === undefined ? "" : (escapes[next] ?? next);
    } else value += ch;
  }
  return { type: "string", value };
}

function isEllipsis(c: Cursor): boolean {
  return c.peek(3) === "..." || c.peek() === "…";
}

function skipEllipsis(c: Cursor): void {
  c.pos += c.peek() === "…" ? 1 : 3;
}

function parseValue(c: Cursor): Pattern {
  c.skipSpace();
  const ch = c.peek();
  if (ch === '"' || ch === "'" || ch === "`") return parseString(c);
  if (ch === "[") {
    c.pos++;
    const items: Pattern[] = [];
    let open = false;
    for (;;) {
      c.skipSpace();
      if (c.peek() === "]") break;
      if (isEllipsis(c)) {
        skipEllipsis(c);
        open = true;
      } else items.push(parseValue(c));
      c.skipSpace();
      if (c.peek() === ",") c.pos++;
      else if (c.peek() !== "]") c.fail("expected , or ]");
    }
    c.pos++;
    return { type: "array", items, open };
  }
  if (ch === "{") {
    c.pos++;
    const entries: [string, Pattern][] = [];
    let open = false;
    for (;;) {
      c.skipSpace();
      if (c.peek() === "}") break;
      if (isEllipsis(c)) {
        skipEllipsis(c);
        open = true;
      } else {
        let key: string;
        if (c.peek() === '"' || c.peek() === "'") {
          key = (parseString(c) as { value: string }).value;
        } else {
          const match = /^[A-Za-z_$][\w$]*/.exec(c.rest());
          if (match === null) c.fail("expected a key");
          key = match[0];
          c.pos += key.length;
        }
        c.skipSpace();
        if (c.peek() !== ":") c.fail("expected :");
        c.pos++;
        entries.push([key, parseValue(c)]);
      }
      c.skipSpace();
      if (c.peek() === ",") c.pos++;
      else if (c.peek() !== "}") c.fail("expected , or }");
    }
    c.pos++;
    return { type: "object", entries, open };
  }
  if (isEllipsis(c)) {
    skipEllipsis(c);
    return { type: "any" };
  }
  for (const [word, value] of [
    ["true", true],
    ["false", false],
    ["null", null],
    ["undefined", undefined],
    ["NaN", Number.NaN],
    ["-Infinity", -Infinity],
    ["Infinity", Infinity],
  ] as const) {
    if (c.rest().startsWith(word) && !/^[\w$]/.test(c.text.slice(c.pos + word.length))) {
      c.pos += word.length;
      return { type: "literal", value };
    }
  }
  return parseNumber(c);
}

/** Prose may follow a value after a space when it starts with a letter, "(", "=" or a dash. */
function checkTrailing(rest: string): string | null {
  if (rest.trim() === "") return null;
  if (/^\s+[\p{L}(=—–-]/u.test(rest)) return null;
  return `unexpected "${rest.trim().slice(0, 20)}" after the value (write prose after a space, e.g. "// ≈ 1.14 (0.8 / 0.7)")`;
}

const STARTS_LIKE_VALUE =
  /^(?:-?\d|["'`[{]|≈|<|>|≤|≥|\.\.\.|…|(?:true|false|null|undefined|NaN|-?Infinity)\b)/;

/** Parses one comment's text (without the `//`). */
export function parseAnnotation(comment: string): Annotation {
  const text = comment.trim();
  try {
    if (/^prints:\s*$/.test(text)) return { kind: "prints", lines: [], text };
    if (/^prints\s/.test(text)) {
      const c = new Cursor(text, "prints".length);
      c.skipSpace();
      const ch = c.peek();
      if (ch !== '"' && ch !== "'" && ch !== "`") {
        return {
          kind: "invalid",
          reason: 'write prints "text" or prints: and the lines below',
          text,
        };
      }
      const printed = parseString(c) as { value: string };
      const trailing = checkTrailing(c.rest());
      if (trailing !== null) return { kind: "invalid", reason: trailing, text };
      return { kind: "prints", lines: printed.value.split("\n"), text };
    }
    if (/^throws\b/.test(text)) {
      const after = text.slice("throws".length);
      if (after.trim() === "") return { kind: "throws", expected: null, byName: false, text };
      if (after.startsWith(":")) {
        return { kind: "throws", expected: after.slice(1).trim(), byName: false, text };
      }
      const name = /^\s+([A-Za-z_$][\w$]*)\s*$/.exec(after)?.[1];
      if (name !== undefined) return { kind: "throws", expected: name, byName: true, text };
      return { kind: "invalid", reason: "write throws, throws Name or throws: message", text };
    }
    if (!STARTS_LIKE_VALUE.test(text)) return { kind: "prose", text };
    if (text.startsWith("≈")) {
      const c = new Cursor(text, 1);
      c.skipSpace();
      const number = parseNumber(c);
      if (number.truncated) c.fail("expected a number after ≈");
      const rest = c.rest();
      const within = /^\s*\(within\s+([\d.]+)(%?)\)/.exec(rest);
      const trailing = checkTrailing(within ? rest.slice(within[0].length) : rest);
      if (trailing !== null) return { kind: "invalid", reason: trailing, text };
      const stated = within ? Number(within[1]) : null;
      return {
        kind: "approx",
        value: number.value,
        relative: stated === null ? DEFAULT_APPROX : within![2] === "%" ? stated / 100 : 0,
        absolute:
          stated !== null && within![2] !== "%"
            ? stated
            : number.value === 0
              ? 0.5 * 10 ** -number.decimals
              : 0,
        text,
      };
    }
    const comparison = /^(<=|>=|<|>|≤|≥)\s*/.exec(text);
    if (comparison !== null) {
      const c = new Cursor(text, comparison[0].length);
      const number = parseNumber(c);
      const trailing = checkTrailing(c.rest().replace(/^:/, " "));
      if (trailing !== null) return { kind: "invalid", reason: trailing, text };
      const op =
        ({ "≤": "<=", "≥": ">=" } as Record<string, string>)[comparison[1]!] ?? comparison[1]!;
      return { kind: "compare", op: op as "<" | "<=" | ">" | ">=", value: number.value, text };
    }
    const c = new Cursor(text);
    const pattern = parseValue(c);
    const trailing = checkTrailing(c.rest());
    if (trailing !== null) return { kind: "invalid", reason: trailing, text };
    return { kind: "value", pattern, text };
  } catch (error) {
    return { kind: "invalid", reason: (error as Error).message, text };
  }
}

/** True when a string literal in the comment is not closed on this line (it continues below). */
export function isUnterminatedString(comment: string): boolean {
  const text = comment.trim();
  const start = /^(?:prints\s+)?(["'`])/.exec(text);
  if (start === null) return false;
  const quote = start[1]!;
  let i = start[0].length;
  while (i < text.length) {
    if (text[i] === "\\") i += 2;
    else if (text[i] === quote) return false;
    else i++;
  }
  return true;
}

function wildcardRegExp(expected: string): RegExp {
  const parts = expected.split("…").map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  return new RegExp(`^${parts.join("[\\s\\S]*")}$`);
}

/** Does a text match an expected text with `…` wildcards? */
export function matchesText(actual: string, expected: string): boolean {
  return expected.includes("…") ? wildcardRegExp(expected).test(actual) : actual === expected;
}

/** Do printed lines match the expected ones (a line `…` matches any number of lines)? */
export function matchesLines(actual: readonly string[], expected: readonly string[]): boolean {
  const trim = (line: string) => line.replace(/\s+$/, "");
  const go = (i: number, j: number): boolean => {
    if (j === expected.length) return i === actual.length;
    if (expected[j]!.trim() === "…") {
      for (let k = i; k <= actual.length; k++) if (go(k, j + 1)) return true;
      return false;
    }
    return (
      i < actual.length && matchesText(trim(actual[i]!), trim(expected[j]!)) && go(i + 1, j + 1)
    );
  };
  return go(0, 0);
}

function numberMatches(actual: unknown, pattern: Extract<Pattern, { type: "number" }>): boolean {
  if (typeof actual !== "number" || !Number.isFinite(actual)) return false;
  const unit = 10 ** -pattern.decimals;
  const slack = 1e-9 * Math.max(1, Math.abs(pattern.value));
  if (pattern.truncated) {
    return Math.abs(actual - pattern.value) < unit + slack;
  }
  return Math.abs(actual - pattern.value) <= 0.5 * unit + slack;
}

/** Why `actual` does not match `pattern`, or null when it does. */
export function mismatch(actual: unknown, pattern: Pattern, path = "value"): string | null {
  const show = (value: unknown) => {
    try {
      return typeof value === "string"
        ? JSON.stringify(value)
        : String(JSON.stringify(value) ?? value);
    } catch {
      return String(value);
    }
  };
  switch (pattern.type) {
    case "any":
      return null;
    case "number":
      return numberMatches(actual, pattern)
        ? null
        : `${path}: expected ${pattern.value}${pattern.truncated ? "…" : ""} (to ${Math.max(0, pattern.decimals)} decimals), got ${show(actual)}`;
    case "string":
      return typeof actual === "string" && matchesText(actual, pattern.value)
        ? null
        : `${path}: expected ${JSON.stringify(pattern.value)}, got ${show(actual)}`;
    case "literal":
      return Object.is(actual, pattern.value)
        ? null
        : `${path}: expected ${String(pattern.value)}, got ${show(actual)}`;
    case "array": {
      if (!Array.isArray(actual)) return `${path}: expected an array, got ${show(actual)}`;
      if (
        pattern.open ? actual.length < pattern.items.length : actual.length !== pattern.items.length
      ) {
        return `${path}: expected ${pattern.open ? "at least " : ""}${pattern.items.length} items, got ${actual.length}: ${show(actual)}`;
      }
      for (let i = 0; i < pattern.items.length; i++) {
        const problem = mismatch(actual[i], pattern.items[i]!, `${path}[${i}]`);
        if (problem !== null) return problem;
      }
      return null;
    }
    case "object": {
      if (typeof actual !== "object" || actual === null) {
        return `${path}: expected an object, got ${show(actual)}`;
      }
      const record = actual as Record<string, unknown>;
      for (const [key, item] of pattern.entries) {
        const problem = mismatch(record[key], item, `${path}.${key}`);
        if (problem !== null) return problem;
      }
      if (!pattern.open) {
        const expected = new Set(pattern.entries.map(([key]) => key));
        const extra = Object.keys(record).filter((key) => !expected.has(key));
        if (extra.length > 0)
          return `${path}: unexpected keys ${extra.join(", ")} (end the object with … if more keys are fine)`;
      }
      return null;
    }
  }
}

/** Why `actual` fails a value, ≈ or comparison annotation, or null when it holds. */
export function checkValue(actual: unknown, annotation: Annotation): string | null {
  switch (annotation.kind) {
    case "value":
      return mismatch(actual, annotation.pattern);
    case "approx": {
      if (typeof actual !== "number" || !Number.isFinite(actual)) {
        return `expected a number ≈ ${annotation.value}, got ${String(actual)}`;
      }
      const tolerance = Math.max(
        annotation.relative * Math.abs(annotation.value),
        annotation.absolute,
      );
      return Math.abs(actual - annotation.value) <= tolerance
        ? null
        : `expected ${annotation.value} ± ${tolerance}, got ${actual}`;
    }
    case "compare": {
      if (typeof actual !== "number")
        return `expected a number ${annotation.op} ${annotation.value}, got ${String(actual)}`;
      const ok =
        annotation.op === "<"
          ? actual < annotation.value
          : annotation.op === "<="
            ? actual <= annotation.value
            : annotation.op === ">"
              ? actual > annotation.value
              : actual >= annotation.value;
      return ok ? null : `expected a number ${annotation.op} ${annotation.value}, got ${actual}`;
    }
    default:
      return `not a value annotation: ${annotation.text}`;
  }
}
