/**
 * Duration laws in scenario files: every parameter carries its unit in its name (seconds), so a
 * unit-less `mean` is rejected as an unknown key rather than guessed.
 */
import { z } from "zod";

/** Ten years: no station or repair takes longer; larger values are typos or unit mistakes. */
const MAX_SECONDS = 315_360_000;
const seconds = z.number().finite().nonnegative().max(MAX_SECONDS);
const positiveSeconds = z.number().finite().positive().max(MAX_SECONDS);
const shape = z.number().finite().min(0.05).max(1000);

const deterministic = z.strictObject({
  kind: z.literal("deterministic"),
  seconds: seconds.describe("Fixed duration in seconds"),
});
const exponential = z.strictObject({
  kind: z.literal("exponential"),
  meanSeconds: positiveSeconds,
});
const uniform = z
  .strictObject({ kind: z.literal("uniform"), minSeconds: seconds, maxSeconds: positiveSeconds })
  .refine((d) => d.minSeconds < d.maxSeconds, {
    message: "expected minSeconds < maxSeconds",
    path: ["maxSeconds"],
  });
const triangular = z
  .strictObject({
    kind: z.literal("triangular"),
    minSeconds: seconds,
    modeSeconds: seconds,
    maxSeconds: positiveSeconds,
  })
  .refine(
    (d) =>
      d.minSeconds <= d.modeSeconds && d.modeSeconds <= d.maxSeconds && d.minSeconds < d.maxSeconds,
    {
      message: "expected minSeconds <= modeSeconds <= maxSeconds with minSeconds < maxSeconds",
      path: ["modeSeconds"],
    },
  );
const erlang = z.strictObject({
  kind: z.literal("erlang"),
  k: z.number().int().min(1).max(1000),
  meanSeconds: positiveSeconds,
});
const gamma = z.strictObject({
  kind: z.literal("gamma"),
  shape,
  meanSeconds: positiveSeconds,
});
const lognormal = z.strictObject({
  kind: z.literal("lognormal"),
  meanSeconds: positiveSeconds,
  sdSeconds: positiveSeconds,
});
const normal = z
  .strictObject({
    kind: z.literal("normal"),
    meanSeconds: positiveSeconds,
    sdSeconds: positiveSeconds,
  })
  .describe("Normal law truncated at zero (durations cannot be negative)");
const weibull = z.strictObject({
  kind: z.literal("weibull"),
  shape,
  scaleSeconds: positiveSeconds,
});
const empirical = z.strictObject({
  kind: z.literal("empirical"),
  samplesSeconds: z.array(seconds).min(1),
  interpolate: z
    .boolean()
    .describe("true: piecewise-linear between sorted samples; false: resample"),
});

const SIMPLE_LAWS = [
  deterministic,
  exponential,
  uniform,
  triangular,
  erlang,
  gamma,
  lognormal,
  normal,
  weibull,
  empirical,
] as const;

/** A duration law without mixtures (the components of a mixture). */
export const SimpleDurationSchema = z.discriminatedUnion("kind", [...SIMPLE_LAWS]);

const mixture = z.strictObject({
  kind: z.literal("mixture"),
  components: z
    .array(
      z.strictObject({ weight: z.number().finite().positive().max(1), law: SimpleDurationSchema }),
    )
    .min(1)
    .refine((parts) => Math.abs(parts.reduce((sum, part) => sum + part.weight, 0) - 1) <= 1e-6, {
      message: "expected component weights summing to 1",
    }),
});

/** A duration law in seconds, tagged by `kind`. */
export const DurationSchema = z.discriminatedUnion("kind", [...SIMPLE_LAWS, mixture]);

/** A duration law as written in a scenario. */
export type DurationSpec = z.infer<typeof DurationSchema>;
