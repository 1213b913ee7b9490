/**
 * The calendar events that change a station's servers: its staffing schedule (opening hours,
 * shifts, closed days) and its outages (exponential time between failures, a repair law).
 * One self-rescheduling event chain each, ending at the end of the run.
 */
import type { Simulation } from "../engine/index.js";
import type { RandomStream } from "../random/index.js";
import type { StationSpec } from "./scenario/schema.js";
import { durationLaw } from "./service-laws.js";
import type { Station } from "./station.js";

/** Applies `station`'s staffing now and at every change of its schedule before `endSeconds`. */
export function startStaffing(sim: Simulation, station: Station, endSeconds: number): void {
  if (station.schedule.isConstant) return;
  const apply = (): void => {
    station.applySchedule();
    const next = station.schedule.nextChangeAfter(sim.now);
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
  const meanUpSeconds = outages.meanHoursBetweenFailures * 3600;
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
