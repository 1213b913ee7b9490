/**
 * Parsing scenarios at the boundary: every problem at once, each with its path, the bad value
 * and what was expected — never a stack trace, a NaN downstream, or a silently applied default.
 */
import type { z } from "zod";
import { type Issue, listIssues, makeIssue, renderValue } from "../../common/index.js";
import { MAX_SCENARIO_NESTING, textNestsDeeperThan, valueNestsDeeperThan } from "./nesting.js";
import { type Scenario, ScenarioSchema } from "./schema.js";

/** Most issues converted from one failed parse; the rest are counted in a last issue. */
const MAX_KEPT_ISSUES = 1000;

/** One problem found in a scenario: the common issue shape of every layer. */
export type ScenarioIssue = Issue;

/** The outcome of parsing: a scenario, or all its issues. */
export type ScenarioParseResult =
  | {
      /** The scenario is valid. */
      readonly ok: true;
      /** The validated scenario. */
      readonly scenario: Scenario;
    }
  | {
      /** The scenario is invalid. */
      readonly ok: false;
      /** Every problem found, each with its path, the bad value and what was expected. */
      readonly issues: readonly ScenarioIssue[];
    };

/** Thrown by {@link loadScenario}: carries every issue. */
export class ScenarioError extends Error {
  /** Always "ScenarioError". */
  override readonly name = "ScenarioError";
  /** Always "INVALID_SCENARIO". */
  readonly code = "INVALID_SCENARIO";
  constructor(
    /** Every problem found, each with its path, the bad value and what was expected. */
    readonly issues: readonly ScenarioIssue[],
  ) {
    super(
      `invalid scenario (${issues.length} problem${issues.length === 1 ? "" : "s"}):\n${listIssues(
        issues,
      )
        .map((line) => `  - ${line}`)
        .join("\n")}`,
    );
  }
}

/** Validates `input` (parsed JSON or an object built in code). */
export function parseScenario(input: unknown): ScenarioParseResult {
  if (valueNestsDeeperThan(input)) return tooDeep("objects and arrays nested");
  let result: ReturnType<typeof ScenarioSchema.safeParse>;
  try {
    result = ScenarioSchema.safeParse(input, { reportInput: true });
  } catch (error) {
    // A getter that throws or a proxy in an object built in code: still an input problem.
    return {
      ok: false,
      issues: [
        issue(
          "(root)",
          "a plain JSON-like object",
          `one whose reading fails (${renderValue(String(error))})`,
        ),
      ],
    };
  }
  if (result.success) {
    // "$schema" only tells an editor where the schema is: the model never sees it.
    const { $schema: _editorSchema, ...scenario } = result.data;
    return { ok: true, scenario };
  }
  return { ok: false, issues: limitedIssues(result.error.issues, input) };
}

/** The issues of a failed parse, converted; past a bound, counted rather than converted. */
function limitedIssues(raw: readonly z.core.$ZodIssue[], input: unknown): ScenarioIssue[] {
  const shown = raw.slice(0, MAX_KEPT_ISSUES).map((one) => toScenarioIssue(one, input));
  const rest = raw.length - shown.length;
  if (rest > 0) {
    shown.push(
      issue(
        "(more)",
        "no further problems",
        `${rest} more problem${rest === 1 ? "" : "s"} not listed`,
      ),
    );
  }
  return shown;
}

function tooDeep(what: string): ScenarioParseResult {
  return {
    ok: false,
    issues: [
      issue("(root)", `${what} at most ${MAX_SCENARIO_NESTING} levels deep`, "deeper nesting"),
    ],
  };
}

/**
 * Validates `input` and returns the scenario.
 * @throws ScenarioError listing every problem.
 */
export function loadScenario(input: unknown): Scenario {
  const result = parseScenario(input);
  if (!result.ok) throw new ScenarioError(result.issues);
  return result.scenario;
}

/**
 * Parses JSON text then validates it; never throws. A JSON syntax error, or nesting deeper than
 * 64 levels (checked before the validator, which would overflow the stack), becomes one issue at
 * the root; a leading UTF-8 byte-order mark is ignored.
 */
export function parseScenarioJson(text: string): ScenarioParseResult {
  if (typeof text !== "string") {
    return { ok: false, issues: [makeIssue("(root)", "JSON text (a string)", text)] };
  }
  // A UTF-8 byte-order mark (some Windows editors write one) is not part of the JSON.
  const json = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (textNestsDeeperThan(json)) return tooDeep("JSON nested");
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      issues: [issue("(root)", "valid JSON text", detail)],
    };
  }
  return parseScenario(value);
}

function issue(path: string, expected: string, received: string): ScenarioIssue {
  return makeIssue(path, expected, undefined, received);
}

function renderPath(segments: readonly PropertyKey[], input: unknown): string {
  let text = "";
  let node: unknown = input;
  for (const segment of segments) {
    if (typeof segment === "number") {
      text += `[${segment}]`;
      node = Array.isArray(node) ? node[segment] : undefined;
      const id = (node as { id?: unknown } | undefined)?.id;
      if (typeof id === "string" && id.length <= 40) text += `(${id})`;
    } else {
      text += text === "" ? String(segment) : `.${String(segment)}`;
      node =
        typeof node === "object" && node !== null
          ? (node as Record<PropertyKey, unknown>)[segment]
          : undefined;
    }
  }
  return text === "" ? "(root)" : text;
}

function bound(kind: "min" | "max", raw: z.core.$ZodIssue): string {
  const details = raw as unknown as {
    origin?: string;
    minimum?: unknown;
    maximum?: unknown;
    inclusive?: boolean;
    exact?: boolean;
  };
  const limit = String(kind === "min" ? details.minimum : details.maximum);
  if (details.origin === "array") {
    if (details.exact) return `an array of exactly ${limit} items`;
    return kind === "min"
      ? `an array of at least ${limit} items`
      : `an array of at most ${limit} items`;
  }
  if (details.origin === "string")
    return kind === "min"
      ? `a string of at least ${limit} characters`
      : `at most ${limit} characters`;
  const op = kind === "min" ? (details.inclusive ? ">=" : ">") : details.inclusive ? "<=" : "<";
  return `a number ${op} ${limit}`;
}

function expectation(raw: z.core.$ZodIssue): string {
  switch (raw.code) {
    case "invalid_type":
      return raw.expected === "number" ? "a finite number" : `a value of type ${raw.expected}`;
    case "too_small":
      return bound("min", raw);
    case "too_big":
      return bound("max", raw);
    case "invalid_value":
      return `one of ${raw.values.map((v) => JSON.stringify(v)).join(", ")}`;
    case "unrecognized_keys":
      return "only known fields (check spelling and units in the name, e.g. meanSeconds)";
    case "invalid_union": {
      const options = (raw as unknown as { options?: unknown[] }).options;
      if (options) return `kind one of ${options.map((o) => JSON.stringify(o)).join(", ")}`;
      const literals = literalOptions(raw);
      return literals === null
        ? "one of the allowed forms"
        : `one of ${literals.map((v) => JSON.stringify(v)).join(", ")}`;
    }
    case "not_multiple_of":
      return `a multiple of ${String(raw.divisor)}`;
    case "invalid_format":
      return raw.message.replace(/^Invalid string: /, "");
    case "custom":
      return raw.message.replace(/^expected /, "").replace(/, received .*$/, "");
    default:
      return raw.message;
  }
}

/** The values of a union of literals (each branch failed as an invalid value), or null. */
function literalOptions(raw: z.core.$ZodIssue): unknown[] | null {
  const branches = (raw as unknown as { errors?: z.core.$ZodIssue[][] }).errors;
  if (branches === undefined || branches.length === 0) return null;
  const values: unknown[] = [];
  for (const branch of branches) {
    const only = branch.length === 1 ? branch[0] : undefined;
    if (only?.code !== "invalid_value") return null;
    values.push(...only.values);
  }
  return values;
}

/** One zod issue as a scenario issue: its path (with ids), what was expected, the bad value. */
export function toScenarioIssue(raw: z.core.$ZodIssue, input: unknown): ScenarioIssue {
  let segments: PropertyKey[] = [...raw.path];
  let received: string;
  if (raw.code === "unrecognized_keys") {
    received = raw.keys.map((key) => JSON.stringify(key)).join(", ");
  } else if (
    raw.code === "invalid_union" &&
    (raw as unknown as { discriminator?: string }).discriminator
  ) {
    const discriminator = (raw as unknown as { discriminator: string }).discriminator;
    if (segments[segments.length - 1] !== discriminator) segments = [...segments, discriminator];
    received = renderValue((raw.input as Record<string, unknown> | undefined)?.[discriminator]);
  } else if (raw.code === "custom" && /, received /.test(raw.message)) {
    received = raw.message.replace(/^.*, received /, "");
  } else {
    received = renderValue(raw.input);
  }
  return issue(renderPath(segments, input), expectation(raw), received);
}
