/**
 * A closure for some days (a holiday, a strike, the other side's closure): the named stations,
 * every station of the gate when none is named, and the neighbouring side when asked, have no
 * server from the date for `days` days. Trucks keep arriving and queue.
 */
import { z } from "zod";
import { SECONDS_PER_DAY } from "../../common/index.js";
import { identifier } from "../scenario/fields.js";
import { report } from "../scenario/raw-values.js";
import { type ChangeKind, changeSeconds, WHEN_FIELDS } from "./kind.js";

const schema = z.strictObject({
  /** `closure`: stations close for some days. */
  kind: z.literal("closure"),
  ...WHEN_FIELDS,
  /** How long it lasts, days (fractions allowed). */
  days: z.number().finite().positive().max(3650),
  /** The stations that close; omitted: every station of the gate. */
  stationIds: z.array(identifier).min(1).optional(),
  /** Whether the neighbouring side closes too (default false). */
  neighbour: z.boolean().optional(),
});

/** `{ kind: "closure", fromDay, fromHour?, days, stationIds?, neighbour? }`. */
export const closureChange: ChangeKind<typeof schema> = {
  schema,
  description: "Stations (default: all) and optionally the other side close for some days",
  check(ctx, raw, path, refs) {
    if (Array.isArray(raw.stationIds)) {
      raw.stationIds.forEach((id, index) => {
        if (typeof id === "string" && !refs.stationIds.has(id)) {
          report(
            ctx,
            [...path, "stationIds", index],
            `expected the id of a station (${[...refs.stationIds].join(", ")}), received "${id}"`,
            id,
          );
        }
      });
    }
    if (raw.neighbour === true && !refs.hasNeighbour) {
      report(ctx, [...path, "neighbour"], "expected a scenario with a neighbour to close", true);
    }
  },
  closure(change, stationId) {
    const applies =
      stationId === "neighbour"
        ? change.neighbour === true
        : change.stationIds === undefined || change.stationIds.includes(stationId);
    if (!applies) return null;
    const fromSeconds = changeSeconds(change);
    return { fromSeconds, toSeconds: fromSeconds + change.days * SECONDS_PER_DAY };
  },
};
