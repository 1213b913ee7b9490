/**
 * The routing kinds of corridor files: the registry, the schema accepting any of them (a
 * discriminated union on `kind`), and the dispatch from a spec to its kind's module. A new kind:
 * one module, one registry line.
 */
import { z } from "zod";
import type { Context } from "../../gate/scenario/raw-values.js";
import { centralBookingRouting } from "./central-booking.js";
import { fixedSharesRouting } from "./fixed-shares.js";
import type { Router, RoutingContext, RoutingKind } from "./kind.js";
import { shortestExpectedWaitRouting } from "./shortest-expected-wait.js";

/** Every routing kind by name. */
export const ROUTING_KINDS = {
  "fixed-shares": fixedSharesRouting,
  "shortest-expected-wait": shortestExpectedWaitRouting,
  "central-booking": centralBookingRouting,
} as const;

type RoutingSchemaOf = (typeof ROUTING_KINDS)[keyof typeof ROUTING_KINDS]["schema"];

/** How the corridor's trucks choose a gate, tagged by `kind`. */
export const RoutingSchema = z.discriminatedUnion(
  "kind",
  Object.values(ROUTING_KINDS).map((kind) => kind.schema) as [
    RoutingSchemaOf,
    ...RoutingSchemaOf[],
  ],
);

/**
 * The routing policy as configured, tagged by `kind`.
 * @useDeclaredType
 */
export type RoutingSpec = z.infer<typeof RoutingSchema>;
/** The names of the routing kinds. */
export type RoutingKindName = RoutingSpec["kind"];

// The registry typed as a complete record: a kind in the schema without a module (or the other
// way round) fails to compile here.
const COMPLETE: { readonly [K in RoutingKindName]: RoutingKind<z.ZodType> } = ROUTING_KINDS;

/** The router of `spec` for one run. */
export function createRouter(spec: RoutingSpec, context: RoutingContext): Router {
  return (COMPLETE[spec.kind] as RoutingKind<z.ZodType<RoutingSpec>>).create(spec, context);
}

/** Adds an issue for every rule the raw routing breaks against the gates (unknown kind: none). */
export function checkRouting(
  ctx: Context,
  raw: Readonly<Record<string, unknown>>,
  gateIds: readonly string[],
): void {
  const kind = raw.kind;
  if (typeof kind === "string" && Object.hasOwn(COMPLETE, kind))
    COMPLETE[kind as RoutingKindName].check(ctx, raw, gateIds);
}
