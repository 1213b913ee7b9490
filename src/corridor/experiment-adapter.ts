/**
 * The corridor as an experiment model: replications, paired comparisons, sweeps and the capacity
 * planner run it like a gate. Its KPIs are the corridor's totals and, for each gate, the gate's
 * KPIs under `<gateId>.<key>`; its resources are every station of every gate, named
 * `<gateId>.<stationId>`, so the planner can move lanes or staff between gates.
 */
import { makeIssue } from "../common/index.js";
import { GATE_KPIS, type GateKpi, withServers } from "../gate/experiment-adapter.js";
import { runCorridor } from "./model.js";
import { CorridorError, loadCorridor } from "./parse.js";
import type { CorridorRunResult } from "./results.js";
import type { Corridor } from "./schema.js";

/** The corridor model as an experiment model: (corridor, seed, replication) → result. */
export const corridorModel = {
  /** The model's name in experiment reports. */
  name: "gatesim corridor",
  /** One run of `corridor` with the random streams of (`seed`, `replication`). */
  run(corridor: Corridor, seed: string, replication: number): CorridorRunResult {
    return runCorridor(corridor, { seed, replication });
  },
};

/** A KPI of a corridor run (structurally an experiment `KpiDefinition<CorridorRunResult>`). */
export interface CorridorKpi {
  /** A stable identifier, used in CSV and JSON output (e.g. "meanTimeInSystemHours"). */
  readonly key: string;
  /** A human-readable name for tables and charts. */
  readonly label: string;
  /** The unit of the value. */
  readonly unit: string;
  /** Whether a larger value is an improvement. */
  readonly higherIsBetter: boolean;
  /** Reads the KPI from a run's result; null when the run does not define it. */
  readonly read: (result: CorridorRunResult) => number | null;
}

/** The corridor's own KPIs: throughput, time in the corridor, trucks lost and diverted. */
export const CORRIDOR_KPIS: readonly CorridorKpi[] = [
  kpi(
    "meanClearedPerDay",
    "Trucks cleared per day, corridor",
    "trucks/day",
    true,
    (t) => t.meanClearedPerDay,
  ),
  kpi(
    "meanTimeInSystemHours",
    "Time in corridor, mean",
    "h",
    false,
    (t) => t.meanTimeInSystemHours,
  ),
  kpi("p90TimeInSystemHours", "Time in corridor, p90", "h", false, (t) => t.p90TimeInSystemHours),
  kpi("lostTrucks", "Trucks lost", "trucks", false, (t) => t.lost),
  kpi("divertedTrucks", "Trucks diverted", "trucks", false, (t) => t.diverted),
  kpi("spoiledTrucks", "Perishable trucks spoiled", "trucks", false, (t) => t.spoiled),
];

function kpi(
  key: string,
  label: string,
  unit: string,
  higherIsBetter: boolean,
  read: (totals: CorridorRunResult["totals"]) => number | null,
): CorridorKpi {
  return { key, label, unit, higherIsBetter, read: (result) => read(result.totals) };
}

/**
 * The corridor's KPIs, then every gate KPI of every gate as `<gateId>.<key>` (label prefixed
 * with the gate id).
 */
export function corridorKpis(
  corridor: Corridor,
  gateKpis: readonly GateKpi[] = GATE_KPIS,
): CorridorKpi[] {
  const perGate = corridor.gates.flatMap((gate, index) =>
    gateKpis.map(
      (gateKpi): CorridorKpi => ({
        key: `${gate.id}.${gateKpi.key}`,
        label: `${gate.id}: ${gateKpi.label}`,
        unit: gateKpi.unit,
        higherIsBetter: gateKpi.higherIsBetter,
        read: (result) => {
          const gateResult = result.gates[index]?.result;
          return gateResult === undefined ? null : gateKpi.read(gateResult);
        },
      }),
    ),
  );
  return [...CORRIDOR_KPIS, ...perGate];
}

/** The planner's resources of a corridor: every station of every gate, `<gateId>.<stationId>`. */
export function corridorResourceNames(corridor: Corridor): string[] {
  return corridor.gates.flatMap((gate) =>
    gate.scenario.stations.map((station) => `${gate.id}.${station.id}`),
  );
}

/**
 * A copy of `corridor` with the servers of the named stations replaced (`<gateId>.<stationId>`
 * → servers), validated again.
 * @throws CorridorError when a name is no gate's station, ScenarioError when a gate becomes invalid.
 */
export function withCorridorServers(
  corridor: Corridor,
  servers: Readonly<Record<string, number>>,
): Corridor {
  const known = new Set(corridorResourceNames(corridor));
  const unknown = Object.keys(servers).filter((name) => !known.has(name));
  if (unknown.length > 0) {
    const expected = `a station of a gate as <gateId>.<stationId> (${[...known].join(", ")})`;
    throw new CorridorError(unknown.map((name) => makeIssue(name, expected, name)));
  }
  const gates = corridor.gates.map((gate) => {
    const mine: Record<string, number> = {};
    for (const [name, level] of Object.entries(servers)) {
      if (name.startsWith(`${gate.id}.`)) mine[name.slice(gate.id.length + 1)] = level;
    }
    return Object.keys(mine).length === 0
      ? gate
      : { ...gate, scenario: withServers(gate.scenario, mine) };
  });
  return loadCorridor({ ...corridor, gates });
}

/** The `<gateId>.<stationId>` with the highest mean utilisation over the runs: the binding one. */
export function corridorBottleneck(results: readonly CorridorRunResult[]): string | null {
  const totals = new Map<string, number>();
  for (const result of results) {
    for (const gate of result.gates) {
      for (const station of gate.result.stations) {
        const name = `${gate.id}.${station.id}`;
        totals.set(name, (totals.get(name) ?? 0) + (station.utilisation ?? 0));
      }
    }
  }
  let best: string | null = null;
  let bestValue = Number.NEGATIVE_INFINITY;
  for (const [name, total] of totals) {
    if (total > bestValue) {
      best = name;
      bestValue = total;
    }
  }
  return best;
}
