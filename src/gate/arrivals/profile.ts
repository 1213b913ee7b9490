/**
 * Time-varying Poisson arrivals: trucks per day spread over the hours of the day, scaled by
 * day-of-week and seasonal multipliers, sampled by thinning (Lewis–Shedler).
 */
import { z } from "zod";
import { ThinningArrivals } from "../../random/index.js";
import { share } from "../scenario/fields.js";
import { checkSum, isNumber, records, report } from "../scenario/raw-values.js";
import type { ArrivalKind } from "./kind.js";

const schema = z.strictObject({
  /** `"profile"`: time-varying Poisson arrivals. */
  kind: z.literal("profile"),
  /** Expected trucks per day before the day-of-week and season multipliers. */
  trucksPerDay: z.number().finite().min(0).max(1_000_000),
  /** Share of a day's trucks arriving in each hour, 24 values from midnight (sums to 1). */
  hourlyShares: z
    .array(share)
    .length(24)
    .describe("Share of a day's trucks arriving in each hour (sums to 1)"),
  /**
   * Demand multiplier for each day of the week, 7 values, day 0 of the run first (default all 1).
   */
  dayOfWeekMultipliers: z
    .array(z.number().finite().min(0).max(100))
    .length(7)
    .optional()
    .describe("Demand multiplier for each day of the week, day 0 of the run first"),
  /**
   * Demand multipliers over day ranges [fromDay, toDay), e.g. a fruit-season surge; overlapping
   * seasons multiply.
   */
  seasons: z
    .array(
      z.strictObject({
        /** The season's name, for people reading the scenario. */
        name: z.string().min(1),
        /** First day of the season (day 0 is the first day of the run). */
        fromDay: z.number().int().min(0).max(36_500),
        /** Day after the season's last day (exclusive), greater than `fromDay`. */
        toDay: z.number().int().min(1).max(36_500),
        /** Factor on the arrival rate during the season (0 stops arrivals). */
        multiplier: z.number().finite().min(0).max(100),
      }),
    )
    .optional()
    .describe("Demand multipliers over day ranges [fromDay, toDay), e.g. a fruit-season surge"),
});

/** `{ kind: "profile", trucksPerDay, hourlyShares, dayOfWeekMultipliers?, seasons? }`. */
export const profileArrivals: ArrivalKind<typeof schema> = {
  schema,
  start(spec, { sim, streams, endSeconds, arrive }) {
    const thinning = new ThinningArrivals({
      ratePerHourByHourOfDay: spec.hourlyShares.map((hourShare) => hourShare * spec.trucksPerDay),
      ...(spec.dayOfWeekMultipliers ? { dayOfWeekMultipliers: spec.dayOfWeekMultipliers } : {}),
      ...(spec.seasons
        ? {
            seasonalMultipliers: spec.seasons.map((season) => ({
              fromDay: season.fromDay,
              toDay: season.toDay,
              multiplier: season.multiplier,
            })),
          }
        : {}),
    });
    const stream = streams.stream("arrivals");
    const fire = (): void => {
      arrive();
      scheduleNext();
    };
    const scheduleNext = (): void => {
      const time = thinning.next(stream, sim.now);
      if (time < endSeconds) sim.scheduleAt(time, fire);
    };
    scheduleNext();
  },
  trucksPerDay: (spec) => spec.trucksPerDay,
  peakTrucksPerDay(spec, horizonDays) {
    let peak = 0;
    for (let day = 0; day < horizonDays; day++) {
      let factor = spec.dayOfWeekMultipliers?.[day % 7] ?? 1;
      for (const season of spec.seasons ?? []) {
        if (day >= season.fromDay && day < season.toDay) factor *= season.multiplier;
      }
      peak = Math.max(peak, spec.trucksPerDay * factor);
    }
    return peak;
  },
  hasDemand: (raw) => isNumber(raw.trucksPerDay) && raw.trucksPerDay > 0,
  check(ctx, raw) {
    if (Array.isArray(raw.hourlyShares) && raw.hourlyShares.length === 24) {
      checkSum(ctx, ["arrivals", "hourlyShares"], raw.hourlyShares, "hourly shares");
    }
    records(raw.seasons).forEach((season, index) => {
      if (isNumber(season.fromDay) && isNumber(season.toDay) && season.fromDay >= season.toDay) {
        report(
          ctx,
          ["arrivals", "seasons", index, "toDay"],
          `expected toDay > fromDay (${season.fromDay})`,
          season.toDay,
        );
      }
    });
  },
};
