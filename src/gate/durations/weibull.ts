/** Weibull durations (repair and failure times with a shape). */
import { z } from "zod";
import { weibull } from "../../random/index.js";
import { positiveSeconds, shape } from "./fields.js";
import type { DurationKind } from "./kind.js";

const schema = z.strictObject({
  kind: z.literal("weibull"),
  shape,
  scaleSeconds: positiveSeconds,
});

/** `{ kind: "weibull", shape, scaleSeconds }`. */
export const weibullDuration: DurationKind<typeof schema> = {
  schema,
  build: (spec) => weibull({ shape: spec.shape, scale: spec.scaleSeconds }),
};
