/**
 * The neighbouring side's acceptance in a scenario: trucks per day or per hour while it is
 * open, within its opening hours, paced (one truck every fixed interval) or random (Poisson).
 */
import { z } from "zod";
import { openHoursPerDay } from "../open-hours.js";
import { OpenHoursSchema } from "./fields.js";
import { type Context, isNumber, type Path, record, report } from "./raw-values.js";

/** How the other side accepts trucks: evenly spaced, or at random with the same mean rate. */
export const ACCEPTANCE_KINDS = ["paced", "poisson"] as const;

/**
 * The least acceptance rate per day: one truck in 1,000 days. Slower rates (e.g. 5e-324 trucks
 * a day) are typos, and their gaps do not fit in a finite clock.
 */
export const MIN_NEIGHBOUR_TRUCKS_PER_DAY = 0.001;
/** The least acceptance rate per open hour: one truck in 1,000 open hours. */
export const MIN_NEIGHBOUR_TRUCKS_PER_HOUR = 0.001;

/** The other side's acceptance per day, trucks/day in [0.001, 1,000,000]. */
export const neighbourTrucksPerDay = z
  .number()
  .finite()
  .min(MIN_NEIGHBOUR_TRUCKS_PER_DAY)
  .max(1_000_000);
/** The other side's acceptance per open hour, trucks/h in [0.001, 100,000]. */
export const neighbourTrucksPerHour = z
  .number()
  .finite()
  .min(MIN_NEIGHBOUR_TRUCKS_PER_HOUR)
  .max(100_000);

/** The other side's acceptance. */
export const NeighbourSchema = z
  .strictObject({
    /** Trucks it accepts per day, spread over its open hours (or give trucksPerHour). */
    trucksPerDay: neighbourTrucksPerDay
      .optional()
      .describe("Trucks it accepts per day, spread over its open hours (or give trucksPerHour)"),
    /** Trucks it accepts per open hour: longer hours accept more a day. */
    trucksPerHour: neighbourTrucksPerHour
      .optional()
      .describe("Trucks it accepts per open hour: longer hours accept more a day"),
    /** Daily window in which it accepts trucks; omitted: all day. */
    openHours: OpenHoursSchema.optional().describe("Omitted: open all day"),
    /** paced: one truck every 1/rate (default); poisson: exponential gaps at the same rate. */
    acceptance: z
      .union([z.literal("paced"), z.literal("poisson")])
      .optional()
      .describe("paced: one truck every 1/rate (default); poisson: exponential gaps, same rate"),
  })
  .describe("The other side's acceptance: trucks leave only as fast as it accepts them");

/** The neighbouring side as configured. */
export type NeighbourSpec = z.infer<typeof NeighbourSchema>;

/** Mean seconds between two acceptances while open. */
export function secondsPerAcceptance(spec: {
  readonly trucksPerDay?: number | undefined;
  readonly trucksPerHour?: number | undefined;
  readonly openHours?: { readonly fromHour: number; readonly toHour: number } | undefined;
}): number {
  if (spec.trucksPerHour !== undefined) return 3600 / spec.trucksPerHour;
  const open = openHoursPerDay(spec.openHours ?? { fromHour: 0, toHour: 24 });
  return (open * 3600) / spec.trucksPerDay!;
}

/** Trucks accepted per day at the given rate and hours. */
export function acceptedPerDay(spec: Parameters<typeof secondsPerAcceptance>[0]): number {
  const open = openHoursPerDay(spec.openHours ?? { fromHour: 0, toHour: 24 });
  return (open * 3600) / secondsPerAcceptance(spec);
}

/** Exactly one of trucksPerDay and trucksPerHour, and hours that open while trucks come. */
export function checkNeighbour(
  ctx: Context,
  raw: Readonly<Record<string, unknown>>,
  path: Path,
  hasDemand: boolean,
): void {
  if ((raw.trucksPerDay === undefined) === (raw.trucksPerHour === undefined)) {
    report(ctx, path, "expected exactly one of trucksPerDay or trucksPerHour", {
      trucksPerDay: raw.trucksPerDay,
      trucksPerHour: raw.trucksPerHour,
    });
  }
  const open = record(raw.openHours);
  if (
    open &&
    isNumber(open.fromHour) &&
    isNumber(open.toHour) &&
    openHoursPerDay({ fromHour: open.fromHour, toHour: open.toHour }) === 0 &&
    hasDemand
  ) {
    report(
      ctx,
      [...path, "openHours"],
      "expected the neighbouring side to open while trucks arrive, received an empty window",
      open,
    );
  }
}
