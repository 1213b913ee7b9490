/**
 * Field schemas that scenario parts share: shares, hours of the day, identifiers, daily opening
 * windows and shifts.
 */
import { z } from "zod";

/** A share in [0, 1]. */
export const share = z.number().finite().min(0).max(1);
/** An hour of the day in [0, 24]. */
export const hourOfDay = z.number().finite().min(0).max(24);
/** A lower-case identifier (station and cargo class ids). */
export const identifier = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]*$/, "expected a lower-case identifier of letters, digits and dashes");

/** A daily window of operation, in hours since midnight; `fromHour > toHour` wraps past midnight. */
export const OpenHoursSchema = z
  .strictObject({ fromHour: hourOfDay, toHour: hourOfDay })
  .describe("Daily opening window; fromHour > toHour wraps past midnight; 0-24 is all day")
  .meta({ id: "OpenHours" });

/** Staffing by time of day: outside every shift the station has no servers. */
export const ShiftSchema = z
  .strictObject({
    fromHour: hourOfDay,
    toHour: hourOfDay,
    servers: z.number().int().min(0).max(100_000),
  })
  .meta({ id: "Shift" });

/** A daily opening window. */
export type OpenHours = z.infer<typeof OpenHoursSchema>;
/** A staffing shift. */
export type Shift = z.infer<typeof ShiftSchema>;
