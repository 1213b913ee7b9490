/**
 * Starts a gate's demand: the trucks of the initial state, placed at time 0, then its arrival
 * process (with the scenario's dated demand changes) — unless a host (a corridor) brings the
 * trucks itself.
 */
import { SECONDS_PER_DAY } from "../common/index.js";
import type { Simulation } from "../engine/index.js";
import type { RandomStreams } from "../random/index.js";
import { startArrivals } from "./arrivals/index.js";
import { arrivalsWithChanges } from "./changes/index.js";
import type { Entrance } from "./entrance.js";
import { placeInitialTrucks } from "./initial-state.js";
import type { Scenario } from "./scenario/schema.js";
import type { Station } from "./station.js";
import type { TruckSource } from "./truck-source.js";

/** What starting a gate's demand needs. */
export interface DemandStart {
  readonly scenario: Scenario;
  readonly sim: Simulation;
  readonly streams: RandomStreams;
  readonly endSeconds: number;
  readonly trucks: TruckSource;
  /** The scenario's stations, in scenario order. */
  readonly scenarioStations: readonly Station[];
  readonly entrance: Entrance;
  /** Called at each arrival of the gate's own arrival process. */
  readonly arrive: (observedDirection?: number) => unknown;
}

/** Places the initial trucks and starts the arrivals (unless `externalArrivals`: a host brings them). */
export function startDemand(start: DemandStart, externalArrivals: boolean): void {
  const { scenario, sim, streams, endSeconds } = start;
  if (scenario.initialState !== undefined) {
    placeInitialTrucks(scenario.initialState, {
      scenario,
      streams,
      trucks: start.trucks,
      stations: start.scenarioStations,
      enter: (truck) => start.entrance.enter(truck, 0),
    });
  }
  if (externalArrivals) return;
  const arrivals = arrivalsWithChanges(
    scenario.arrivals,
    scenario.changes,
    endSeconds / SECONDS_PER_DAY,
  );
  startArrivals(arrivals, {
    sim,
    streams,
    endSeconds: scenario.horizonDays * SECONDS_PER_DAY,
    arrive: (direction) => start.arrive(direction),
  });
}
