/** Lognormal durations given by their mean and standard deviation (not the log's). */
import { z } from "zod";
import { lognormal } from "../../random/index.js";
import { positiveSeconds } from "./fields.js";
import type { DurationKind } from "./kind.js";

const schema = z.strictObject({
  /** `"lognormal"`: a lognormal law given by its own mean and standard deviation. */
  kind: z.literal("lognormal"),
  /** Mean duration in seconds (of the durations, not of their logarithm). */
  meanSeconds: positiveSeconds,
  /** Standard deviation of the durations in seconds (not of their logarithm). */
  sdSeconds: positiveSeconds,
});

/** `{ kind: "lognormal", meanSeconds, sdSeconds }`. */
export const lognormalDuration: DurationKind<typeof schema> = {
  schema,
  build: (spec) => lognormal({ mean: spec.meanSeconds, sd: spec.sdSeconds }),
};
