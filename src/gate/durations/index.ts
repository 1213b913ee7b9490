/**
 * Duration laws of scenario files (service times, repair times): the registry of every law,
 * the schema that accepts any of them (a discriminated union on `kind`), and the distribution a
 * spec builds. Every parameter carries its unit in its name (seconds), so a unit-less `mean` is
 * rejected as an unknown field rather than guessed. A new law: one module, one registry line.
 */
import { z } from "zod";
import type { Distribution } from "../../random/index.js";
import { mixtureDuration } from "./mixture.js";
import { SIMPLE_DURATION_KINDS, SIMPLE_DURATION_SCHEMAS } from "./simple-laws.js";

/** Every duration law by kind. */
export const DURATION_KINDS = { ...SIMPLE_DURATION_KINDS, mixture: mixtureDuration } as const;

/** A duration law in seconds, tagged by `kind`. */
export const DurationSchema = z
  .discriminatedUnion("kind", [...SIMPLE_DURATION_SCHEMAS, mixtureDuration.schema])
  .superRefine(checkBuildable)
  .meta({ id: "Duration" });

/**
 * Whatever validates runs: a law whose parameters pass their bounds but that the random layer
 * still refuses (a gamma of mean 5e-324 s, whose scale underflows to 0) is a scenario issue at
 * the law's own path, not a crash when the run starts.
 */
function checkBuildable(spec: DurationSpecOf, ctx: z.RefinementCtx): void {
  try {
    (DURATION_KINDS[spec.kind] as { build(spec: DurationSpecOf): Distribution }).build(spec);
  } catch (error) {
    const issues = (error as { issues?: readonly { path: string; expected: string }[] }).issues;
    for (const issue of issues ?? [{ path: "", expected: String(error) }]) {
      const what = issue.path === "" ? "" : ` (its ${issue.path}: ${issue.expected})`;
      ctx.addIssue({
        code: "custom",
        message: `expected a ${spec.kind} law the simulation can sample${what}`,
        input: spec,
      });
    }
  }
}

type DurationSpecOf =
  | z.infer<(typeof SIMPLE_DURATION_SCHEMAS)[number]>
  | z.infer<typeof mixtureDuration.schema>;

/**
 * A duration law in seconds as written in a scenario, tagged by `kind`.
 * @useDeclaredType
 */
export type DurationSpec = z.infer<typeof DurationSchema>;
/** The kinds of duration law. */
export type DurationKindName = DurationSpec["kind"];

/** The random-layer distribution of a duration spec (seconds). */
export function durationLaw(spec: DurationSpec): Distribution {
  const law = DURATION_KINDS[spec.kind] as { build(spec: DurationSpec): Distribution };
  return law.build(spec);
}

/** The analytic mean of a duration spec, in seconds. */
export function meanDurationSeconds(spec: DurationSpec): number {
  return durationLaw(spec).mean;
}
