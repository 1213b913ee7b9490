/** Triangular durations: a minimum, a most likely value and a maximum (expert estimates). */
import { z } from "zod";
import { triangular } from "../../random/index.js";
import { positiveSeconds, seconds } from "./fields.js";
import type { DurationKind } from "./kind.js";

const schema = z
  .strictObject({
    /** `"triangular"`: a minimum, a most likely value and a maximum (expert estimates). */
    kind: z.literal("triangular"),
    /** Shortest duration in seconds. */
    minSeconds: seconds,
    /** Most likely duration in seconds, between `minSeconds` and `maxSeconds`. */
    modeSeconds: seconds,
    /** Longest duration in seconds, greater than `minSeconds`. */
    maxSeconds: positiveSeconds,
  })
  .refine(
    (d) =>
      d.minSeconds <= d.modeSeconds && d.modeSeconds <= d.maxSeconds && d.minSeconds < d.maxSeconds,
    {
      message: "expected minSeconds <= modeSeconds <= maxSeconds with minSeconds < maxSeconds",
      path: ["modeSeconds"],
    },
  );

/** `{ kind: "triangular", minSeconds, modeSeconds, maxSeconds }`. */
export const triangularDuration: DurationKind<typeof schema> = {
  schema,
  build: (spec) =>
    triangular({ min: spec.minSeconds, mode: spec.modeSeconds, max: spec.maxSeconds }),
};
