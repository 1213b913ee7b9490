/**
 * Pieces shared by the presets. Each number names the reported figure it comes from
 * (../shared/facts/border-facts.md) or says it is an assumption.
 */
import type { Scenario } from "../scenario/schema.js";
import type { StationSpec } from "../stations/index.js";
import type { ChannelShares } from "../stations/kind.js";

type Trucks = Scenario["trucks"];

/**
 * Cargo mix at the Huu Nghi gates. Assumption: fresh fruit (durian, dragon fruit) is the
 * perishable flow at stake (facts: "fresh fruit with short shelf life"); its 72 h shelf life is
 * an assumption for trucks without cold chain. Shares are assumptions.
 */
export const HUU_NGHI_CARGO: Trucks["cargoClasses"] = [
  { id: "fresh-fruit", share: 0.35, agricultural: true, shelfLifeHours: 72 },
  { id: "other-agricultural", share: 0.15, agricultural: true },
  { id: "general", share: 0.35, agricultural: false },
  { id: "electronics", share: 0.15, agricultural: false },
];

/** Lang Son, 1 Jan–20 Apr 2025: ~77% of vehicles were imports (facts: Lao Động). */
export const LANG_SON_DIRECTIONS: Trucks["directionShares"] = { export: 0.23, import: 0.77 };

/** Normalises non-negative weights into shares summing to exactly 1 (last share absorbs rounding). */
export function shares(weights: readonly number[]): number[] {
  const total = weights.reduce((sum, w) => sum + w, 0);
  const result = weights.map((w) => w / total);
  const drift = 1 - result.reduce((sum, s) => sum + s, 0);
  result[result.length - 1]! += drift;
  return result;
}

/** Arrivals when the gate opens 07:00–21:00: trucks queue before opening (assumption). */
export const DAYTIME_ARRIVAL_SHARES = shares([
  1, 1, 1, 1, 2, 3, 5, 8, 8, 7, 7, 6, 6, 6, 6, 6, 5, 5, 4, 3, 2, 2, 1, 1,
]);

/** Arrivals at a 24 h gate: busier by day, never empty at night (assumption). */
export const ROUND_THE_CLOCK_ARRIVAL_SHARES = shares([
  3, 3, 3, 3, 3, 3, 4, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 4, 4, 4, 3, 3,
]);

/**
 * Customs risk channels at a border gate. National mix Jan–Sep 2023: green 66.6%, yellow 29.6%,
 * red 3.43%; Lang Son customs inspected 20.01% red in H1 2021 (facts). Assumption: a border gate
 * with risk-based selection sits between the two: 60% green, 30% yellow, 10% red.
 */
export const BORDER_CHANNEL_SHARES: ChannelShares = {
  green: 0.6,
  yellow: 0.3,
  red: 0.1,
};

/** The step list both gates share; the stations behind the ids differ. */
export const GATE_PATHWAY: Scenario["pathway"] = [
  { stationId: "identity" },
  { stationId: "customs", assignsChannel: true },
  { stationId: "document-check", when: { channels: ["yellow", "red"] } },
  { stationId: "inspection", when: { channels: ["red"] } },
  { stationId: "quarantine", when: { agricultural: true } },
  { stationId: "crossing" },
];

/**
 * Manual plant quarantine: sampling and inspection by hand, during office hours only.
 * Assumptions: 45 teams for the 2019 demand, ~40 min per truck. Against the intelligent system (running since 2023)
 * the reported saving is 3.5 h of mean wait per truck (facts); here that gap comes from the
 * slower service and from trucks waiting overnight for the office to open.
 */
export function manualQuarantine(
  openHours: { fromHour: number; toHour: number },
  teams = 45,
): StationSpec {
  return {
    id: "quarantine",
    kind: "quarantine",
    label: "Manual sampling and plant quarantine inspection",
    servers: teams,
    serviceSeconds: { kind: "lognormal", meanSeconds: 2400, sdSeconds: 1200 },
    openHours,
  };
}

/**
 * Intelligent quarantine: documents and images checked by the system, 24 h; physical sampling
 * only for flagged lots. Assumptions: 18 stations, ~12 min per truck.
 */
export function intelligentQuarantine(): StationSpec {
  return {
    id: "quarantine",
    kind: "quarantine",
    label: "Intelligent quarantine system",
    servers: 18,
    serviceSeconds: { kind: "lognormal", meanSeconds: 720, sdSeconds: 360 },
  };
}
