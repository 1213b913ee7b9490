/** Lognormal durations given by their mean and standard deviation (not the log's). */
import { z } from "zod";
import { lognormal } from "../../random/index.js";
import { positiveSeconds } from "./fields.js";
import type { DurationKind } from "./kind.js";

const schema = z.strictObject({
  kind: z.literal("lognormal"),
  meanSeconds: positiveSeconds,
  sdSeconds: positiveSeconds,
});

/** `{ kind: "lognormal", meanSeconds, sdSeconds }`. */
export const lognormalDuration: DurationKind<typeof schema> = {
  schema,
  build: (spec) => lognormal({ mean: spec.meanSeconds, sd: spec.sdSeconds }),
};
