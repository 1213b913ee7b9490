/** Cross-field checks of a scenario's arrivals (against its horizon and opening hours). */
import { openHoursPerDay } from "./open-hours.js";
import { type Context, checkSum, isNumber, record, records, report } from "./raw-values.js";

export function hasDemand(arrivals: Record<string, unknown> | undefined): boolean {
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

export function checkArrivals(
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
