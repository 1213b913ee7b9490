/**
 * Cross-field rules of a scenario. They run even when other fields failed their own checks
 * (zod `when`), so every problem is reported at once; each reads the raw value defensively.
 */
import type { z } from "zod";
import type { Scenario } from "./schema.js";

const SHARE_TOLERANCE = 1e-6;
type Context = z.RefinementCtx;
type Path = (string | number)[];

function isNumber(value: unknown): value is number {
  return typeof value === "number" && Number.isFinite(value);
}

/** The value as a plain object, or undefined (null, arrays and primitives included). */
function record(value: unknown): Record<string, unknown> | undefined {
  return typeof value === "object" && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}

function records(value: unknown): Record<string, unknown>[] {
  return Array.isArray(value)
    ? value.filter(
        (item): item is Record<string, unknown> => typeof item === "object" && item !== null,
      )
    : [];
}

function report(ctx: Context, path: Path, message: string, input: unknown): void {
  ctx.addIssue({ code: "custom", path, message, input });
}

function checkSum(ctx: Context, path: Path, values: unknown[], what: string): void {
  if (!values.every(isNumber)) return;
  const sum = values.reduce((total, value) => total + value, 0);
  if (Math.abs(sum - 1) > SHARE_TOLERANCE) {
    report(
      ctx,
      path,
      `expected ${what} summing to 1, received a sum of ${Number(sum.toFixed(9))}`,
      values,
    );
  }
}

/** Hours open per day of a window; 0 when it never opens. */
export function openHoursPerDay(window: { fromHour: number; toHour: number }): number {
  const { fromHour, toHour } = window;
  if (fromHour === toHour) return 0;
  return fromHour < toHour ? toHour - fromHour : 24 - fromHour + toHour;
}

function neverOpens(station: Record<string, unknown>): string | null {
  const open = record(station.openHours);
  if (open !== undefined && isNumber(open.fromHour) && isNumber(open.toHour)) {
    if (openHoursPerDay({ fromHour: open.fromHour, toHour: open.toHour }) === 0) {
      return `openHours ${open.fromHour}-${open.toHour} is never open`;
    }
  }
  const closed = station.closedDaysOfWeek;
  if (Array.isArray(closed) && new Set(closed).size >= 7)
    return "it is closed every day of the week";
  if (station.shifts === undefined && station.servers === 0) return "it has 0 servers";
  const shifts = records(station.shifts);
  if (
    shifts.length > 0 &&
    shifts.every((shift) => shift.servers === 0 || shift.fromHour === shift.toHour)
  ) {
    return "every shift has 0 servers or 0 hours";
  }
  return null;
}

function hasDemand(arrivals: Record<string, unknown> | undefined): boolean {
  if (arrivals === undefined) return false;
  switch (arrivals.kind) {
    case "profile":
      return isNumber(arrivals.trucksPerDay) && arrivals.trucksPerDay > 0;
    case "appointments":
      return (
        isNumber(arrivals.bookedShare) && arrivals.bookedShare > 0 && arrivals.noShowShare !== 1
      );
    case "trace":
      return Array.isArray(arrivals.arrivalSeconds) && arrivals.arrivalSeconds.length > 0;
    default:
      return false;
  }
}

function checkArrivals(
  ctx: Context,
  arrivals: Record<string, unknown>,
  horizonDays: unknown,
): void {
  if (arrivals.kind === "profile") {
    if (Array.isArray(arrivals.hourlyShares) && arrivals.hourlyShares.length === 24) {
      checkSum(ctx, ["arrivals", "hourlyShares"], arrivals.hourlyShares, "hourly shares");
    }
    records(arrivals.seasons).forEach((season, index) => {
      if (isNumber(season.fromDay) && isNumber(season.toDay) && season.fromDay >= season.toDay) {
        report(
          ctx,
          ["arrivals", "seasons", index, "toDay"],
          `expected toDay > fromDay (${season.fromDay})`,
          season.toDay,
        );
      }
    });
  } else if (arrivals.kind === "appointments") {
    const open = record(arrivals.openHours);
    if (
      open &&
      isNumber(open.fromHour) &&
      isNumber(open.toHour) &&
      openHoursPerDay({ fromHour: open.fromHour, toHour: open.toHour }) === 0
    ) {
      report(
        ctx,
        ["arrivals", "openHours"],
        "expected appointment hours that open, received an empty window",
        open,
      );
    }
  } else if (
    arrivals.kind === "trace" &&
    Array.isArray(arrivals.arrivalSeconds) &&
    isNumber(horizonDays)
  ) {
    if (
      Array.isArray(arrivals.directions) &&
      arrivals.directions.length !== arrivals.arrivalSeconds.length
    ) {
      report(
        ctx,
        ["arrivals", "directions"],
        `expected ${arrivals.arrivalSeconds.length} directions (one per arrival), received ${arrivals.directions.length}`,
        arrivals.directions.length,
      );
    }
    const end = horizonDays * 86_400;
    arrivals.arrivalSeconds.forEach((time, index) => {
      if (isNumber(time) && time >= end) {
        report(
          ctx,
          ["arrivals", "arrivalSeconds", index],
          `expected an arrival before the horizon (${end} s)`,
          time,
        );
      }
      const previous = arrivals.arrivalSeconds as unknown[];
      if (
        index > 0 &&
        isNumber(time) &&
        isNumber(previous[index - 1]) &&
        time < (previous[index - 1] as number)
      ) {
        report(
          ctx,
          ["arrivals", "arrivalSeconds", index],
          "expected arrival times in non-decreasing order",
          time,
        );
      }
    });
  }
}

function checkStations(
  ctx: Context,
  stations: Record<string, unknown>[],
  stationIds: Set<string>,
  classIds: Set<string>,
): void {
  const seen = new Set<string>();
  stations.forEach((station, index) => {
    const path: Path = ["stations", index];
    const id = station.id;
    if (typeof id === "string") {
      if (seen.has(id))
        report(ctx, [...path, "id"], `expected a unique station id, received "${id}" twice`, id);
      seen.add(id);
    }
    const hasServers = station.servers !== undefined;
    const hasShifts = station.shifts !== undefined;
    if (hasServers === hasShifts) {
      report(ctx, path, "expected exactly one of servers or shifts", {
        servers: station.servers,
        shifts: station.shifts,
      });
    }
    if (hasShifts && station.openHours !== undefined) {
      report(
        ctx,
        [...path, "openHours"],
        "expected openHours or shifts, not both (shifts define the hours)",
        station.openHours,
      );
    }
    const channels = record(station.channelShares);
    if (channels !== undefined) {
      checkSum(
        ctx,
        [...path, "channelShares"],
        [channels.green, channels.yellow, channels.red],
        "channel shares",
      );
    } else if (station.kind === "customs") {
      report(
        ctx,
        [...path, "channelShares"],
        "expected channelShares for a customs station",
        undefined,
      );
    }
    const fallback = station.fallbackStationId;
    if (
      isNumber(station.falseRejectShare) &&
      station.falseRejectShare > 0 &&
      fallback === undefined
    ) {
      report(
        ctx,
        [...path, "fallbackStationId"],
        "expected a fallback station for a positive falseRejectShare",
        undefined,
      );
    }
    for (const [fallbackPath, value] of [
      [[...path, "fallbackStationId"], fallback],
      [[...path, "outages", "fallbackStationId"], record(station.outages)?.fallbackStationId],
    ] as const) {
      if (typeof value !== "string") continue;
      if (!stationIds.has(value))
        report(ctx, [...fallbackPath], `expected the id of a station, received "${value}"`, value);
      else if (value === id)
        report(ctx, [...fallbackPath], "expected a station other than itself", value);
    }
    const byClass = station.serviceByCargoClass;
    if (typeof byClass === "object" && byClass !== null) {
      for (const key of Object.keys(byClass)) {
        if (!classIds.has(key)) {
          report(
            ctx,
            [...path, "serviceByCargoClass", key],
            `expected a cargo class id (${[...classIds].join(", ")}), received "${key}"`,
            key,
          );
        }
      }
    }
  });
}

function checkPathway(
  ctx: Context,
  scenario: Record<string, unknown>,
  stationsById: Map<string, Record<string, unknown>>,
  classIds: Set<string>,
): void {
  let channelAssigned = false;
  const demand = hasDemand(record(scenario.arrivals));
  records(scenario.pathway).forEach((step, index) => {
    const path: Path = ["pathway", index];
    const stationId = step.stationId;
    const station = typeof stationId === "string" ? stationsById.get(stationId) : undefined;
    if (typeof stationId === "string" && station === undefined) {
      report(
        ctx,
        [...path, "stationId"],
        `expected the id of a station (${[...stationsById.keys()].join(", ")}), received "${stationId}"`,
        stationId,
      );
    }
    const when = record(step.when);
    if (when?.channels !== undefined && !channelAssigned) {
      report(
        ctx,
        [...path, "when", "channels"],
        "expected a channel condition after a step with assignsChannel",
        when.channels,
      );
    }
    if (Array.isArray(when?.cargoClassIds)) {
      when.cargoClassIds.forEach((classId, classIndex) => {
        if (typeof classId === "string" && !classIds.has(classId)) {
          report(
            ctx,
            [...path, "when", "cargoClassIds", classIndex],
            `expected a cargo class id, received "${classId}"`,
            classId,
          );
        }
      });
    }
    if (step.assignsChannel === true) {
      if (channelAssigned)
        report(
          ctx,
          [...path, "assignsChannel"],
          "expected one step that assigns the channel, received a second",
          true,
        );
      if (station !== undefined && station.channelShares === undefined) {
        report(
          ctx,
          [...path, "assignsChannel"],
          `expected station "${String(stationId)}" to have channelShares`,
          true,
        );
      }
      channelAssigned = true;
    }
    if (station !== undefined && demand) {
      const reason = neverOpens(station);
      if (reason !== null) {
        report(
          ctx,
          [...path, "stationId"],
          `expected a station that opens while trucks need it: "${String(stationId)}" never serves (${reason})`,
          stationId,
        );
      }
    }
  });
}

/** Adds an issue for every cross-field rule the scenario breaks. */
export function crossCheckScenario(value: Scenario, ctx: Context): void {
  const scenario = value as unknown as Record<string, unknown>;
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
  const arrivals = record(scenario.arrivals);
  if (arrivals !== undefined) checkArrivals(ctx, arrivals, scenario.horizonDays);
  const stations = records(scenario.stations);
  const stationsById = new Map<string, Record<string, unknown>>();
  for (const station of stations)
    if (typeof station.id === "string") stationsById.set(station.id, station);
  checkStations(ctx, stations, new Set(stationsById.keys()), classIds);
  checkPathway(ctx, scenario, stationsById, classIds);
  const neighbour = record(scenario.neighbour);
  const open = record(neighbour?.openHours);
  if (
    open &&
    isNumber(open.fromHour) &&
    isNumber(open.toHour) &&
    openHoursPerDay({ fromHour: open.fromHour, toHour: open.toHour }) === 0 &&
    hasDemand(arrivals)
  ) {
    report(
      ctx,
      ["neighbour", "openHours"],
      "expected the neighbouring side to open while trucks arrive, received an empty window",
      open,
    );
  }
}
