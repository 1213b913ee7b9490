/** Gamma durations given by shape and mean. */
import { z } from "zod";
import { gamma } from "../../random/index.js";
import { positiveSeconds, shape } from "./fields.js";
import type { DurationKind } from "./kind.js";

const schema = z.strictObject({
  /** `"gamma"`: a gamma law given by its shape and mean. */
  kind: z.literal("gamma"),
  /** Shape α (unitless); an integer shape is Erlang-α, shape 1 exponential. */
  shape,
  /** Mean duration in seconds (scale = mean / shape). */
  meanSeconds: positiveSeconds,
});

/** `{ kind: "gamma", shape, meanSeconds }`. */
export const gammaDuration: DurationKind<typeof schema> = {
  schema,
  build: (spec) => gamma({ shape: spec.shape, mean: spec.meanSeconds }),
};
