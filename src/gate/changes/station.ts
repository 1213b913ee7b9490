/**
 * A station's staffing from a date: new servers, shifts, opening hours or closed days (fields
 * not given keep their value; `servers` replaces shifts and `shifts` replaces servers and hours).
 */
import { z } from "zod";
import { identifier, OpenHoursSchema, ShiftSchema } from "../scenario/fields.js";
import { report } from "../scenario/raw-values.js";
import { type ChangeKind, WHEN_FIELDS } from "./kind.js";

const schema = z.strictObject({
  /** `station`: a station's staffing changes. */
  kind: z.literal("station"),
  ...WHEN_FIELDS,
  /** The station whose staffing changes. */
  stationId: identifier,
  /** Servers while open, from the date (replaces shifts). */
  servers: z.number().int().min(0).max(100_000).optional(),
  /** Shifts from the date (replace servers and opening hours). */
  shifts: z.array(ShiftSchema).min(1).optional(),
  /** Opening hours from the date. */
  openHours: OpenHoursSchema.optional(),
  /** Days of the week closed, from the date. */
  closedDaysOfWeek: z.array(z.number().int().min(0).max(6)).optional(),
});

/** `{ kind: "station", fromDay, fromHour?, stationId, servers? | shifts?, openHours?, closedDaysOfWeek? }`. */
export const stationChange: ChangeKind<typeof schema> = {
  schema,
  description: "A station's servers, shifts, hours or closed days change from a date",
  check(ctx, raw, path, refs) {
    const id = raw.stationId;
    if (typeof id === "string" && !refs.stationIds.has(id)) {
      report(
        ctx,
        [...path, "stationId"],
        `expected the id of a station (${[...refs.stationIds].join(", ")}), received "${id}"`,
        id,
      );
    }
    if (raw.servers !== undefined && raw.shifts !== undefined) {
      report(ctx, path, "expected at most one of servers and shifts", {
        servers: raw.servers,
        shifts: raw.shifts,
      });
    }
    if (
      raw.servers === undefined &&
      raw.shifts === undefined &&
      raw.openHours === undefined &&
      raw.closedDaysOfWeek === undefined
    ) {
      report(ctx, path, "expected servers, shifts, openHours or closedDaysOfWeek to change", raw);
    }
  },
  staffing(change, stationId, before) {
    if (change.stationId !== stationId) return null;
    if (change.shifts !== undefined) {
      return {
        shifts: change.shifts,
        closedDaysOfWeek: change.closedDaysOfWeek ?? before.closedDaysOfWeek,
      };
    }
    const servers = change.servers ?? before.servers;
    return {
      ...(change.servers !== undefined || before.shifts === undefined
        ? { servers }
        : { shifts: before.shifts }),
      openHours: change.openHours ?? before.openHours,
      closedDaysOfWeek: change.closedDaysOfWeek ?? before.closedDaysOfWeek,
    };
  },
};
