/**
 * What every station kind shares: the common fields (id, servers or shifts, service laws,
 * opening hours, outages) and their cross-field checks, and a builder for kinds that add
 * nothing but a name and a segment.
 */
import { z } from "zod";
import { DurationSchema } from "../durations/index.js";
import type { Segment } from "../encoding.js";
import { openHoursPerDay } from "../open-hours.js";
import { identifier, OpenHoursSchema, ShiftSchema } from "../scenario/fields.js";
import {
  type Context,
  isNumber,
  type Path,
  record,
  records,
  report,
} from "../scenario/raw-values.js";
import type { StationKind, StationReferences } from "./kind.js";

const COMMON_FIELDS = {
  /**
   * The station's id (lower-case letters, digits and dashes), which pathway steps and fallbacks
   * name.
   */
  id: identifier,
  /** A human-readable name for people reading the scenario; the model does not use it. */
  label: z.string().optional(),
  /** Lanes, booths or officers while open; give either servers or shifts. */
  servers: z
    .number()
    .int()
    .min(0)
    .max(100_000)
    .optional()
    .describe("Lanes, booths or officers while open; give either servers or shifts"),
  /** The service time law in seconds, for trucks no more specific law covers. */
  serviceSeconds: DurationSchema,
  /**
   * Service time laws in seconds by direction, used instead of `serviceSeconds` (a cargo class's
   * law comes first).
   */
  serviceByDirection: z
    .strictObject({
      /** Service time law in seconds of export trucks. */
      export: DurationSchema.optional(),
      /** Service time law in seconds of import trucks. */
      import: DurationSchema.optional(),
    })
    .optional(),
  /**
   * Service time laws in seconds by cargo class id; they take precedence over the direction's and
   * the default law.
   */
  serviceByCargoClass: z.record(z.string(), DurationSchema).optional(),
  /** Daily opening window in hours of the day; omitted: open all day. */
  openHours: OpenHoursSchema.optional().describe("Omitted: open all day"),
  /**
   * Staffing by time of day instead of `servers` and `openHours`: outside every shift, no servers.
   */
  shifts: z.array(ShiftSchema).min(1).optional(),
  /**
   * Days of the week (0–6; day 0 of the run is day-of-week 0) on which the station is closed all
   * day.
   */
  closedDaysOfWeek: z.array(z.number().int().min(0).max(6)).optional(),
  /**
   * Random breakdowns: the station stops serving between a failure and its repair; omitted: it
   * never fails.
   */
  outages: z
    .strictObject({
      /**
       * Mean hours of operation between failures (exponentially distributed), in [0.01, 1,000,000]:
       * at most one failure every 36 seconds on average (shorter means are typos, and a mean of
       * 1e-300 h never lets the clock reach the end of the day).
       */
      meanHoursBetweenFailures: z.number().finite().min(0.01).max(1_000_000),
      /** The repair time law in seconds. */
      repairSeconds: DurationSchema,
      /**
       * While down, trucks reaching this step go to this station; omitted: they wait for repair.
       */
      fallbackStationId: identifier
        .optional()
        .describe("While down, trucks reaching this step go there; omitted: they wait for repair"),
    })
    .optional(),
};

/** The schema of a station of kind `kind`: the common fields plus `extra`. */
export function stationSchema<Kind extends string, Extra extends z.ZodRawShape>(
  kind: Kind,
  extra: Extra,
) {
  return z.strictObject({
    ...COMMON_FIELDS,
    /** The station kind, which fixes its role in the clearance and its extra fields. */
    kind: z.literal(kind),
    ...extra,
  });
}

/** A kind with the common fields only: it differs from others by name and segment. */
export function plainStationKind<Kind extends string>(
  kind: Kind,
  segment: Segment,
  description: string,
): StationKind<ReturnType<typeof stationSchema<Kind, Record<never, never>>>> {
  return { schema: stationSchema(kind, {}), segment, description };
}

/** The staffing checks every station gets: servers or shifts, hours or shifts. */
export function checkStaffing(
  ctx: Context,
  station: Readonly<Record<string, unknown>>,
  path: Path,
): void {
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
}

/** The reference checks every station gets: outage fallback, cargo classes of service laws. */
export function checkCommonReferences(
  ctx: Context,
  station: Readonly<Record<string, unknown>>,
  path: Path,
  refs: StationReferences,
): void {
  checkStationReference(
    ctx,
    [...path, "outages", "fallbackStationId"],
    record(station.outages)?.fallbackStationId,
    station.id,
    refs,
  );
  const byClass = record(station.serviceByCargoClass);
  for (const key of Object.keys(byClass ?? {})) {
    if (!refs.cargoClassIds.has(key)) {
      report(
        ctx,
        [...path, "serviceByCargoClass", key],
        `expected a cargo class id (${[...refs.cargoClassIds].join(", ")}), received "${key}"`,
        key,
      );
    }
  }
}

/** Reports `value` at `path` unless it is absent or the id of another station. */
export function checkStationReference(
  ctx: Context,
  path: Path,
  value: unknown,
  ownId: unknown,
  refs: StationReferences,
): void {
  if (typeof value !== "string") return;
  if (!refs.stationIds.has(value))
    report(ctx, path, `expected the id of a station, received "${value}"`, value);
  else if (value === ownId) report(ctx, path, "expected a station other than itself", value);
}

/** Why a raw station never serves anyone (no open hour, no day, no server), or null. */
export function neverOpens(station: Readonly<Record<string, unknown>>): string | null {
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
