/** Uniform durations between a minimum and a maximum. */
import { z } from "zod";
import { uniform } from "../../random/index.js";
import { positiveSeconds, seconds } from "./fields.js";
import type { DurationKind } from "./kind.js";

const schema = z
  .strictObject({
    /** `"uniform"`: durations spread evenly between a minimum and a maximum. */
    kind: z.literal("uniform"),
    /** Shortest duration in seconds. */
    minSeconds: seconds,
    /** Longest duration in seconds, greater than `minSeconds`. */
    maxSeconds: positiveSeconds,
  })
  .refine((d) => d.minSeconds < d.maxSeconds, {
    message: "expected minSeconds < maxSeconds",
    path: ["maxSeconds"],
  });

/** `{ kind: "uniform", minSeconds, maxSeconds }`. */
export const uniformDuration: DurationKind<typeof schema> = {
  schema,
  build: (spec) => uniform({ min: spec.minSeconds, max: spec.maxSeconds }),
};
