/** Observed durations replayed: resampled, or interpolated between sorted samples. */
import { z } from "zod";
import { empirical } from "../../random/index.js";
import { seconds } from "./fields.js";
import type { DurationKind } from "./kind.js";

const schema = z.strictObject({
  kind: z.literal("empirical"),
  samplesSeconds: z.array(seconds).min(1),
  interpolate: z
    .boolean()
    .describe("true: piecewise-linear between sorted samples; false: resample"),
});

/** `{ kind: "empirical", samplesSeconds, interpolate }`. */
export const empiricalDuration: DurationKind<typeof schema> = {
  schema,
  build: (spec) => empirical({ samples: spec.samplesSeconds, interpolate: spec.interpolate }),
};
