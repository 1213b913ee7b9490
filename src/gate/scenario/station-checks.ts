/** Cross-field checks of a scenario's stations: references, channel rules, opening hours. */
import { openHoursPerDay } from "./open-hours.js";
import {
  type Context,
  checkSum,
  isNumber,
  type Path,
  record,
  records,
  report,
} from "./raw-values.js";

/** Why a station never serves anyone (no open hour, no day, no server), or null. */
export function neverOpens(station: Record<string, unknown>): string | null {
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

export function checkStations(
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
