/**
 * KPIs in detail for the replications summary (`gatesim run --json`), beside the headline
 * GATE_KPIS: each station's mean and p90 wait and queue at the end, the backlog at the start of
 * each day, the trucks lost and the day the backlog is gone — so the station waits and the
 * day-by-day backlog come with confidence intervals, not only from a single run.
 */
import { GATE_KPIS, type GateKpi } from "./experiment-adapter.js";
import type { GateRunResult } from "./results.js";
import type { Scenario } from "./scenario/schema.js";

/** The detailed KPIs of a scenario (keys `station:<id>:…`, `backlog:day<d>`, …). */
export function gateDetailKpis(scenario: Scenario): GateKpi[] {
  const stationIds = [...scenario.stations.map((station) => station.id)];
  if (scenario.neighbour !== undefined) stationIds.push("neighbour");
  const station = (result: GateRunResult, index: number) => result.stations[index];
  const kpis: GateKpi[] = stationIds.flatMap((id, index) => [
    {
      key: `station:${id}:meanWaitMinutes`,
      label: `Wait at ${id}, mean`,
      unit: "min",
      higherIsBetter: false,
      read: (r: GateRunResult) => station(r, index)?.meanWaitMinutes ?? null,
    },
    {
      key: `station:${id}:p90WaitMinutes`,
      label: `Wait at ${id}, p90`,
      unit: "min",
      higherIsBetter: false,
      read: (r: GateRunResult) => station(r, index)?.p90WaitMinutes ?? null,
    },
    {
      key: `station:${id}:queueAtEndTrucks`,
      label: `Queue at ${id} at the end`,
      unit: "trucks",
      higherIsBetter: false,
      read: (r: GateRunResult) => station(r, index)?.queueAtEndTrucks ?? null,
    },
  ]);
  const days = scenario.horizonDays + (scenario.drainDays ?? 0);
  for (let day = 0; day < days; day++) {
    kpis.push({
      key: `backlog:day${day}`,
      label: `Backlog at the start of day ${day}`,
      unit: "trucks",
      higherIsBetter: false,
      read: (r) => r.backlog.atStartOfDay[day] ?? null,
    });
  }
  kpis.push(
    {
      key: "lostTrucks",
      label: "Trucks lost (turned away, balked, reneged)",
      unit: "trucks",
      higherIsBetter: false,
      read: (r) => r.trucks.turnedAway + r.trucks.balked + r.trucks.reneged,
    },
    {
      key: "backlogClearFromDay",
      label: "Backlog gone from day",
      unit: "day",
      higherIsBetter: false,
      read: (r) => r.backlog.clearFromDay,
    },
  );
  return kpis;
}

/**
 * The KPIs `gatesim run --json` estimates over replications, in report order: the headline
 * GATE_KPIS, then the scenario's detailed ones. The CLI and the what-if page both use it, so their
 * documents list the same KPIs in the same order.
 *
 * @example
 * gateRunKpis(preset("huu-nghi-smart-2024")!)[0]!.key; // "meanClearedPerDay"
 */
export function gateRunKpis(scenario: Scenario): GateKpi[] {
  return [...GATE_KPIS, ...gateDetailKpis(scenario)];
}
