/**
 * The run-time stations of a scenario, each fully configured from its spec and its kind's
 * module: schedule, service laws and stream, detour rule, fallback while down.
 */
import { SECONDS_PER_DAY } from "../../common/index.js";
import type { Simulation } from "../../engine/index.js";
import type { RandomStreams } from "../../random/index.js";
import { stationStaffing } from "../changes/index.js";
import { SEGMENT_INDEX } from "../encoding.js";
import type { Scenario } from "../scenario/schema.js";
import { serviceLawTable } from "../service-laws.js";
import type { Station } from "../station.js";
import type { GateTracer } from "../trace.js";
import { makeStation } from "../trace-station.js";
import type { Truck } from "../truck.js";
import { stationKind } from "./index.js";
import type { StationBuildContext } from "./kind.js";

/** The scenario's stations in scenario order (index = position in `scenario.stations`). */
export function buildStations(
  sim: Simulation,
  scenario: Scenario,
  streams: RandomStreams,
  tracer: GateTracer | null,
  giveUp: (truck: Truck) => void,
): Station[] {
  const indexById = new Map(scenario.stations.map((spec, index) => [spec.id, index]));
  const stationIndex = (id: string): number => indexById.get(id)!;
  const classes = scenario.trucks.cargoClasses;
  const context: StationBuildContext = {
    streams,
    stationIndex,
    cargoClassIds: classes.map((cargo) => cargo.id),
  };
  const directory: Station[] = [];
  const waitsFrom =
    scenario.warmupBy === "arrival"
      ? (scenario.warmupDays ?? 0) * SECONDS_PER_DAY
      : Number.NEGATIVE_INFINITY;
  for (const spec of scenario.stations) {
    const kind = stationKind(spec);
    const fallback = spec.outages?.fallbackStationId;
    directory.push(
      makeStation(
        sim,
        {
          id: spec.id,
          kind: spec.kind,
          segment: SEGMENT_INDEX[kind.segment],
          schedule: stationStaffing(scenario.changes, spec.id, spec),
          laws: serviceLawTable(spec, classes),
          serviceStream: streams.stream(`service:${spec.id}`),
          detourRule: kind.detourRule?.(spec, context) ?? null,
          fallbackWhenDown: fallback === undefined ? -1 : stationIndex(fallback),
          directory,
          giveUp,
          waitsFromArrivalSeconds: waitsFrom,
        },
        tracer,
      ),
    );
  }
  return directory;
}
