/** `gatesim presets`, `gatesim schema` and `gatesim validate <file>`. */
import { preset, presetNames, scenarioJsonSchema } from "../../gate/index.js";
import { loadScenarioArg } from "../load-scenario.js";
import { print } from "../output.js";
import { shownName, shownPath } from "../shown.js";

/** Lists the presets with their descriptions. */
export function presetsCommand(json: boolean): void {
  const rows = presetNames().map((name) => ({
    name,
    description: preset(name)!.description ?? "",
  }));
  if (json) {
    print(JSON.stringify(rows, null, 2));
    return;
  }
  const width = Math.max(...rows.map((row) => row.name.length));
  print(rows.map((row) => `${row.name.padEnd(width)}  ${row.description}`).join("\n"));
}

/** Prints the scenario JSON Schema. */
export function schemaCommand(): void {
  print(JSON.stringify(scenarioJsonSchema(), null, 2));
}

/** Validates a scenario file or preset; problems throw a CliError listing them all. */
export function validateCommand(arg: string): void {
  const scenario = loadScenarioArg(arg);
  print(
    `${shownName(arg, 200)}: valid scenario ${shownPath(scenario.name)} (${scenario.stations.length} stations, ${scenario.horizonDays} days)`,
  );
}
