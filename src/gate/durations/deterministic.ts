/** A fixed duration. */
import { z } from "zod";
import { deterministic } from "../../random/index.js";
import { seconds } from "./fields.js";
import type { DurationKind } from "./kind.js";

const schema = z.strictObject({
  kind: z.literal("deterministic"),
  seconds: seconds.describe("Fixed duration in seconds"),
});

/** `{ kind: "deterministic", seconds }`. */
export const deterministicDuration: DurationKind<typeof schema> = {
  schema,
  build: (spec) => deterministic({ value: spec.seconds }),
};
