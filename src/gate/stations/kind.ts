/**
 * What a station kind brings to the gate (STYLE principle 16: grow by kinds, not by fields): its
 * zod schema (the common station fields plus its own), the Time Release Study segment its time
 * counts towards, its cross-field checks, what happens after a truck's service (a detour), the
 * channels it may assign, and the demand it sends to other stations (for load estimates).
 */
import type { z } from "zod";
import type { RandomStreams } from "../../random/index.js";
import type { Segment } from "../encoding.js";
import type { Context, Path } from "../scenario/raw-values.js";
import type { Truck } from "../truck.js";

/** Customs risk channel shares (summing to 1). */
export interface ChannelShares {
  readonly green: number;
  readonly yellow: number;
  readonly red: number;
}

/** Ids a station's cross-field checks may refer to. */
export interface StationReferences {
  readonly stationIds: ReadonlySet<string>;
  readonly cargoClassIds: ReadonlySet<string>;
}

/** What a kind needs to build its run-time behaviour. */
export interface StationBuildContext {
  readonly streams: RandomStreams;
  /** Index of a station of the (validated) scenario by id. */
  readonly stationIndex: (id: string) => number;
  /** Cargo class ids in scenario order (class index → id). */
  readonly cargoClassIds: readonly string[];
}

/**
 * Decides, when a truck's service ends, whether it makes a detour before its next pathway step:
 * returns the index of the station to visit first, or -1.
 */
export type DetourRule = (truck: Truck) => number;

/** Demand a station sends on after service: the share of each cargo class's trucks it detours. */
export interface DetourDemand {
  readonly stationId: string;
  /** Indexed by cargo class (scenario order). */
  readonly shareByCargoClass: readonly number[];
}

/** A station kind; `Schema` is its zod object schema, the station as configured `z.infer<Schema>`. */
export interface StationKind<
  Schema extends z.ZodType<{ readonly id: string; readonly kind: string }>,
  Spec = z.infer<Schema>,
> {
  /** The kind's schema: the common station fields plus its own, `kind` a literal. */
  readonly schema: Schema;
  /** One line for documentation. */
  readonly description: string;
  /** The Time Release Study segment time at this station counts towards. */
  readonly segment: Segment;
  /** Adds an issue for every rule of this kind the raw station breaks (run even when others fail). */
  check?(
    ctx: Context,
    raw: Readonly<Record<string, unknown>>,
    path: Path,
    refs: StationReferences,
  ): void;
  /** The detour decision after service, or null when the kind never detours (or not this spec). */
  detourRule?(spec: Spec, context: StationBuildContext): DetourRule | null;
  /** The channel shares this station draws from when a pathway step assigns the channel. */
  channelShares?(spec: Spec): ChannelShares | null;
  /** Demand this station sends to other stations after service. */
  detours?(spec: Spec, cargoClassIds: readonly string[]): readonly DetourDemand[];
}
