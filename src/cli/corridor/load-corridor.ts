/**
 * Recognises corridor arguments: a corridor preset name, or a JSON file shaped like a corridor
 * (an object with a `gates` array). Anything else is left to the gate path (null). An invalid
 * corridor becomes a CliError listing every problem with its path (exit 1).
 */
import { readFileSync, statSync } from "node:fs";
import {
  type Corridor,
  corridorPreset,
  isCorridorShaped,
  loadCorridor,
  parseCorridor,
} from "../../corridor/index.js";
import { CliError, EXIT } from "../errors.js";
import type { ScenarioOverrides } from "../load-scenario.js";

/** The corridor `arg` names (preset or file), with `--days`/`--warmup-days` applied; else null. */
export function corridorArg(arg: string, overrides: ScenarioOverrides = {}): Corridor | null {
  const raw = corridorPreset(arg) ?? corridorFile(arg);
  if (raw === null) return null;
  const parsed = parseCorridor(raw);
  if (!parsed.ok) {
    const lines = parsed.issues.map((issue) => `  - ${issue.message}`);
    throw new CliError(
      `gatesim: invalid corridor "${arg}" (${parsed.issues.length} problem${parsed.issues.length === 1 ? "" : "s"}):\n${lines.join("\n")}`,
      EXIT.INVALID_INPUT,
    );
  }
  return withDays(parsed.corridor, overrides);
}

/** The parsed JSON of a readable file shaped like a corridor, or null (left to the gate path). */
function corridorFile(path: string): unknown {
  try {
    if (!statSync(path).isFile()) return null;
    const value: unknown = JSON.parse(readFileSync(path, "utf8"));
    return isCorridorShaped(value) ? value : null;
  } catch {
    return null;
  }
}

/** Every gate's horizon and warm-up set from the flags (the gates share one calendar). */
function withDays(corridor: Corridor, overrides: ScenarioOverrides): Corridor {
  const days = overrides.days === undefined ? {} : { horizonDays: overrides.days };
  const warmup = overrides.warmupDays === undefined ? {} : { warmupDays: overrides.warmupDays };
  if (overrides.days === undefined && overrides.warmupDays === undefined) return corridor;
  try {
    return loadCorridor({
      ...corridor,
      gates: corridor.gates.map((gate) => ({
        ...gate,
        scenario: { ...gate.scenario, ...days, ...warmup },
      })),
    });
  } catch (error) {
    throw new CliError(
      `--days/--warmup-days: ${(error as Error).message.split("\n").slice(1).join(" ").trim()}`,
      EXIT.INVALID_INPUT,
    );
  }
}
