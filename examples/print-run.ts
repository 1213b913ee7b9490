/** Shared by the preset examples: run a preset once and print its summary table. */
import { preset, runGate, runTable } from "gatesim";

/** Runs preset `name` with seed 1 and prints the run table. */
export function printPresetRun(name: string, days?: number): void {
  const scenario = preset(name);
  if (scenario === undefined) throw new Error(`unknown preset ${name}`);
  const result = runGate(days === undefined ? scenario : { ...scenario, horizonDays: days }, {
    seed: 1,
  });
  process.stdout.write(runTable(result));
}
