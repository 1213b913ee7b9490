/**
 * The neighbouring side's acceptance, the last queue before a truck leaves: the other side takes
 * `trucksPerDay` trucks while it is open, one every open-seconds / trucksPerDay. Modelled as a
 * station with one deterministic server, so its pacing, waiting line and KPIs come out like any
 * other station's.
 */
import type { Simulation } from "../engine/index.js";
import type { RandomStream } from "../random/index.js";
import { CapacitySchedule } from "./capacity-schedule.js";
import { openHoursPerDay } from "./scenario/open-hours.js";
import type { Scenario } from "./scenario/schema.js";
import { durationLaw } from "./service-laws.js";
import { type AfterService, Station } from "./station.js";
import { SEGMENTS } from "./truck.js";

/** What the neighbour station needs besides its spec. */
export interface NeighbourSetup {
  /** Its index after the scenario's stations. */
  readonly index: number;
  readonly cargoClasses: number;
  readonly stream: RandomStream;
  /** Called when the other side has accepted a truck. */
  readonly onAccepted: AfterService;
}

/** The neighbour's acceptance as a station (the scenario is valid: the window opens). */
export function neighbourStation(
  sim: Simulation,
  spec: NonNullable<Scenario["neighbour"]>,
  setup: NeighbourSetup,
): Station {
  const openHours = spec.openHours ?? { fromHour: 0, toHour: 24 };
  const openSeconds = openHoursPerDay(openHours) * 3600;
  const spacing = durationLaw({ kind: "deterministic", seconds: openSeconds / spec.trucksPerDay });
  return new Station(sim, {
    index: setup.index,
    id: "neighbour",
    kind: "other",
    segment: SEGMENTS.indexOf("exit"),
    schedule: new CapacitySchedule({ servers: 1, openHours }),
    laws: [0, 1].map(() => Array.from({ length: setup.cargoClasses }, () => spacing)),
    serviceStream: setup.stream,
    afterService: setup.onAccepted,
  });
}
