/**
 * What the gate tells the capacity planner before it simulates anything, and how long to
 * simulate: the least servers each station needs for its queue to stay finite (from the
 * offered load with its opening hours), and the warm-up of a steady-state run (MSER-5 on the
 * queue series of a pilot run).
 */
import { mser5 } from "../stats/index.js";
import { withServers } from "./experiment-adapter.js";
import { type GateLoadOptions, gateLoad } from "./load.js";
import type { GateRunResult } from "./results.js";
import type { Scenario } from "./scenario/schema.js";

/**
 * The least servers of each named station under which its offered load stays below what it
 * offers, i.e. the least c with offered load < c × (the share of the week one server is open
 * and up). With fewer, the station's queue grows without bound, so no steady-state target on
 * waiting or throughput can hold: a valid lower bound for a capacity plan. Computed at the
 * arrivals' day-0 demand (or `options.trucksPerDay`): with seasons or demand changes, pass the
 * demand the plan is for.
 *
 * @throws ScenarioError when a station id is unknown.
 * @example
 * gateServerLowerBounds(preset("smart-doubled")!, ["customs", "crossing"]);
 * // { customs: 14, crossing: 69 } (offered loads 13.75 and 68.75 servers, open 24 h)
 */
export function gateServerLowerBounds(
  scenario: Scenario,
  stationIds: readonly string[],
  options: GateLoadOptions = {},
): Record<string, number> {
  // Offered load does not depend on the servers; with one server each, `meanServers` is the
  // share of the week one server is available (hours, closed days, outages).
  const single = withServers(scenario, Object.fromEntries(stationIds.map((id) => [id, 1])));
  const load = gateLoad(single, options);
  const bounds: Record<string, number> = {};
  for (const id of stationIds) {
    const station = load.stations.find((s) => s.id === id)!;
    bounds[id] =
      station.meanServers > 0 && station.offeredServers > 0
        ? Math.floor(station.offeredServers / station.meanServers) + 1
        : 1;
  }
  return bounds;
}

/** The warm-up {@link steadyStateWarmup} chose. */
export interface SteadyStateWarmup {
  /** Whole days to leave out of the KPIs (at least `minDays`). */
  readonly warmupDays: number;
  /** Hours MSER-5 truncated from the pilot's series (before rounding up to days). */
  readonly truncatedHours: number;
  /** False when MSER-5's minimum fell at the end of its search: the transient may be longer. */
  readonly reliable: boolean;
}

/**
 * The warm-up of a steady-state question, from a pilot run: MSER-5 on the trucks in the gate
 * (road queue + yard) at each sample of `queueOverTime`, rounded up to whole days, at least
 * `minDays` (default 1).
 *
 * @example
 * const pilot = runGate(preset("smart-doubled")!, { seed: "pilot" });
 * steadyStateWarmup(pilot).warmupDays; // 1 (the doubled gate fills within hours)
 */
export function steadyStateWarmup(pilot: GateRunResult, minDays = 1): SteadyStateWarmup {
  const { road, yard, intervalHours } = pilot.queueOverTime;
  const inGate = road.map((r, i) => r + (yard[i] ?? 0));
  if (inGate.length < 10) return { warmupDays: minDays, truncatedHours: 0, reliable: false };
  const mser = mser5(inGate);
  const hours = mser.truncateObservations * intervalHours;
  return {
    warmupDays: Math.max(minDays, Math.ceil(hours / 24)),
    truncatedHours: hours,
    reliable: mser.reliable,
  };
}
