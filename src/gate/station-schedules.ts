/**
 * The calendar events that change a station's servers: its staffing schedule (opening hours,
 * shifts, closed days) and its outages (exponential time between failures, a repair law).
 * One self-rescheduling event chain each, ending at the end of the run.
 */

import { SECONDS_PER_HOUR } from "../common/index.js";
import type { Simulation } from "../engine/index.js";
import type { RandomStream, RandomStreams } from "../random/index.js";
import { durationLaw } from "./durations/index.js";
import type { Scenario } from "./scenario/schema.js";
import type { Station } from "./station.js";
import type { StationSpec } from "./stations/index.js";

/**
 * Starts every station's staffing chain (the scenario's stations, then the neighbour if any)
 * and then the outage chains of the stations that fail, each drawing from `outage:<id>`.
 */
export function startSchedules(
  sim: Simulation,
  scenario: Scenario,
  stations: readonly Station[],
  streams: RandomStreams,
  endSeconds: number,
): void {
  for (const station of stations) startStaffing(sim, station, endSeconds);
  scenario.stations.forEach((spec, index) => {
    if (spec.outages === undefined) return;
    const stream = streams.stream(`outage:${spec.id}`);
    startOutages(sim, stations[index]!, spec.outages, stream, endSeconds);
  });
}

/** Applies `station`'s staffing now and at every change of its schedule before `endSeconds`. */
export function startStaffing(sim: Simulation, station: Station, endSeconds: number): void {
  if (!station.hasStaffingChanges) return;
  const apply = (): void => {
    const next = station.applySchedule();
    if (next < endSeconds) sim.scheduleAt(next, apply);
  };
  apply();
}

/** Starts the failure–repair cycle of `station`, drawing from `stream`, until `endSeconds`. */
export function startOutages(
  sim: Simulation,
  station: Station,
  outages: NonNullable<StationSpec["outages"]>,
  stream: RandomStream,
  endSeconds: number,
): void {
  const meanUpSeconds = outages.meanHoursBetweenFailures * SECONDS_PER_HOUR;
  const repair = durationLaw(outages.repairSeconds);
  const fail = (): void => {
    station.setDown(true);
    sim.schedule(repair.sample(stream), recover);
  };
  const recover = (): void => {
    station.setDown(false);
    scheduleFailure();
  };
  const scheduleFailure = (): void => {
    const up = -Math.log(stream.nextOpen()) * meanUpSeconds;
    if (sim.now + up < endSeconds) sim.schedule(up, fail);
  };
  scheduleFailure();
}
