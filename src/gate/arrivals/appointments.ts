/**
 * Truck appointment slots: every day, slots of `slotMinutes` within the opening hours, each
 * with places for `trucksPerSlot` trucks; a share is booked, some booked trucks never come, and
 * those that come are early or late by a normal lateness.
 */
import { z } from "zod";
import { SECONDS_PER_DAY, SECONDS_PER_HOUR } from "../../common/index.js";
import { normal } from "../../random/index.js";
import { openHoursPerDay } from "../open-hours.js";
import { OpenHoursSchema, share } from "../scenario/fields.js";
import { isNumber, record, report } from "../scenario/raw-values.js";
import type { ArrivalKind } from "./kind.js";

const schema = z.strictObject({
  /** `"appointments"`: trucks come for booked slots. */
  kind: z.literal("appointments"),
  /** Length of one appointment slot in minutes; the day's slots fill the opening hours. */
  slotMinutes: z.number().finite().min(1).max(1440),
  /** Places per slot, in trucks. */
  trucksPerSlot: z.number().int().min(1).max(100_000),
  /** Daily window, in hours of the day, within which the slots lie. */
  openHours: OpenHoursSchema,
  /** Share of slot capacity that is booked. */
  bookedShare: share.describe("Share of slot capacity that is booked"),
  /** Share of booked trucks that never come. */
  noShowShare: share.describe("Share of booked trucks that never come"),
  /** Mean lateness in minutes relative to a random time within the slot (negative: early). */
  latenessMeanMinutes: z.number().finite().min(-1440).max(1440),
  /** Standard deviation of the (normal) lateness in minutes; 0: every truck is late by the mean. */
  latenessSdMinutes: z.number().finite().min(0).max(1440),
});

type Spec = z.infer<typeof schema>;

function slotsPerDay(spec: Spec): number {
  return Math.floor((openHoursPerDay(spec.openHours) * 60) / spec.slotMinutes);
}

/** `{ kind: "appointments", slotMinutes, trucksPerSlot, openHours, bookedShare, … }`. */
export const appointmentArrivals: ArrivalKind<typeof schema> = {
  schema,
  start(spec, { sim, streams, endSeconds, arrive }) {
    const stream = streams.stream("appointments");
    const lateness =
      spec.latenessSdMinutes > 0
        ? normal({ mean: spec.latenessMeanMinutes * 60, sd: spec.latenessSdMinutes * 60 })
        : null;
    const slotSeconds = spec.slotMinutes * 60;
    const slots = slotsPerDay(spec);
    const planDay = (day: number): void => {
      const dayStart = day * SECONDS_PER_DAY;
      const times: number[] = [];
      for (let slot = 0; slot < slots; slot++) {
        const slotStart =
          dayStart + spec.openHours.fromHour * SECONDS_PER_HOUR + slot * slotSeconds;
        for (let place = 0; place < spec.trucksPerSlot; place++) {
          // Three draws per place, always, so a change of shares shifts no later draw.
          const booked = stream.next() < spec.bookedShare;
          const shows = stream.next() >= spec.noShowShare;
          const within = stream.next() * slotSeconds;
          const late = lateness === null ? spec.latenessMeanMinutes * 60 : lateness.sample(stream);
          if (!booked || !shows) continue;
          const time = Math.max(sim.now, slotStart + within + late);
          if (time < endSeconds) times.push(time);
        }
      }
      times.sort((a, b) => a - b);
      for (const time of times) sim.scheduleAt(time, arrive);
      const next = (day + 1) * SECONDS_PER_DAY;
      if (next < endSeconds) sim.scheduleAt(next, () => planDay(day + 1));
    };
    planDay(Math.floor(sim.now / SECONDS_PER_DAY));
  },
  trucksPerDay: (spec) =>
    slotsPerDay(spec) * spec.trucksPerSlot * spec.bookedShare * (1 - spec.noShowShare),
  peakTrucksPerDay: (spec) =>
    slotsPerDay(spec) * spec.trucksPerSlot * spec.bookedShare * (1 - spec.noShowShare),
  hasDemand: (raw) => isNumber(raw.bookedShare) && raw.bookedShare > 0 && raw.noShowShare !== 1,
  check(ctx, raw) {
    const open = record(raw.openHours);
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
  },
};
