/**
 * Parsing corridor files at the boundary: every problem at once (the gates' own included), each
 * with its path (`gates[1](tan-thanh).scenario.stations[0](customs).servers`), the bad value and
 * what was expected.
 */
import { type Issue, listIssues, makeIssue } from "../common/index.js";
import { toScenarioIssue } from "../gate/scenario/parse.js";
import { type Corridor, CorridorSchema } from "./schema.js";

/** The outcome of parsing: a corridor, or all its issues. */
export type CorridorParseResult =
  | {
      /** The corridor is valid. */
      readonly ok: true;
      /** The validated corridor. */
      readonly corridor: Corridor;
    }
  | {
      /** The corridor is invalid. */
      readonly ok: false;
      /** Every problem found, each with its path, the bad value and what was expected. */
      readonly issues: readonly Issue[];
    };

/** Thrown by {@link loadCorridor}: carries every issue. */
export class CorridorError extends Error {
  /** Always "CorridorError". */
  override readonly name = "CorridorError";
  /** Always "INVALID_CORRIDOR". */
  readonly code = "INVALID_CORRIDOR";
  constructor(
    /** Every problem found, each with its path, the bad value and what was expected. */
    readonly issues: readonly Issue[],
  ) {
    super(
      `invalid corridor (${issues.length} problem${issues.length === 1 ? "" : "s"}):\n${listIssues(
        issues,
      )
        .map((line) => `  - ${line}`)
        .join("\n")}`,
    );
  }
}

/**
 * Validates `input` (parsed JSON or an object built in code) as a corridor.
 * @example parseCorridor({ name: "x" }).ok // false (gates, demand and routing are missing)
 */
export function parseCorridor(input: unknown): CorridorParseResult {
  const result = CorridorSchema.safeParse(input, { reportInput: true });
  if (result.success) return { ok: true, corridor: result.data };
  return { ok: false, issues: result.error.issues.map((issue) => toScenarioIssue(issue, input)) };
}

/**
 * Validates `input` and returns the corridor.
 * @throws CorridorError listing every problem.
 */
export function loadCorridor(input: unknown): Corridor {
  const result = parseCorridor(input);
  if (!result.ok) throw new CorridorError(result.issues);
  return result.corridor;
}

/** Parses JSON text then validates it; a JSON syntax error becomes one issue at the root. */
export function parseCorridorJson(text: string): CorridorParseResult {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, issues: [makeIssue("(root)", "valid JSON text", undefined, detail)] };
  }
  return parseCorridor(value);
}

/** Whether parsed JSON looks like a corridor (an object with a `gates` array), not a gate. */
export function isCorridorShaped(value: unknown): boolean {
  return (
    typeof value === "object" &&
    value !== null &&
    Array.isArray((value as { gates?: unknown }).gates)
  );
}
