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
  .strictObject({
    /** Opening hour of the day, 0–24 (fractions allowed: 7.5 is 07:30). */
    fromHour: hourOfDay,
    /** Closing hour of the day, 0–24; before `fromHour`: the window wraps past midnight. */
    toHour: hourOfDay,
  })
  .describe("Daily opening window; fromHour > toHour wraps past midnight; 0-24 is all day")
  .meta({ id: "OpenHours" });

/** Staffing by time of day: outside every shift the station has no servers. */
export const ShiftSchema = z
  .strictObject({
    /** Hour of the day the shift starts, 0–24. */
    fromHour: hourOfDay,
    /** Hour of the day the shift ends, 0–24; before `fromHour`: the shift wraps past midnight. */
    toHour: hourOfDay,
    /** Servers on duty during the shift (overlapping shifts add up). */
    servers: z.number().int().min(0).max(100_000),
  })
  .meta({ id: "Shift" });

/**
 * A daily opening window, in hours of the day.
 * @interface
 */
export type OpenHours = z.infer<typeof OpenHoursSchema>;
/**
 * A staffing shift: servers on duty between two hours of the day.
 * @interface
 */
export type Shift = z.infer<typeof ShiftSchema>;
