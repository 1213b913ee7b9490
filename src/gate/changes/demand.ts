/**
 * The arrival rate from a day on (profile arrivals): a multiplier of the scenario's demand, or a
 * new number of trucks per day. It holds until the next demand change; seasons still apply.
 */
import { z } from "zod";
import { isNumber, report } from "../scenario/raw-values.js";
import { type ChangeKind, WHEN_FIELDS } from "./kind.js";

const schema = z.strictObject({
  /** `demand`: the arrival rate changes from a day on. */
  kind: z.literal("demand"),
  ...WHEN_FIELDS,
  /** Demand from the day on, as a multiple of the scenario's trucksPerDay. */
  multiplier: z.number().finite().min(0).max(100).optional(),
  /** Or: demand from the day on, trucks per day. */
  trucksPerDay: z.number().finite().min(0).max(1_000_000).optional(),
});

/** `{ kind: "demand", fromDay, multiplier? | trucksPerDay? }`. */
export const demandChange: ChangeKind<typeof schema> = {
  schema,
  description: "Profile arrivals change their rate from a day on (a multiplier or trucks per day)",
  check(ctx, raw, path, refs) {
    if (refs.arrivalsKind !== "profile") {
      report(
        ctx,
        [...path, "kind"],
        `expected profile arrivals for a demand change, received arrivals of kind ${JSON.stringify(refs.arrivalsKind)}`,
        raw.kind,
      );
    }
    if ((raw.multiplier === undefined) === (raw.trucksPerDay === undefined)) {
      report(ctx, path, "expected exactly one of multiplier and trucksPerDay", {
        multiplier: raw.multiplier,
        trucksPerDay: raw.trucksPerDay,
      });
    }
    if (raw.trucksPerDay !== undefined && refs.baseTrucksPerDay === 0) {
      report(
        ctx,
        [...path, "trucksPerDay"],
        "expected a scenario whose arrivals.trucksPerDay is above 0 (the change scales its hourly profile)",
        raw.trucksPerDay,
      );
    }
    if (isNumber(raw.fromHour) && raw.fromHour !== 0) {
      report(
        ctx,
        [...path, "fromHour"],
        "expected 0 (demand changes take effect at the start of a day)",
        raw.fromHour,
      );
    }
  },
  demandMultiplier(change, base) {
    if (change.multiplier !== undefined) return change.multiplier;
    return base > 0 ? change.trucksPerDay! / base : 0;
  },
};
