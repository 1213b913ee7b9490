/**
 * The neighbouring side's acceptance from a date: a new daily or hourly rate, new hours, or a
 * new kind of acceptance (fields not given keep their value; a rate replaces the other rate).
 */
import { z } from "zod";
import { OpenHoursSchema } from "../scenario/fields.js";
import { neighbourTrucksPerDay, neighbourTrucksPerHour } from "../scenario/neighbour-schema.js";
import { report } from "../scenario/raw-values.js";
import { type ChangeKind, WHEN_FIELDS } from "./kind.js";

const schema = z.strictObject({
  /** `neighbour`: the other side's acceptance changes. */
  kind: z.literal("neighbour"),
  ...WHEN_FIELDS,
  /** Trucks per day from the date (replaces trucksPerHour). */
  trucksPerDay: neighbourTrucksPerDay.optional(),
  /** Trucks per open hour from the date (replaces trucksPerDay). */
  trucksPerHour: neighbourTrucksPerHour.optional(),
  /** Opening hours from the date. */
  openHours: OpenHoursSchema.optional(),
  /** paced or poisson from the date. */
  acceptance: z.union([z.literal("paced"), z.literal("poisson")]).optional(),
});

/** `{ kind: "neighbour", fromDay, fromHour?, trucksPerDay? | trucksPerHour?, openHours?, acceptance? }`. */
export const neighbourChange: ChangeKind<typeof schema> = {
  schema,
  description: "The other side's daily or hourly acceptance, hours or pacing change from a date",
  check(ctx, raw, path, refs) {
    if (!refs.hasNeighbour) {
      report(ctx, path, "expected a scenario with a neighbour to change", raw.kind);
    }
    if (raw.trucksPerDay !== undefined && raw.trucksPerHour !== undefined) {
      report(ctx, path, "expected at most one of trucksPerDay and trucksPerHour", {
        trucksPerDay: raw.trucksPerDay,
        trucksPerHour: raw.trucksPerHour,
      });
    }
  },
  neighbour(change, before) {
    const rate =
      change.trucksPerDay !== undefined
        ? { trucksPerDay: change.trucksPerDay }
        : change.trucksPerHour !== undefined
          ? { trucksPerHour: change.trucksPerHour }
          : before.trucksPerDay !== undefined
            ? { trucksPerDay: before.trucksPerDay }
            : { trucksPerHour: before.trucksPerHour! };
    const openHours = change.openHours ?? before.openHours;
    const acceptance = change.acceptance ?? before.acceptance;
    return {
      ...rate,
      ...(openHours === undefined ? {} : { openHours }),
      ...(acceptance === undefined ? {} : { acceptance }),
    };
  },
};
