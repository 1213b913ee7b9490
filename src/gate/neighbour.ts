/**
 * The neighbouring side's acceptance, the last queue before a truck leaves: while it is open, the
 * other side takes one truck every open-seconds / trucksPerDay (or 3600 / trucksPerHour) —
 * exactly (paced) or on average (Poisson acceptance: exponential gaps). Modelled as a station
 * with one server, so its pacing, waiting line and KPIs come out like any other station's.
 */

import type { Simulation } from "../engine/index.js";
import type { RandomStream } from "../random/index.js";
import { CapacitySchedule } from "./capacity-schedule.js";
import { durationLaw } from "./durations/index.js";
import { SEGMENT_INDEX } from "./encoding.js";
import { secondsPerAcceptance } from "./scenario/neighbour-schema.js";
import type { Scenario } from "./scenario/schema.js";
import type { Station } from "./station.js";
import type { GateTracer } from "./trace.js";
import { makeStation } from "./trace-station.js";

/** The neighbour's acceptance as a station (the scenario is valid: the window opens). */
export function neighbourStation(
  sim: Simulation,
  spec: NonNullable<Scenario["neighbour"]>,
  cargoClasses: number,
  stream: RandomStream,
  tracer: GateTracer | null,
): Station {
  const openHours = spec.openHours ?? { fromHour: 0, toHour: 24 };
  const gap = secondsPerAcceptance(spec);
  const spacing = durationLaw(
    spec.acceptance === "poisson"
      ? { kind: "exponential", meanSeconds: gap }
      : { kind: "deterministic", seconds: gap },
  );
  return makeStation(
    sim,
    {
      id: "neighbour",
      kind: "other",
      segment: SEGMENT_INDEX.exit,
      schedule: new CapacitySchedule({ servers: 1, openHours }),
      laws: [0, 1].map(() => Array.from({ length: cargoClasses }, () => spacing)),
      serviceStream: stream,
      detourRule: null,
      fallbackWhenDown: -1,
      directory: [],
    },
    tracer,
  );
}
