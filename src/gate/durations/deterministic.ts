/** A fixed duration. */
import { z } from "zod";
import { deterministic } from "../../random/index.js";
import { seconds } from "./fields.js";
import type { DurationKind } from "./kind.js";

const schema = z.strictObject({
  /** `"deterministic"`: every duration is exactly `seconds`. */
  kind: z.literal("deterministic"),
  /** Fixed duration in seconds. */
  seconds: seconds.describe("Fixed duration in seconds"),
});

/** `{ kind: "deterministic", seconds }`. */
export const deterministicDuration: DurationKind<typeof schema> = {
  schema,
  build: (spec) => deterministic({ value: spec.seconds }),
};
