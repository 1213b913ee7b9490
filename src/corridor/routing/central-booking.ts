/**
 * A central booking system: the day is cut into slots of `slotMinutes`; each gate takes a number
 * of trucks per slot; a truck is given the earliest slot with room across the gates (in the same
 * slot, the gate with the smallest share of its slot booked, then corridor order) and arrives at
 * the gate at the slot's start (or at once when its slot has begun). The wait for a slot is part
 * of the truck's time in the corridor.
 */
import { z } from "zod";
import { isNumber, record, report } from "../../gate/scenario/raw-values.js";
import type { RoutingKind } from "./kind.js";

const schema = z.strictObject({
  /** `"central-booking"`: trucks are given the earliest free arrival slot across the gates. */
  kind: z.literal("central-booking"),
  /** Length of an arrival slot, minutes. */
  slotMinutes: z.number().finite().positive().max(1440),
  /** Trucks each gate takes per slot, by gate id (a gate not listed takes none). */
  trucksPerSlotByGate: z
    .record(z.string(), z.number().int().min(0).max(1_000_000))
    .describe("Trucks each gate takes per slot, by gate id (a gate not listed takes none)"),
});

/** `{ kind: "central-booking", slotMinutes, trucksPerSlotByGate }`. */
export const centralBookingRouting: RoutingKind<typeof schema> = {
  schema,
  create(spec, { sim, gates, stream }) {
    const slotSeconds = spec.slotMinutes * 60;
    const perSlot = gates.map((gate) => spec.trucksPerSlotByGate[gate.id] ?? 0);
    const booked = gates.map(() => new Map<number, number>());
    let prunedBefore = 0;
    const prune = (): void => {
      const current = Math.floor(sim.now / slotSeconds);
      if (current <= prunedBefore) return;
      for (const slots of booked)
        for (const slot of slots.keys()) if (slot < current) slots.delete(slot);
      prunedBefore = current;
    };
    return {
      route(readySeconds, excluded) {
        stream.next(); // one draw per decision, as every routing kind, so streams stay in step
        prune();
        if (!perSlot.some((room, i) => room > 0 && !excluded.has(i))) return null;
        for (let slot = Math.floor(readySeconds / slotSeconds); ; slot++) {
          let best = -1;
          let bestShare = Number.POSITIVE_INFINITY;
          for (let i = 0; i < perSlot.length; i++) {
            const room = perSlot[i]!;
            if (room === 0 || excluded.has(i)) continue;
            const taken = booked[i]!.get(slot) ?? 0;
            if (taken < room && taken / room < bestShare) {
              best = i;
              bestShare = taken / room;
            }
          }
          if (best >= 0) {
            booked[best]!.set(slot, (booked[best]!.get(slot) ?? 0) + 1);
            return { gate: best, atSeconds: Math.max(readySeconds, slot * slotSeconds) };
          }
        }
      },
    };
  },
  check(ctx, raw, gateIds) {
    const slots = record(raw.trucksPerSlotByGate);
    if (slots === undefined) return;
    for (const id of Object.keys(slots)) {
      if (!gateIds.includes(id))
        report(
          ctx,
          ["routing", "trucksPerSlotByGate", id],
          `expected a gate id of the corridor (${gateIds.join(", ")}), received "${id}"`,
          id,
        );
    }
    const values = Object.values(slots);
    if (values.every(isNumber) && !values.some((value) => value > 0))
      report(
        ctx,
        ["routing", "trucksPerSlotByGate"],
        "expected at least one gate taking trucks (a number > 0), received none",
        slots,
      );
  },
};
