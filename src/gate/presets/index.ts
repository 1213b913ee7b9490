/** The named presets, as library exports and as JSON files in examples/. */
import type { Scenario } from "../scenario/schema.js";
import { huuNghiManual2019 } from "./huu-nghi-manual-2019.js";
import { huuNghiSmart2024, huuNghiSmartManualQuarantine } from "./huu-nghi-smart-2024.js";
import { langSonRecordDay } from "./lang-son-record-day.js";
import { manualFruitSeason } from "./manual-fruit-season.js";
import { smartDoubled } from "./smart-doubled.js";

/** A Map, so that names every object inherits (`constructor`, `toString`) are not presets. */
const PRESETS: ReadonlyMap<string, () => Scenario> = new Map([
  ["huu-nghi-manual-2019", huuNghiManual2019],
  ["huu-nghi-smart-2024", huuNghiSmart2024],
  ["lang-son-record-day", langSonRecordDay],
  ["smart-doubled", smartDoubled],
  ["huu-nghi-manual-fruit-season", manualFruitSeason],
  ["huu-nghi-smart-manual-quarantine", huuNghiSmartManualQuarantine],
]);

/** Names of the built-in presets. */
export function presetNames(): string[] {
  return [...PRESETS.keys()];
}

/** A fresh copy of a preset scenario, or undefined for an unknown name. */
export function preset(name: string): Scenario | undefined {
  return PRESETS.get(name)?.();
}
