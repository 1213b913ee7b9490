/** Gamma durations given by shape and mean. */
import { z } from "zod";
import { gamma } from "../../random/index.js";
import { positiveSeconds, shape } from "./fields.js";
import type { DurationKind } from "./kind.js";

const schema = z.strictObject({ kind: z.literal("gamma"), shape, meanSeconds: positiveSeconds });

/** `{ kind: "gamma", shape, meanSeconds }`. */
export const gammaDuration: DurationKind<typeof schema> = {
  schema,
  build: (spec) => gamma({ shape: spec.shape, mean: spec.meanSeconds }),
};
