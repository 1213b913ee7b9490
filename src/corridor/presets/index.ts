/** The named corridor presets, as library exports and as JSON files in examples/. */
import type { Corridor } from "../schema.js";
import { langSonCorridor } from "./lang-son-corridor.js";

const PRESETS: Record<string, () => Corridor> = {
  "lang-son-corridor": langSonCorridor,
};

/** Names of the built-in corridor presets. */
export function corridorPresetNames(): string[] {
  return Object.keys(PRESETS);
}

/**
 * A fresh copy of a corridor preset, or undefined for an unknown name.
 * @example corridorPreset("lang-son-corridor")!.gates.length // 3
 */
export function corridorPreset(name: string): Corridor | undefined {
  // Own properties only: "constructor" or "__proto__" name no preset.
  return Object.hasOwn(PRESETS, name) ? PRESETS[name]!() : undefined;
}
