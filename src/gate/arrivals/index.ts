/**
 * The arrival kinds of scenario files: the registry, the schema accepting any of them (a
 * discriminated union on `kind`), and the dispatch from a spec to its kind's module. A new kind:
 * one module, one registry line; nothing else switches on the kind.
 */
import { z } from "zod";
import type { Context } from "../scenario/raw-values.js";
import { appointmentArrivals } from "./appointments.js";
import { fixedIntervalArrivals } from "./fixed-interval.js";
import type { ArrivalContext, ArrivalKind } from "./kind.js";
import { profileArrivals } from "./profile.js";
import { traceArrivals } from "./trace.js";

/** Every arrival kind by name. */
export const ARRIVAL_KINDS = {
  profile: profileArrivals,
  appointments: appointmentArrivals,
  trace: traceArrivals,
  "fixed-interval": fixedIntervalArrivals,
} as const;

type ArrivalSchema = (typeof ARRIVAL_KINDS)[keyof typeof ARRIVAL_KINDS]["schema"];

/** The arrival process of a scenario, tagged by `kind`. */
export const ArrivalsSchema = z.discriminatedUnion(
  "kind",
  Object.values(ARRIVAL_KINDS).map((kind) => kind.schema) as [ArrivalSchema, ...ArrivalSchema[]],
);

/**
 * The arrival process as configured, tagged by `kind`.
 * @useDeclaredType
 */
export type ArrivalsSpec = z.infer<typeof ArrivalsSchema>;
/** The names of the arrival kinds. */
export type ArrivalKindName = ArrivalsSpec["kind"];

// The registry typed as a complete record: a kind in the schema without a module (or the other
// way round) fails to compile here.
const COMPLETE: { readonly [K in ArrivalKindName]: ArrivalKind<z.ZodType> } = ARRIVAL_KINDS;

function kindOf(spec: ArrivalsSpec): ArrivalKind<z.ZodType<ArrivalsSpec>> {
  return COMPLETE[spec.kind] as ArrivalKind<z.ZodType<ArrivalsSpec>>;
}

/** The module of a raw `kind` value, or undefined (own properties only: "constructor" is no kind). */
function kindOfRaw(kind: unknown): ArrivalKind<z.ZodType> | undefined {
  return typeof kind === "string" && Object.hasOwn(COMPLETE, kind)
    ? COMPLETE[kind as ArrivalKindName]
    : undefined;
}

/** Starts the arrival source described by `spec`. */
export function startArrivals(spec: ArrivalsSpec, context: ArrivalContext): void {
  kindOf(spec).start(spec, context);
}

/** Expected trucks per day of a scenario's arrivals at day 0's rates (for reports and checks). */
export function nominalTrucksPerDay(spec: ArrivalsSpec, horizonDays: number): number {
  return kindOf(spec).trucksPerDay(spec, horizonDays);
}

/** Expected trucks on the busiest day of the horizon (weekdays and seasons included). */
export function peakTrucksPerDay(spec: ArrivalsSpec, horizonDays: number): number {
  return kindOf(spec).peakTrucksPerDay(spec, horizonDays);
}

/** Whether raw arrivals bring any truck (false for an unknown kind). */
export function hasDemand(raw: Readonly<Record<string, unknown>> | undefined): boolean {
  return raw !== undefined && (kindOfRaw(raw.kind)?.hasDemand(raw) ?? false);
}

/** Adds an issue for every cross-field rule of the raw arrivals' kind. */
export function checkArrivals(
  ctx: Context,
  raw: Readonly<Record<string, unknown>>,
  horizonDays: unknown,
): void {
  kindOfRaw(raw.kind)?.check(ctx, raw, horizonDays);
}
