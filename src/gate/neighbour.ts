/**
 * The neighbouring side's acceptance, the last queue before a truck leaves: while it is open, the
 * other side takes one truck every open-seconds / trucksPerDay (or 3600 / trucksPerHour) —
 * exactly (paced) or on average (Poisson acceptance: exponential gaps). Modelled as a station
 * with one server, so its pacing, waiting line and KPIs come out like any other station's.
 * Dated changes may give it new rates, hours or pacing from a date, and closures.
 */
import type { Simulation } from "../engine/index.js";
import type { Distribution, RandomStream } from "../random/index.js";
import { type ChangeSpec, neighbourOverTime } from "./changes/index.js";
import { durationLaw } from "./durations/index.js";
import { SEGMENT_INDEX } from "./encoding.js";
import { phasedSchedule } from "./phased-schedule.js";
import { type NeighbourSpec, secondsPerAcceptance } from "./scenario/neighbour-schema.js";
import type { Station } from "./station.js";
import type { GateTracer } from "./trace.js";
import { makeStation } from "./trace-station.js";
import type { Truck } from "./truck.js";

const ALL_DAY = { fromHour: 0, toHour: 24 };

/** The gaps between acceptances of one phase. */
function gapLaw(spec: NeighbourSpec): Distribution {
  const gap = secondsPerAcceptance(spec);
  return durationLaw(
    spec.acceptance === "poisson"
      ? { kind: "exponential", meanSeconds: gap }
      : { kind: "deterministic", seconds: gap },
  );
}

/**
 * The gap law in force now: the phase's own law, chosen by the simulated time (a service starts
 * under the acceptance in force when it starts).
 */
function phasedGaps(
  starts: readonly number[],
  laws: readonly Distribution[],
  sim: Simulation,
): Distribution {
  const lawNow = (): Distribution => {
    let index = 0;
    while (index + 1 < starts.length && starts[index + 1]! <= sim.now) index += 1;
    return laws[index]!;
  };
  return {
    kind: "phased",
    mean: laws[0]!.mean,
    variance: laws[0]!.variance,
    sample: (stream) => lawNow().sample(stream),
    describe: () => `phased(${laws.map((law) => law.describe()).join(", ")})`,
  };
}

/** The neighbour's acceptance as a station (the scenario is valid: its windows open). */
export function neighbourStation(
  sim: Simulation,
  spec: NeighbourSpec,
  changes: readonly ChangeSpec[] | undefined,
  cargoClasses: number,
  stream: RandomStream,
  tracer: GateTracer | null,
  giveUp: (truck: Truck) => void,
  waitsFromArrivalSeconds = Number.NEGATIVE_INFINITY,
): Station {
  const { phases, closures } = neighbourOverTime(changes, spec);
  const schedule = phasedSchedule(
    phases.map((phase) => ({
      fromSeconds: phase.fromSeconds,
      staffing: { servers: 1, openHours: phase.spec.openHours ?? ALL_DAY },
    })),
    closures,
  );
  const laws = phases.map((phase) => gapLaw(phase.spec));
  const gaps =
    laws.length === 1
      ? laws[0]!
      : phasedGaps(
          phases.map((p) => p.fromSeconds),
          laws,
          sim,
        );
  return makeStation(
    sim,
    {
      id: "neighbour",
      kind: "other",
      segment: SEGMENT_INDEX.exit,
      schedule,
      laws: [0, 1].map(() => Array.from({ length: cargoClasses }, () => gaps)),
      serviceStream: stream,
      detourRule: null,
      fallbackWhenDown: -1,
      directory: [],
      giveUp,
      waitsFromArrivalSeconds,
    },
    tracer,
  );
}
