/**
 * The gate as an experiment model: what replications, paired comparisons, sweeps and the
 * capacity planner need to run it, read its KPIs and change its resources. The shapes are
 * structural (the experiment layer's `ExperimentModel` and `KpiDefinition`), so the gate does
 * not import the experiment layer, and a worker thread can load `gateModel` by name.
 */

import { isPrototypeKey, makeIssue, ownValue, renderValue } from "../common/index.js";
import { runGate } from "./model.js";
import type { GateRunResult } from "./results.js";
import { loadScenario, ScenarioError } from "./scenario/parse.js";
import type { Scenario } from "./scenario/schema.js";

/** The gate model as an experiment model: (scenario, seed, replication) → result. */
export const gateModel = {
  /** The model's name in experiment reports. */
  name: "gatesim border gate",
  /**
   * One run of `scenario` with the random streams of (`seed`, `replication`); `limits.maxEvents`
   * replaces the default event budget (`gateEventBudget(scenario)`).
   */
  run(
    scenario: Scenario,
    seed: string,
    replication: number,
    limits?: { readonly maxEvents?: number },
  ): GateRunResult {
    const maxEvents = limits?.maxEvents;
    return runGate(scenario, {
      seed,
      replication,
      ...(maxEvents === undefined ? {} : { maxEvents }),
    });
  },
};

/** A KPI of a gate run (structurally an experiment `KpiDefinition<GateRunResult>`). */
export interface GateKpi {
  /** A stable identifier, used in CSV and JSON output (e.g. "meanClearedPerDay"). */
  readonly key: string;
  /** A human-readable name for tables and charts. */
  readonly label: string;
  /** The unit of the value (e.g. "trucks/day", "h"). */
  readonly unit: string;
  /** Whether a larger value is an improvement (throughput) or not (waiting, backlog). */
  readonly higherIsBetter: boolean;
  /** Reads the KPI from a run's result; null when the run does not define it. */
  readonly read: (result: GateRunResult) => number | null;
}

/** The KPIs planners compare: throughput, time in system, backlog, spoilage, road queue. */
export const GATE_KPIS: readonly GateKpi[] = [
  {
    key: "meanClearedPerDay",
    label: "Trucks cleared per day",
    unit: "trucks/day",
    higherIsBetter: true,
    read: (r) => r.throughput.meanClearedPerDay,
  },
  {
    key: "meanTimeInSystemHours",
    label: "Time in system, mean",
    unit: "h",
    higherIsBetter: false,
    read: (r) => r.timeInSystem.meanHours,
  },
  {
    key: "p90TimeInSystemHours",
    label: "Time in system, p90",
    unit: "h",
    higherIsBetter: false,
    read: (r) => r.timeInSystem.p90Hours,
  },
  {
    key: "shareWithin24h",
    label: "Cleared within 24 h",
    unit: "share",
    higherIsBetter: true,
    read: (r) => r.timeInSystem.shareWithin24h,
  },
  {
    key: "backlogMaxTrucks",
    label: "Backlog, peak",
    unit: "trucks",
    higherIsBetter: false,
    read: (r) => r.backlog.maxTrucks,
  },
  {
    key: "backlogAtEndTrucks",
    label: "Backlog at end",
    unit: "trucks",
    higherIsBetter: false,
    read: (r) => r.backlog.atEndTrucks,
  },
  {
    key: "spoiledTrucks",
    label: "Perishable trucks spoiled",
    unit: "trucks",
    higherIsBetter: false,
    read: (r) => r.trucks.spoiled,
  },
  {
    key: "spoiledShare",
    label: "Perishables spoiled",
    unit: "share",
    higherIsBetter: false,
    read: (r) => r.trucks.spoiledShareOfPerishables,
  },
  {
    key: "roadQueueMaxTrucks",
    label: "Road queue, peak",
    unit: "trucks",
    higherIsBetter: false,
    read: (r) => r.yard.maxRoadQueueTrucks,
  },
];

/** The station with the highest mean utilisation over the runs: the binding one. */
export function gateBottleneck(results: readonly GateRunResult[]): string | null {
  const totals = new Map<string, number>();
  for (const result of results) {
    for (const station of result.stations) {
      totals.set(station.id, (totals.get(station.id) ?? 0) + (station.utilisation ?? 0));
    }
  }
  let best: string | null = null;
  let bestValue = Number.NEGATIVE_INFINITY;
  for (const [id, total] of totals) {
    if (total > bestValue) {
      best = id;
      bestValue = total;
    }
  }
  return best;
}

/**
 * A copy of `scenario` with the servers of the named stations replaced, validated again.
 * @throws ScenarioError when a station is unknown or the result is invalid.
 */
export function withServers(
  scenario: Scenario,
  servers: Readonly<Record<string, number>>,
): Scenario {
  const ids = new Set(scenario.stations.map((station) => station.id));
  const unknown = Object.keys(servers).filter((id) => !ids.has(id));
  const copy = structuredClone(scenario) as Scenario;
  const stations = copy.stations.map((station) => {
    const level = ownValue(servers, station.id);
    return level === undefined ? station : { ...station, servers: level, shifts: undefined };
  });
  if (unknown.length > 0) {
    throw new ScenarioError(
      unknown.map((id) => ({
        path: `stations.${id}`,
        expected: `a station id (${[...ids].join(", ")})`,
        received: JSON.stringify(id),
        message: `stations.${id}: expected a station id (${[...ids].join(", ")}), received ${JSON.stringify(id)}`,
      })),
    );
  }
  return loadScenario({ ...copy, stations: stations.map(dropUndefined) });
}

/**
 * A copy of `scenario` with one parameter changed, validated again. `path` is dotted; station
 * fields are addressed by id: `stations.identity.servers`, `arrivals.trucksPerDay`, `horizonDays`.
 * Array items are found by id or index; only the scenario's own fields are followed, and a
 * segment such as `__proto__` or `constructor` is refused, so no path reaches a prototype.
 * @throws ScenarioError when the path does not exist or the result is invalid.
 */
export function withParameter(scenario: Scenario, path: string, value: unknown): Scenario {
  const parts = String(path).split(".");
  const copy = structuredClone(scenario) as unknown as Record<string, unknown>;
  let node: unknown = copy;
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    const last = i === parts.length - 1;
    if (isPrototypeKey(part)) throw pathError(path, parts, i, "names no field of a scenario");
    if (Array.isArray(node)) {
      const at = itemIndex(node, part);
      if (at === -1) throw pathError(path, parts, i, "which does not exist");
      if (last) node[at] = value;
      else node = node[at];
    } else if (typeof node === "object" && node !== null) {
      const record = node as Record<string, unknown>;
      if (last) {
        Object.defineProperty(record, part, {
          value,
          writable: true,
          enumerable: true,
          configurable: true,
        });
      } else {
        node = ownValue(record, part);
      }
    } else {
      node = undefined;
    }
    if (!last && (node === undefined || node === null || typeof node !== "object")) {
      throw pathError(path, parts, i, "which does not exist");
    }
  }
  return loadScenario(copy);
}

/** The index of the array item with id `part`, else of the item at index `part`, else -1. */
function itemIndex(items: readonly unknown[], part: string): number {
  const byId = items.findIndex(
    (item) => typeof item === "object" && item !== null && (item as { id?: unknown }).id === part,
  );
  if (byId !== -1) return byId;
  return /^(0|[1-9][0-9]*)$/.test(part) && Number(part) < items.length ? Number(part) : -1;
}

function pathError(path: string, parts: readonly string[], i: number, why: string): ScenarioError {
  return new ScenarioError([
    makeIssue(
      path,
      "a parameter path of the scenario (station fields by id, e.g. stations.identity.servers)",
      undefined,
      `${renderValue(parts.slice(0, i + 1).join("."))}, ${why}`,
    ),
  ]);
}

function dropUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
