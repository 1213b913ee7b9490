/**
 * What a routing kind brings: its zod schema, the router it builds for a run, and its
 * cross-field checks against the corridor's gates (raw values: they run even when other fields
 * failed). A router decides, for a truck ready to drive at a time, which gate it goes to and when
 * it arrives there.
 */
import type { z } from "zod";
import type { Simulation } from "../../engine/index.js";
import type { Context } from "../../gate/scenario/raw-values.js";
import type { RandomStream } from "../../random/index.js";

/** What a router may see of one gate of the corridor. */
export interface GateView {
  /** The gate's id in the corridor. */
  readonly id: string;
  /** Trucks in the gate's system now (road queue included). */
  readonly inSystem: () => number;
  /** Trucks per hour the gate clears at full use of its bottleneck (its static capacity). */
  readonly capacityTrucksPerHour: number;
}

/** What building a router needs. */
export interface RoutingContext {
  readonly sim: Simulation;
  /** The corridor's gates, in corridor order. */
  readonly gates: readonly GateView[];
  /** The routing's own stream: one draw per decision, whatever the decision. */
  readonly stream: RandomStream;
  /** End of the run, seconds (periodic work stops there). */
  readonly endSeconds: number;
}

/** Where a truck goes: a gate index and the time it arrives there (seconds). */
export interface Route {
  /** Index of the gate in the corridor. */
  readonly gate: number;
  /** Arrival time at the gate, seconds (≥ the time the truck was ready). */
  readonly atSeconds: number;
}

/** A running routing policy. */
export interface Router {
  /**
   * The route of a truck ready to drive at `readySeconds` (≥ now), among the gates not in
   * `excluded` (gates that already refused it); null when no gate can take it.
   */
  route(readySeconds: number, excluded: ReadonlySet<number>): Route | null;
}

/** A routing kind of corridor files. */
export interface RoutingKind<Schema extends z.ZodType> {
  readonly schema: Schema;
  /** The router of `spec` for one run. */
  create(spec: z.infer<Schema>, context: RoutingContext): Router;
  /** Adds an issue for every rule the raw routing breaks against the gates' ids. */
  check(ctx: Context, raw: Readonly<Record<string, unknown>>, gateIds: readonly string[]): void;
}

/** The index of the smallest value among the allowed indices; ties broken by `u` in [0, 1). */
export function smallestAllowed(
  values: readonly number[],
  excluded: ReadonlySet<number>,
  u: number,
): number {
  let best = Number.POSITIVE_INFINITY;
  const ties: number[] = [];
  for (let i = 0; i < values.length; i++) {
    if (excluded.has(i)) continue;
    const value = values[i]!;
    if (value < best) {
      best = value;
      ties.length = 0;
      ties.push(i);
    } else if (value === best) ties.push(i);
  }
  return ties.length === 0 ? -1 : ties[Math.floor(u * ties.length)]!;
}
