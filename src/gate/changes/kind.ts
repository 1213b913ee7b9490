/**
 * What a kind of dated change brings: its schema (the common `fromDay`/`fromHour` plus its own
 * fields), its cross-field checks, and the hooks through which it alters the gate from its
 * date: a station's staffing, a closure, the neighbouring side, or the arrival rate.
 */
import { z } from "zod";
import { SECONDS_PER_DAY, SECONDS_PER_HOUR } from "../../common/index.js";
import type { StaffingSpec } from "../capacity-schedule.js";
import type { Closure } from "../phased-schedule.js";
import { hourOfDay } from "../scenario/fields.js";
import type { NeighbourSpec } from "../scenario/neighbour-schema.js";
import type { Context, Path } from "../scenario/raw-values.js";

/** The fields every change has: when it takes effect. */
export const WHEN_FIELDS = {
  /** Day from which the change is in force (day 0 is the first day of the run). */
  fromDay: z.number().int().min(0).max(36_500).describe("Day from which it is in force"),
  /** Hour of that day from which it is in force (default 0). */
  fromHour: hourOfDay.optional().describe("Hour of that day (default 0)"),
};

/** When a change takes effect, seconds from the start of day 0. */
export function changeSeconds(change: { fromDay: number; fromHour?: number | undefined }): number {
  return change.fromDay * SECONDS_PER_DAY + (change.fromHour ?? 0) * SECONDS_PER_HOUR;
}

/** What a change's cross-field checks may refer to. */
export interface ChangeReferences {
  readonly stationIds: ReadonlySet<string>;
  readonly arrivalsKind: unknown;
  /** The profile's trucks per day (demand changes scale it), if known. */
  readonly baseTrucksPerDay: unknown;
  readonly hasNeighbour: boolean;
}

/** A kind of dated change. */
export interface ChangeKind<
  Schema extends z.ZodType<{ readonly kind: string }>,
  Spec = z.infer<Schema>,
> {
  readonly schema: Schema;
  /** One line for documentation. */
  readonly description: string;
  /** Adds an issue for every rule of this kind the raw change breaks. */
  check?(
    ctx: Context,
    raw: Readonly<Record<string, unknown>>,
    path: Path,
    refs: ChangeReferences,
  ): void;
  /** The station's staffing from the change on, given the staffing before it; null: unchanged. */
  staffing?(change: Spec, stationId: string, before: StaffingSpec): StaffingSpec | null;
  /** A period without servers at `stationId` ("neighbour" for the other side); null: none. */
  closure?(change: Spec, stationId: string): Closure | null;
  /** The other side's acceptance from the change on, given the one before; null: unchanged. */
  neighbour?(change: Spec, before: NeighbourSpec): NeighbourSpec | null;
  /** The demand multiplier from the change's day on (base trucks/day given); null: unchanged. */
  demandMultiplier?(change: Spec, baseTrucksPerDay: number): number | null;
}
