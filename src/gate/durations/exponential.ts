/** Exponential durations (memoryless service, Poisson-like repairs). */
import { z } from "zod";
import { exponential } from "../../random/index.js";
import { positiveSeconds } from "./fields.js";
import type { DurationKind } from "./kind.js";

const schema = z.strictObject({
  /** `"exponential"`: memoryless durations. */
  kind: z.literal("exponential"),
  /** Mean duration in seconds. */
  meanSeconds: positiveSeconds,
});

/** `{ kind: "exponential", meanSeconds }`. */
export const exponentialDuration: DurationKind<typeof schema> = {
  schema,
  build: (spec) => exponential({ mean: spec.meanSeconds }),
};
