/**
 * Checking an edited scenario with the library's own zod schema and cross-checks, and naming each
 * problem's form field, so the page can show it beside that field.
 */
import {
  gateWarnings,
  parseScenario,
  type Scenario,
  type ScenarioIssue,
} from "../../gate/index.js";
import type { PageIssue } from "../protocol.js";

/**
 * The form's name of a library path: brackets become dots and station ids in parentheses go
 * (`stations[0](identity).servers` → `stations.0.servers`; `(root)` → ""). Checked in
 * test/app/same-answers.test.ts: the page is not part of dist/, where doc examples run.
 */
export function fieldOf(path: string): string {
  if (path === "(root)") return "";
  return path
    .replace(/\([^)]*\)/g, "")
    .replace(/\[(\d+)\]/g, ".$1")
    .replace(/^\./, "");
}

/** A library issue as the page shows it. */
export function pageIssue(issue: ScenarioIssue): PageIssue {
  return { field: fieldOf(issue.path), path: issue.path, message: issue.message };
}

/** The outcome of checking a scenario on the page. */
export type CheckedScenario =
  | {
      /** Valid. */
      readonly ok: true;
      /** The validated scenario. */
      readonly scenario: Scenario;
      /** Overload warnings (stations whose offered load reaches their capacity). */
      readonly warnings: readonly string[];
    }
  | {
      /** Invalid. */
      readonly ok: false;
      /** Every problem, each with its form field. */
      readonly issues: readonly PageIssue[];
    };

/** Validates `input` as the CLI does for a scenario file. */
export function checkScenario(input: unknown): CheckedScenario {
  const parsed = parseScenario(input);
  if (!parsed.ok) return { ok: false, issues: parsed.issues.map(pageIssue) };
  const warnings = gateWarnings(parsed.scenario).map((warning) => warning.message);
  return { ok: true, scenario: parsed.scenario, warnings };
}

/**
 * The validated scenario, or an error listing every problem.
 *
 * @throws Error whose message lists every problem, one per line.
 */
export function requireScenario(input: unknown, what: string): Scenario {
  const checked = checkScenario(input);
  if (checked.ok) return checked.scenario;
  throw new Error(
    `${what} is invalid:\n${checked.issues.map((issue) => `  - ${issue.message}`).join("\n")}`,
  );
}
