/**
 * Overload warnings on stderr: a scenario whose station (or the other side) is offered more work
 * than it can do is valid and runs, but its averages hide a queue that grows without bound. The
 * warnings never change the exit code, and stay off stdout so `--json` remains one document.
 */
import { gateWarnings, type Scenario } from "../gate/index.js";

/** Writes one line per overload of `scenario` to stderr; returns how many. */
export function warnOverloads(scenario: Scenario): number {
  const warnings = gateWarnings(scenario);
  for (const warning of warnings) {
    process.stderr.write(`gatesim: warning: ${scenario.name}: ${warning.message}\n`);
  }
  return warnings.length;
}
