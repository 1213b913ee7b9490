/** Observed durations replayed: resampled, or interpolated between sorted samples. */
import { z } from "zod";
import { empirical } from "../../random/index.js";
import { longArray } from "../scenario/long-array.js";
import { seconds } from "./fields.js";
import type { DurationKind } from "./kind.js";

const schema = z.strictObject({
  /** `"empirical"`: durations replay observed samples. */
  kind: z.literal("empirical"),
  /** Observed durations in seconds (at least one; zero allowed). */
  samplesSeconds: longArray(z.array(seconds).min(1), (item) => seconds.safeParse(item).success),
  /** true: piecewise-linear between sorted samples; false: resample the observed values. */
  interpolate: z
    .boolean()
    .describe("true: piecewise-linear between sorted samples; false: resample"),
});

/** `{ kind: "empirical", samplesSeconds, interpolate }`. */
export const empiricalDuration: DurationKind<typeof schema> = {
  schema,
  build: (spec) => empirical({ samples: spec.samplesSeconds, interpolate: spec.interpolate }),
};
