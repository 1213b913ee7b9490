/** Replay of observed arrival times (seconds from the start of day 0), with optional directions. */
import { z } from "zod";
import { SECONDS_PER_DAY } from "../../common/index.js";
import { DIRECTIONS, EXPORT, IMPORT } from "../encoding.js";
import { isNumber, report } from "../scenario/raw-values.js";
import type { ArrivalKind } from "./kind.js";

const schema = z.strictObject({
  /** `"trace"`: replay of observed arrival times. */
  kind: z.literal("trace"),
  /**
   * Observed arrival times in seconds from the start of day 0, non-decreasing, before the horizon.
   */
  arrivalSeconds: z
    .array(z.number().finite().min(0).max(315_360_000))
    .min(1)
    .describe("Observed arrival times in seconds from the start of day 0"),
  /**
   * Observed direction of each truck (same length as `arrivalSeconds`); omitted: drawn from the
   * direction shares.
   */
  directions: z
    .array(z.enum(DIRECTIONS))
    .optional()
    .describe("Observed direction of each truck (same length as arrivalSeconds); omitted: drawn"),
});

/** `{ kind: "trace", arrivalSeconds, directions? }`. */
export const traceArrivals: ArrivalKind<typeof schema> = {
  schema,
  start(spec, { sim, endSeconds, arrive }) {
    const times = spec.arrivalSeconds;
    const directions = spec.directions;
    let index = 0;
    const fire = (truckIndex: number): void => {
      arrive(
        directions === undefined
          ? undefined
          : directions[truckIndex] === "export"
            ? EXPORT
            : IMPORT,
      );
      scheduleNext();
    };
    const scheduleNext = (): void => {
      while (index < times.length) {
        const truckIndex = index++;
        const time = times[truckIndex]!;
        if (time >= endSeconds) return;
        if (time >= sim.now) {
          sim.scheduleAt(time, fire, truckIndex);
          return;
        }
      }
    };
    scheduleNext();
  },
  trucksPerDay: (spec, horizonDays) => spec.arrivalSeconds.length / horizonDays,
  peakTrucksPerDay(spec) {
    const perDay = new Map<number, number>();
    for (const time of spec.arrivalSeconds) {
      const day = Math.floor(time / SECONDS_PER_DAY);
      perDay.set(day, (perDay.get(day) ?? 0) + 1);
    }
    return Math.max(0, ...perDay.values());
  },
  hasDemand: (raw) => Array.isArray(raw.arrivalSeconds) && raw.arrivalSeconds.length > 0,
  check(ctx, raw, horizonDays) {
    const times = raw.arrivalSeconds;
    if (!Array.isArray(times) || !isNumber(horizonDays)) return;
    if (Array.isArray(raw.directions) && raw.directions.length !== times.length) {
      report(
        ctx,
        ["arrivals", "directions"],
        `expected ${times.length} directions (one per arrival), received ${raw.directions.length}`,
        raw.directions.length,
      );
    }
    const end = horizonDays * SECONDS_PER_DAY;
    times.forEach((time, index) => {
      if (isNumber(time) && time >= end) {
        report(
          ctx,
          ["arrivals", "arrivalSeconds", index],
          `expected an arrival before the horizon (${end} s)`,
          time,
        );
      }
      const previous = times[index - 1];
      if (index > 0 && isNumber(time) && isNumber(previous) && time < previous) {
        report(
          ctx,
          ["arrivals", "arrivalSeconds", index],
          "expected arrival times in non-decreasing order",
          time,
        );
      }
    });
  },
};
