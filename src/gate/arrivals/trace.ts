/** Replay of observed arrival times (seconds from the start of day 0), with optional directions. */
import { z } from "zod";
import { SECONDS_PER_DAY } from "../../common/index.js";
import { DIRECTIONS, EXPORT, IMPORT } from "../encoding.js";
import { longArray, MAX_LISTED_ITEM_ISSUES } from "../scenario/long-array.js";
import { isNumber, report } from "../scenario/raw-values.js";
import type { ArrivalKind } from "./kind.js";

/** Latest arrival time a trace may hold: ten years, in seconds. */
const MAX_ARRIVAL_SECONDS = 315_360_000;

const schema = z.strictObject({
  /** `"trace"`: replay of observed arrival times. */
  kind: z.literal("trace"),
  /**
   * Observed arrival times in seconds from the start of day 0, non-decreasing, before the horizon.
   */
  arrivalSeconds: longArray(
    z.array(z.number().finite().min(0).max(MAX_ARRIVAL_SECONDS)).min(1),
    (item) => typeof item === "number" && item >= 0 && item <= MAX_ARRIVAL_SECONDS,
  ).describe("Observed arrival times in seconds from the start of day 0"),
  /**
   * Observed direction of each truck (same length as `arrivalSeconds`); omitted: drawn from the
   * direction shares.
   */
  directions: longArray(
    z.array(z.enum(DIRECTIONS)),
    (item) => item === "export" || item === "import",
  )
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
    // At most MAX_LISTED_ITEM_ISSUES rows listed, the rest counted: a long log stays one screen.
    let bad = 0;
    const flag = (index: number, message: string, time: unknown): void => {
      if (++bad <= MAX_LISTED_ITEM_ISSUES) {
        report(ctx, ["arrivals", "arrivalSeconds", index], message, time);
      }
    };
    for (let index = 0; index < times.length; index++) {
      const time: unknown = times[index];
      if (isNumber(time) && time >= end) {
        flag(index, `expected an arrival before the horizon (${end} s)`, time);
      }
      const previous: unknown = times[index - 1];
      if (index > 0 && isNumber(time) && isNumber(previous) && time < previous) {
        flag(index, "expected arrival times in non-decreasing order", time);
      }
    }
    if (bad > MAX_LISTED_ITEM_ISSUES) {
      report(
        ctx,
        ["arrivals", "arrivalSeconds"],
        `expected every arrival valid, received ${bad - MAX_LISTED_ITEM_ISSUES} more problems not listed`,
        times.length,
      );
    }
  },
};
