/** Weibull durations (repair and failure times with a shape). */
import { z } from "zod";
import { weibull } from "../../random/index.js";
import { positiveSeconds, shape } from "./fields.js";
import type { DurationKind } from "./kind.js";

const schema = z.strictObject({
  /** `"weibull"`: a Weibull law given by its shape and scale. */
  kind: z.literal("weibull"),
  /** Shape k (unitless); 1 is exponential, above 1 durations cluster around the scale. */
  shape,
  /** Scale λ in seconds (about the 63rd percentile of the durations). */
  scaleSeconds: positiveSeconds,
});

/** `{ kind: "weibull", shape, scaleSeconds }`. */
export const weibullDuration: DurationKind<typeof schema> = {
  schema,
  build: (spec) => weibull({ shape: spec.shape, scale: spec.scaleSeconds }),
};
