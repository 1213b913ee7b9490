/** Erlang durations: k exponential phases (less variable than exponential for k > 1). */
import { z } from "zod";
import { erlang } from "../../random/index.js";
import { positiveSeconds } from "./fields.js";
import type { DurationKind } from "./kind.js";

const schema = z.strictObject({
  /** `"erlang"`: the sum of `k` exponential phases. */
  kind: z.literal("erlang"),
  /** Number of exponential phases, an integer from 1 (exponential) to 1000. */
  k: z.number().int().min(1).max(1000),
  /** Mean duration in seconds (of the whole law, not of one phase). */
  meanSeconds: positiveSeconds,
});

/** `{ kind: "erlang", k, meanSeconds }`. */
export const erlangDuration: DurationKind<typeof schema> = {
  schema,
  build: (spec) => erlang({ k: spec.k, mean: spec.meanSeconds }),
};
