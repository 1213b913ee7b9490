/**
 * Turns a command-line argument into a validated scenario: a preset name, or a path to a JSON
 * scenario file. Problems become a CliError: a one-line message for a missing or unreadable
 * file, and every validation issue at once for an invalid scenario (exit code 1).
 */
import { existsSync } from "node:fs";
import { listIssues, visibleText } from "../common/index.js";
import {
  parseScenarioJson,
  preset,
  presetNames,
  type Scenario,
  type ScenarioIssue,
  withParameter,
} from "../gate/index.js";
import { readArrivalLog } from "./arrival-log.js";
import { CliError, EXIT } from "./errors.js";
import { readInputText } from "./read-input.js";
import { shownPath } from "./shown.js";

/** Flags that override a scenario's fields. */
export interface ScenarioOverrides {
  /** `--days`: the horizon. */
  readonly days?: number | undefined;
  /** `--warmup-days`: the warm-up left out of the KPIs. */
  readonly warmupDays?: number | undefined;
  /** `--arrivals`: the path of a CSV log of observed arrivals (replaces the arrivals). */
  readonly arrivals?: string | undefined;
}

/** Loads `arg` (preset or file) and applies `--days` and `--warmup-days` when given. */
export function loadScenarioArg(arg: string, overrides: ScenarioOverrides = {}): Scenario {
  let scenario = preset(arg);
  if (scenario === undefined) scenario = loadFile(arg);
  if (overrides.arrivals !== undefined) {
    const log = readArrivalLog(overrides.arrivals);
    scenario = override(scenario, "--arrivals", "arrivals", { kind: "trace", ...log });
  }
  if (overrides.days !== undefined) {
    scenario = override(scenario, "--days", "horizonDays", overrides.days);
  }
  if (overrides.warmupDays !== undefined) {
    scenario = override(scenario, "--warmup-days", "warmupDays", overrides.warmupDays);
  }
  return scenario;
}

function override(scenario: Scenario, flag: string, path: string, value: unknown): Scenario {
  try {
    return withParameter(scenario, path, value);
  } catch (error) {
    throw new CliError(
      `${flag}: ${(error as Error).message.split("\n").slice(1).join(" ").trim()}`,
      EXIT.INVALID_INPUT,
    );
  }
}

function loadFile(path: string): Scenario {
  if (!existsSync(path)) {
    throw new CliError(
      `gatesim: ${shownPath(path)} is neither a preset (${presetNames().join(", ")}) nor a readable file`,
      EXIT.INVALID_INPUT,
    );
  }
  const parsed = parseScenarioJson(readInputText(path, "scenario"));
  if (!parsed.ok) {
    const lines = problemLines(parsed.issues).map((line) => `  - ${visibleText(line)}`);
    throw new CliError(
      `gatesim: invalid scenario ${shownPath(path)} (${parsed.issues.length} problem${parsed.issues.length === 1 ? "" : "s"}):\n${lines.join("\n")}`,
      EXIT.INVALID_INPUT,
    );
  }
  return parsed.scenario;
}

/**
 * The problems as lines, at most MAX_LISTED_ISSUES then a count; the parser's own count of
 * problems it did not convert (its last issue, at "(more)") stays the last line.
 */
function problemLines(issues: readonly ScenarioIssue[]): string[] {
  const more = issues.at(-1)?.path === "(more)" ? issues.at(-1) : undefined;
  const lines = listIssues(more === undefined ? issues : issues.slice(0, -1));
  return more === undefined ? lines : [...lines, more.message];
}
