/**
 * What a duration law brings to scenarios: its zod schema (the `kind` tag and its parameters,
 * units in the names) and the random-layer distribution it builds. The distribution states its
 * analytic mean, which demand and capacity estimates use.
 */
import type { z } from "zod";
import type { Distribution } from "../../random/index.js";

/** A duration law of scenario files. */
export interface DurationKind<Schema extends z.ZodType> {
  readonly schema: Schema;
  /** The distribution of durations in seconds. */
  build(spec: z.infer<Schema>): Distribution;
}

/** Ten years: no station or repair takes longer; larger values are typos or unit mistakes. */
export const MAX_SECONDS = 315_360_000;
