/** `gatesim presets`, `gatesim schema` and `gatesim validate <file>`. */
import { corridorJsonSchema, corridorPreset, corridorPresetNames } from "../../corridor/index.js";
import { preset, presetNames, scenarioJsonSchema } from "../../gate/index.js";
import { corridorArg } from "../corridor/load-corridor.js";
import { loadScenarioArg } from "../load-scenario.js";
import { print } from "../output.js";
import { shownName, shownPath } from "../shown.js";
import { warnOverloads } from "../warnings.js";

/** Lists the presets with their descriptions. */
export function presetsCommand(json: boolean): void {
  const rows = [
    ...presetNames().map((name) => ({ name, description: preset(name)!.description ?? "" })),
    ...corridorPresetNames().map((name) => ({
      name,
      description: `corridor: ${corridorPreset(name)!.description ?? ""}`,
    })),
  ];
  if (json) {
    print(JSON.stringify(rows, null, 2));
    return;
  }
  const width = Math.max(...rows.map((row) => row.name.length));
  print(rows.map((row) => `${row.name.padEnd(width)}  ${row.description}`).join("\n"));
}

/** Prints the JSON Schema of scenario files, or of corridor files. */
export function schemaCommand(corridor: boolean): void {
  print(JSON.stringify(corridor ? corridorJsonSchema() : scenarioJsonSchema(), null, 2));
}

/**
 * Validates a scenario file or preset; problems throw a CliError listing them all, overloads are
 * warned about on stderr (a valid scenario still exits 0).
 */
export function validateCommand(arg: string): void {
  const corridor = corridorArg(arg);
  if (corridor !== null) {
    const gates = corridor.gates.map((gate) => gate.id).join(", ");
    print(
      `${arg}: valid corridor "${corridor.name}" (${corridor.gates.length} gates: ${gates}; routing ${corridor.routing.kind}; ${corridor.gates[0]!.scenario.horizonDays} days)`,
    );
    return;
  }
  const scenario = loadScenarioArg(arg);
  const warnings = warnOverloads(scenario);
  print(
    `${shownName(arg, 200)}: valid scenario ${shownPath(scenario.name)} (${scenario.stations.length} stations, ${scenario.horizonDays} days)${warnings === 0 ? "" : `, with ${warnings} overload warning${warnings === 1 ? "" : "s"} (stderr)`}`,
  );
}
