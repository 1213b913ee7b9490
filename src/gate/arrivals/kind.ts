/**
 * What an arrival kind brings: its zod schema, how it starts arrivals in a run, the demand it
 * implies (for reports, overload warnings and capacity bounds), and its cross-field checks,
 * which read raw values because they run even when other fields failed.
 */
import type { z } from "zod";
import type { Simulation } from "../../engine/index.js";
import type { RandomStreams } from "../../random/index.js";
import type { Context } from "../scenario/raw-values.js";

/** What a running arrival source needs. */
export interface ArrivalContext {
  readonly sim: Simulation;
  readonly streams: RandomStreams;
  /** No arrival at or after this time. */
  readonly endSeconds: number;
  /** Called at each arrival; trace replay may pass the observed direction index. */
  readonly arrive: (observedDirection?: number) => void;
}

/** An arrival kind of scenario files. */
export interface ArrivalKind<Schema extends z.ZodType> {
  readonly schema: Schema;
  /** Schedules the arrivals of `spec` from the current time. */
  start(spec: z.infer<Schema>, context: ArrivalContext): void;
  /** Expected trucks per day at day 0's rates (no season, no weekday factor). */
  trucksPerDay(spec: z.infer<Schema>, horizonDays: number): number;
  /** Expected trucks on the busiest day of the horizon (weekdays and seasons included). */
  peakTrucksPerDay(spec: z.infer<Schema>, horizonDays: number): number;
  /** Whether raw arrivals of this kind bring any truck (false for 0 trucks per day). */
  hasDemand(raw: Readonly<Record<string, unknown>>): boolean;
  /** Adds an issue for every cross-field rule the raw arrivals break. */
  check(ctx: Context, raw: Readonly<Record<string, unknown>>, horizonDays: unknown): void;
}
