/**
 * Trucks at a fixed interval (a convoy schedule, a booking system that releases one truck every
 * few minutes, or a deterministic input for D/G/c checks): one truck every `intervalSeconds`
 * from `startSeconds` until the horizon ends. Times are start + k × interval, so they do not drift.
 */
import { z } from "zod";
import { SECONDS_PER_DAY } from "../../common/index.js";
import { isNumber, report } from "../scenario/raw-values.js";
import type { ArrivalKind } from "./kind.js";

const schema = z.strictObject({
  /** `"fixed-interval"`: one truck every `intervalSeconds`. */
  kind: z.literal("fixed-interval"),
  /** Seconds between consecutive trucks. */
  intervalSeconds: z.number().finite().min(1).max(315_360_000),
  /** Time of the first truck, seconds from the start of day 0 (default 0). */
  startSeconds: z
    .number()
    .finite()
    .min(0)
    .max(315_360_000)
    .optional()
    .describe("Time of the first truck, seconds from the start of day 0 (default 0)"),
});

/** `{ kind: "fixed-interval", intervalSeconds, startSeconds? }`. */
export const fixedIntervalArrivals: ArrivalKind<typeof schema> = {
  schema,
  start(spec, { sim, endSeconds, arrive }) {
    const first = spec.startSeconds ?? 0;
    let k = Math.max(0, Math.ceil((sim.now - first) / spec.intervalSeconds));
    const fire = (): void => {
      arrive();
      scheduleNext();
    };
    const scheduleNext = (): void => {
      const time = first + k * spec.intervalSeconds;
      k += 1;
      if (time < endSeconds) sim.scheduleAt(time, fire);
    };
    scheduleNext();
  },
  trucksPerDay: (spec) => SECONDS_PER_DAY / spec.intervalSeconds,
  peakTrucksPerDay: (spec) => SECONDS_PER_DAY / spec.intervalSeconds,
  hasDemand: (raw) => isNumber(raw.intervalSeconds) && raw.intervalSeconds > 0,
  check(ctx, raw, horizonDays) {
    const end = isNumber(horizonDays) ? horizonDays * SECONDS_PER_DAY : undefined;
    if (end !== undefined && isNumber(raw.startSeconds) && raw.startSeconds >= end) {
      report(
        ctx,
        ["arrivals", "startSeconds"],
        `expected a first truck before the horizon (${end} s)`,
        raw.startSeconds,
      );
    }
  },
};
