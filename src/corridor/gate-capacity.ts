/**
 * A gate's clearing capacity from its definition alone (no simulation): the trucks per day its
 * bottleneck can clear at full use — each station's capacity over the share of the gate's trucks
 * that reach it, and the other side's daily acceptance — for the routing's expected waits.
 */
import { HOURS_PER_DAY } from "../common/index.js";
import { gateLoad } from "../gate/load.js";
import { acceptedPerDay } from "../gate/scenario/neighbour-schema.js";
import type { Scenario } from "../gate/scenario/schema.js";

/** Demand at which station shares are computed (any positive value gives the same shares). */
const PROBE_TRUCKS_PER_DAY = 1000;

/** Trucks per hour the gate clears at full use of its bottleneck (Infinity: no limit found). */
export function gateCapacityTrucksPerHour(scenario: Scenario): number {
  const load = gateLoad(scenario, { trucksPerDay: PROBE_TRUCKS_PER_DAY });
  let perDay = Number.POSITIVE_INFINITY;
  for (const station of load.stations) {
    if (station.capacityTrucksPerDay === null || station.trucksPerDay <= 0) continue;
    const share = station.trucksPerDay / PROBE_TRUCKS_PER_DAY;
    perDay = Math.min(perDay, station.capacityTrucksPerDay / share);
  }
  if (scenario.neighbour !== undefined)
    perDay = Math.min(perDay, acceptedPerDay(scenario.neighbour));
  return perDay / HOURS_PER_DAY;
}
