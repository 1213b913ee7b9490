/**
 * The duration laws without mixtures, one module each: the components a mixture may use.
 * A new law is one module and one line here.
 */
import { z } from "zod";
import type { Distribution } from "../../random/index.js";
import { deterministicDuration } from "./deterministic.js";
import { empiricalDuration } from "./empirical.js";
import { erlangDuration } from "./erlang.js";
import { exponentialDuration } from "./exponential.js";
import { gammaDuration } from "./gamma.js";
import { lognormalDuration } from "./lognormal.js";
import { normalDuration } from "./normal.js";
import { triangularDuration } from "./triangular.js";
import { uniformDuration } from "./uniform.js";
import { weibullDuration } from "./weibull.js";

/** The simple laws by kind. */
export const SIMPLE_DURATION_KINDS = {
  deterministic: deterministicDuration,
  exponential: exponentialDuration,
  uniform: uniformDuration,
  triangular: triangularDuration,
  erlang: erlangDuration,
  gamma: gammaDuration,
  lognormal: lognormalDuration,
  normal: normalDuration,
  weibull: weibullDuration,
  empirical: empiricalDuration,
} as const;

type SimpleSchema = (typeof SIMPLE_DURATION_KINDS)[keyof typeof SIMPLE_DURATION_KINDS]["schema"];

/** The schemas of the simple laws, in registry order (the discriminated union's options). */
export const SIMPLE_DURATION_SCHEMAS = Object.values(SIMPLE_DURATION_KINDS).map(
  (law) => law.schema,
) as [SimpleSchema, ...SimpleSchema[]];

/** A duration law without mixtures (the components of a mixture). */
export const SimpleDurationSchema = z
  .discriminatedUnion("kind", SIMPLE_DURATION_SCHEMAS)
  .meta({ id: "SimpleDuration" });

/** A simple law as written in a scenario. */
export type SimpleDurationSpec = z.infer<typeof SimpleDurationSchema>;

/** The distribution of a simple law. */
export function simpleDurationLaw(spec: SimpleDurationSpec): Distribution {
  const law = SIMPLE_DURATION_KINDS[spec.kind] as {
    build(spec: SimpleDurationSpec): Distribution;
  };
  return law.build(spec);
}
