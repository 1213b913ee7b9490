/**
 * Puts the trucks of the scenario's initial state into the gate at time 0, before anything
 * else happens: trucks in the yard and at stations first (they hold yard slots), then those on
 * the road, each group in the order they arrived (the longest waiting first), so queues are
 * first come, first served from their real arrival.
 */
import { SECONDS_PER_HOUR } from "../common/index.js";
import type { RandomStreams } from "../random/index.js";
import { durationLaw } from "./durations/index.js";
import { DIRECTIONS } from "./encoding.js";
import type { InitialStateSpec } from "./scenario/initial-state-schema.js";
import type { Scenario } from "./scenario/schema.js";
import type { Station } from "./station.js";
import type { Truck } from "./truck.js";
import type { TruckSource } from "./truck-source.js";

/** What placing the initial trucks needs. */
export interface InitialPlacement {
  readonly scenario: Scenario;
  readonly streams: RandomStreams;
  readonly trucks: TruckSource;
  /** The scenario's stations in scenario order. */
  readonly stations: readonly Station[];
  /** Records a truck entering the system at time 0 (and traces it). */
  readonly enter: (truck: Truck) => void;
}

interface Waiting {
  readonly arrivalSeconds: number;
  readonly direction: number | null;
  readonly cargoClass: number | null;
  readonly station: Station | null;
  /** 0: in the yard or at a station; 1: on the road. */
  readonly order: number;
}

/** Places the initial state's trucks; returns how many there were. */
export function placeInitialTrucks(spec: InitialStateSpec, placement: InitialPlacement): number {
  const { scenario, streams } = placement;
  const classIds = scenario.trucks.cargoClasses.map((cargo) => cargo.id);
  const stationById = new Map(placement.stations.map((station) => [station.id, station]));
  const waitedStream = streams.stream("initial-waited");
  const waiting: Waiting[] = [];
  for (const group of spec.trucks) {
    const law = group.waitedSeconds === undefined ? null : durationLaw(group.waitedSeconds);
    const fixed = (group.waitedHours ?? 0) * SECONDS_PER_HOUR;
    const station = group.atStationId === undefined ? null : stationById.get(group.atStationId)!;
    for (let i = 0; i < group.count; i++) {
      const waited = law === null ? fixed : law.sample(waitedStream);
      waiting.push({
        arrivalSeconds: -waited,
        direction: group.direction === undefined ? null : DIRECTIONS.indexOf(group.direction),
        cargoClass: group.cargoClassId === undefined ? null : classIds.indexOf(group.cargoClassId),
        station,
        order: station !== null || group.at === "yard" ? 0 : 1,
      });
    }
  }
  // Array.prototype.sort is stable: equal keys keep the order of the scenario's groups.
  waiting.sort((a, b) => a.order - b.order || a.arrivalSeconds - b.arrivalSeconds);
  waiting.forEach((truck, id) => {
    const made = placement.trucks.initial(
      id,
      truck.arrivalSeconds,
      truck.direction,
      truck.cargoClass,
      truck.station,
    );
    placement.enter(made);
    made.moveOn();
  });
  return waiting.length;
}
