/**
 * The parts of one gate run, assembled from a validated scenario: the stations (and the
 * neighbour's acceptance), the yard, and the source of trucks whose routes walk through them to
 * the exit. The model only wires arrivals and exits to these parts.
 */
import { SECONDS_PER_DAY } from "../common/index.js";
import type { Simulation } from "../engine/index.js";
import type { RandomStreams } from "../random/index.js";
import { makeDoor } from "./door.js";
import { Entrance } from "./entrance.js";
import { neighbourStation } from "./neighbour.js";
import { Pathway } from "./pathway.js";
import { makePatience } from "./patience.js";
import type { Scenario } from "./scenario/schema.js";
import type { Station } from "./station.js";
import { buildStations } from "./stations/build.js";
import type { GateTracer } from "./trace.js";
import type { Truck, TruckStop } from "./truck.js";
import type { TruckLedger } from "./truck-ledger.js";
import { TruckSource } from "./truck-source.js";
import { Yard } from "./yard.js";

/** The assembled gate. */
export interface GateParts {
  /** The scenario's stations, then the neighbour's acceptance if modelled. */
  readonly stations: readonly Station[];
  /** The scenario's stations only (queue series), in scenario order. */
  readonly scenarioStations: readonly Station[];
  readonly yard: Yard;
  readonly trucks: TruckSource;
  /** Where trucks get in, are refused, or give up. */
  readonly entrance: Entrance;
}

/** Builds the gate; every route ends at `exit`. */
export function assembleGate(
  sim: Simulation,
  scenario: Scenario,
  streams: RandomStreams,
  tracer: GateTracer | null,
  exit: TruckStop,
  ledger: TruckLedger,
): GateParts {
  // Trucks give up through the entrance, which needs the yard built below.
  let entrance: Entrance | null = null;
  const giveUp = (truck: Truck) => entrance!.giveUp(truck, sim.now);
  const stations = buildStations(sim, scenario, streams, tracer, giveUp);
  const classes = scenario.trucks.cargoClasses.length;
  const neighbour = scenario.neighbour
    ? neighbourStation(
        sim,
        scenario.neighbour,
        scenario.changes,
        classes,
        streams.stream("service:neighbour"),
        tracer,
        giveUp,
        scenario.warmupBy === "arrival"
          ? (scenario.warmupDays ?? 0) * SECONDS_PER_DAY
          : Number.NEGATIVE_INFINITY,
      )
    : null;
  const yard = new Yard(sim, scenario.yard, tracer, giveUp);
  const head = yard.isFinite ? [yard] : [];
  const tail = neighbour === null ? [exit] : [neighbour, exit];
  const trucks = new TruckSource(scenario, streams, new Pathway(scenario, stations, head, tail));
  const patience = makePatience(sim, scenario, streams, giveUp);
  entrance = new Entrance(ledger, yard, tracer, makeDoor(scenario, yard), patience);
  return {
    stations: neighbour === null ? stations : [...stations, neighbour],
    scenarioStations: stations,
    yard,
    trucks,
    entrance,
  };
}
