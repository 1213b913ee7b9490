/**
 * Smart or manual identity check, intelligent or manual quarantine: switching swaps the station
 * for the presets' own (the smart 2024 gate's and the manual 2019 gate's), so the page offers
 * exactly the stations the library's presets define.
 */
import { copy, type Draft } from "./draft.js";

/** The stations a switch puts in, taken from the presets. */
export interface StationTemplates {
  readonly smartIdentity: Draft;
  readonly manualIdentity: Draft;
  readonly manualBooth: Draft;
  readonly intelligentQuarantine: Draft;
  readonly manualQuarantine: Draft;
}

/** A mode switch: which station it changes and its choices. */
export interface ModeSwitch {
  /** The form's label. */
  readonly label: string;
  /** The station id it swaps. */
  readonly stationId: string;
  /** value → the template's key. */
  readonly choices: ReadonlyArray<{
    readonly value: string;
    readonly label: string;
    readonly template: keyof StationTemplates;
  }>;
}

/** The two switches. */
export const MODE_SWITCHES: readonly ModeSwitch[] = [
  {
    label: "Identity check",
    stationId: "identity",
    choices: [
      { value: "smart", label: "smart (QR, face, fingerprint)", template: "smartIdentity" },
      { value: "manual", label: "manual (paper, booths)", template: "manualIdentity" },
    ],
  },
  {
    label: "Quarantine",
    stationId: "quarantine",
    choices: [
      { value: "smart", label: "intelligent system, 24 h", template: "intelligentQuarantine" },
      { value: "manual", label: "manual sampling, office hours", template: "manualQuarantine" },
    ],
  },
];

function stationsOf(scenario: unknown): Draft[] {
  const stations = (scenario as { stations?: unknown } | null)?.stations;
  return Array.isArray(stations) ? (stations as Draft[]) : [];
}

/** The templates from the two reference presets' JSON, or null when a preset lacks one. */
export function templatesFrom(smart: unknown, manual: unknown): StationTemplates | null {
  const find = (scenario: unknown, id: string) => stationsOf(scenario).find((s) => s.id === id);
  const parts = {
    smartIdentity: find(smart, "identity"),
    manualIdentity: find(manual, "identity"),
    manualBooth: find(smart, "manual-booth"),
    intelligentQuarantine: find(smart, "quarantine"),
    manualQuarantine: find(manual, "quarantine"),
  };
  if (Object.values(parts).some((part) => part === undefined)) return null;
  return copy(parts) as unknown as StationTemplates;
}

/** The current choice of a switch: the template whose service law the station has, or "custom". */
export function currentMode(draft: Draft, mode: ModeSwitch, templates: StationTemplates): string {
  const station = stationsOf(draft).find((s) => s.id === mode.stationId);
  if (station === undefined) return "none";
  const law = JSON.stringify(station.serviceSeconds);
  const match = mode.choices.find(
    (choice) => JSON.stringify(templates[choice.template].serviceSeconds) === law,
  );
  return match?.value ?? "custom";
}

/**
 * Puts the chosen station in place of the current one; the smart identity check brings the
 * manual booth its rejected scans fall back to, when the scenario has none.
 */
export function applyMode(
  draft: Draft,
  mode: ModeSwitch,
  value: string,
  templates: StationTemplates,
): void {
  const choice = mode.choices.find((c) => c.value === value);
  const stations = stationsOf(draft);
  const index = stations.findIndex((s) => s.id === mode.stationId);
  if (choice === undefined || index < 0) return;
  stations[index] = copy(templates[choice.template]);
  const fallback = stations[index]!.fallbackStationId;
  if (typeof fallback === "string" && !stations.some((s) => s.id === fallback)) {
    stations.splice(index + 1, 0, copy(templates.manualBooth));
  }
}
