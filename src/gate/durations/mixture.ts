/** A mixture of simple laws: with probability `weight`, a duration is drawn from `law`. */
import { z } from "zod";
import { mixture } from "../../random/index.js";
import type { DurationKind } from "./kind.js";
import { SimpleDurationSchema, simpleDurationLaw } from "./simple-laws.js";

const schema = z.strictObject({
  /** `"mixture"`: each duration is drawn from one of the component laws, chosen by weight. */
  kind: z.literal("mixture"),
  /** The component laws with their probabilities (weights sum to 1 within 1e-6). */
  components: z
    .array(
      z.strictObject({
        /** Probability of drawing from this component, in (0, 1]. */
        weight: z.number().finite().positive().max(1),
        /** The component's duration law in seconds (any law but a mixture). */
        law: SimpleDurationSchema,
      }),
    )
    .min(1)
    .refine((parts) => Math.abs(parts.reduce((sum, part) => sum + part.weight, 0) - 1) <= 1e-6, {
      message: "expected component weights summing to 1",
    }),
});

/** `{ kind: "mixture", components: [{ weight, law }] }`. */
export const mixtureDuration: DurationKind<typeof schema> = {
  schema,
  build: (spec) => {
    // The schema accepts weights summing to 1 within 1e-6 (hand-written JSON); the random layer
    // wants 1 within 1e-9, so the weights are normalised here rather than failing at run time.
    const total = spec.components.reduce((sum, part) => sum + part.weight, 0);
    return mixture({
      components: spec.components.map((part) => ({
        weight: part.weight / total,
        distribution: simpleDurationLaw(part.law),
      })),
    });
  },
};
