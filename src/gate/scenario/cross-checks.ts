/**
 * Cross-field rules of a scenario. They run even when other fields failed their own checks
 * (zod `when`), so every problem is reported at once; each reads the raw value defensively.
 */
import { checkArrivals, hasDemand } from "../arrivals/index.js";
import { checkChanges } from "../changes/index.js";
import { checkStations } from "../stations/index.js";
import { checkDoor } from "./door-schema.js";
import { checkInitialState } from "./initial-state-schema.js";
import { checkNeighbour } from "./neighbour-schema.js";
import { checkPathway } from "./pathway-checks.js";
import { type Context, checkSum, isNumber, record, records, report } from "./raw-values.js";

/** Adds an issue for every cross-field rule the scenario breaks. */
export function crossCheckScenario(value: unknown, ctx: Context): void {
  const scenario = value as Record<string, unknown>;
  if (typeof scenario !== "object" || scenario === null) return;
  const trucks = record(scenario.trucks);
  const directions = record(trucks?.directionShares);
  if (directions !== undefined) {
    checkSum(
      ctx,
      ["trucks", "directionShares"],
      [directions.export, directions.import],
      "direction shares",
    );
  }
  const classes = records(trucks?.cargoClasses);
  if (classes.length > 0)
    checkSum(
      ctx,
      ["trucks", "cargoClasses"],
      classes.map((c) => c.share),
      "cargo class shares",
    );
  const classIds = new Set<string>();
  classes.forEach((cargo, index) => {
    if (typeof cargo.id !== "string") return;
    if (classIds.has(cargo.id))
      report(
        ctx,
        ["trucks", "cargoClasses", index, "id"],
        `expected a unique cargo class id, received "${cargo.id}" twice`,
        cargo.id,
      );
    classIds.add(cargo.id);
  });
  if (
    isNumber(scenario.warmupDays) &&
    isNumber(scenario.horizonDays) &&
    scenario.warmupDays >= scenario.horizonDays
  ) {
    report(
      ctx,
      ["warmupDays"],
      `expected fewer warm-up days than horizonDays (${scenario.horizonDays}), received ${scenario.warmupDays}`,
      scenario.warmupDays,
    );
  }
  const arrivals = record(scenario.arrivals);
  if (arrivals !== undefined) checkArrivals(ctx, arrivals, scenario.horizonDays);
  const stations = records(scenario.stations);
  const stationsById = new Map<string, Record<string, unknown>>();
  for (const station of stations)
    if (typeof station.id === "string") stationsById.set(station.id, station);
  checkStations(ctx, stations, {
    stationIds: new Set(stationsById.keys()),
    cargoClassIds: classIds,
  });
  checkPathway(ctx, scenario, stationsById, classIds);
  checkDoor(ctx, scenario, classIds);
  const initialState = record(scenario.initialState);
  if (initialState !== undefined) {
    const pathwayStationIds = new Set(
      records(scenario.pathway)
        .map((step) => step.stationId)
        .filter((id): id is string => typeof id === "string" && stationsById.has(id)),
    );
    checkInitialState(ctx, initialState, { cargoClassIds: classIds, pathwayStationIds });
  }
  const neighbour = record(scenario.neighbour);
  if (scenario.changes !== undefined) {
    const drain = scenario.drainDays ?? 0;
    checkChanges(ctx, scenario.changes, {
      stationIds: new Set(stationsById.keys()),
      arrivalsKind: arrivals?.kind,
      baseTrucksPerDay: arrivals?.trucksPerDay,
      hasNeighbour: neighbour !== undefined,
      totalDays:
        isNumber(scenario.horizonDays) && isNumber(drain)
          ? scenario.horizonDays + drain
          : undefined,
    });
  }
  if (neighbour !== undefined) checkNeighbour(ctx, neighbour, ["neighbour"], hasDemand(arrivals));
}
