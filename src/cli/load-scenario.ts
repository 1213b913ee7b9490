/**
 * Turns a command-line argument into a validated scenario: a preset name, or a path to a JSON
 * scenario file. Problems become a CliError: a one-line message for a missing or unreadable
 * file, and every validation issue at once for an invalid scenario (exit code 1).
 */
import { readFileSync, statSync } from "node:fs";
import {
  parseScenarioJson,
  preset,
  presetNames,
  type Scenario,
  withParameter,
} from "../gate/index.js";
import { CliError, EXIT } from "./errors.js";

/** Flags that override a scenario's fields. */
export interface ScenarioOverrides {
  /** `--days`: the horizon. */
  readonly days?: number | undefined;
  /** `--warmup-days`: the warm-up left out of the KPIs. */
  readonly warmupDays?: number | undefined;
}

/** Loads `arg` (preset or file) and applies `--days` and `--warmup-days` when given. */
export function loadScenarioArg(arg: string, overrides: ScenarioOverrides = {}): Scenario {
  let scenario = preset(arg);
  if (scenario === undefined) scenario = loadFile(arg);
  if (overrides.days !== undefined) {
    scenario = override(scenario, "--days", "horizonDays", overrides.days);
  }
  if (overrides.warmupDays !== undefined) {
    scenario = override(scenario, "--warmup-days", "warmupDays", overrides.warmupDays);
  }
  return scenario;
}

function override(scenario: Scenario, flag: string, path: string, value: number): Scenario {
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
  let stats: ReturnType<typeof statSync>;
  try {
    stats = statSync(path);
  } catch {
    throw new CliError(
      `gatesim: "${path}" is neither a preset (${presetNames().join(", ")}) nor a readable file`,
      EXIT.INVALID_INPUT,
    );
  }
  if (stats.isDirectory()) {
    throw new CliError(
      `gatesim: "${path}" is a directory; expected a scenario JSON file or a preset name`,
      EXIT.INVALID_INPUT,
    );
  }
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    throw new CliError(
      `gatesim: cannot read "${path}": ${(error as NodeJS.ErrnoException).code ?? String(error)}`,
      EXIT.INVALID_INPUT,
    );
  }
  const parsed = parseScenarioJson(text);
  if (!parsed.ok) {
    const lines = parsed.issues.map((issue) => `  - ${issue.message}`);
    throw new CliError(
      `gatesim: invalid scenario "${path}" (${parsed.issues.length} problem${parsed.issues.length === 1 ? "" : "s"}):\n${lines.join("\n")}`,
      EXIT.INVALID_INPUT,
    );
  }
  return parsed.scenario;
}
