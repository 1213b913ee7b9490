/** Erlang durations: k exponential phases (less variable than exponential for k > 1). */
import { z } from "zod";
import { erlang } from "../../random/index.js";
import { positiveSeconds } from "./fields.js";
import type { DurationKind } from "./kind.js";

const schema = z.strictObject({
  kind: z.literal("erlang"),
  k: z.number().int().min(1).max(1000),
  meanSeconds: positiveSeconds,
});

/** `{ kind: "erlang", k, meanSeconds }`. */
export const erlangDuration: DurationKind<typeof schema> = {
  schema,
  build: (spec) => erlang({ k: spec.k, mean: spec.meanSeconds }),
};
