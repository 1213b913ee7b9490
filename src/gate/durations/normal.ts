/** Normal durations truncated at zero (a duration cannot be negative). */
import { z } from "zod";
import { truncatedNormal } from "../../random/index.js";
import { positiveSeconds } from "./fields.js";
import type { DurationKind } from "./kind.js";

const schema = z
  .strictObject({
    /** `"normal"`: a normal law truncated at zero (durations cannot be negative). */
    kind: z.literal("normal"),
    /** Mean in seconds of the normal law before truncation. */
    meanSeconds: positiveSeconds,
    /** Standard deviation in seconds of the normal law before truncation. */
    sdSeconds: positiveSeconds,
  })
  .describe("Normal law truncated at zero (durations cannot be negative)");

/** `{ kind: "normal", meanSeconds, sdSeconds }`, truncated at 0. */
export const normalDuration: DurationKind<typeof schema> = {
  schema,
  build: (spec) => truncatedNormal({ mean: spec.meanSeconds, sd: spec.sdSeconds, min: 0 }),
};
