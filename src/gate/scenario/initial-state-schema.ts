/**
 * The state of the gate at the start of a run: trucks already queued on the road, parked in the
 * yard or waiting at a station, and how long they have already waited — so that their time in
 * system and shelf life count from their real arrival ("1,500 trucks are queued this morning").
 */
import { z } from "zod";
import { DurationSchema } from "../durations/index.js";
import { DIRECTIONS } from "../encoding.js";
import { identifier } from "./fields.js";
import { type Context, isNumber, type Path, records, report } from "./raw-values.js";

/** Most trucks an initial state may hold (a bound on memory and set-up time). */
export const MAX_INITIAL_TRUCKS = 1_000_000;

const TruckGroupSchema = z.strictObject({
  /** Trucks in this group. */
  count: z.number().int().min(1).max(MAX_INITIAL_TRUCKS).describe("Trucks in this group"),
  /** Their direction; omitted: drawn from the direction shares. */
  direction: z
    .union([z.literal(DIRECTIONS[0]), z.literal(DIRECTIONS[1])])
    .optional()
    .describe("Their direction; omitted: drawn from the scenario's direction shares"),
  /** Their cargo class; omitted: drawn from the class shares. */
  cargoClassId: identifier
    .optional()
    .describe("Their cargo class; omitted: drawn from the scenario's class shares"),
  /** road: queued before the gate (default); yard: parked inside, before the first step. */
  at: z
    .union([z.literal("road"), z.literal("yard")])
    .optional()
    .describe("road: queued before the gate (default); yard: parked inside, before the first step"),
  /** Waiting in this station's line; they go on with the pathway steps after it. */
  atStationId: identifier
    .optional()
    .describe("Waiting in this station's line; they go on with the pathway steps after it"),
  /** Hours they have already waited at the start (default 0). */
  waitedHours: z
    .number()
    .finite()
    .min(0)
    .max(87_600)
    .optional()
    .describe("Hours they have already waited at the start (default 0)"),
  /** Or: a law of the seconds already waited, drawn per truck. */
  waitedSeconds: DurationSchema.optional().describe(
    "Or: a law of the seconds already waited, drawn per truck",
  ),
});

/** The trucks present at the start. */
export const InitialStateSchema = z
  .strictObject({
    /** Groups of trucks, each with its count, place and time already waited. */
    trucks: z.array(TruckGroupSchema).min(1),
  })
  .describe("Trucks already in the system at the start of the run");

/** The initial state as configured. */
export type InitialStateSpec = z.infer<typeof InitialStateSchema>;
/** One group of trucks present at the start. */
export type InitialTruckGroup = InitialStateSpec["trucks"][number];

/** Class ids and stations that exist (on the pathway), one place, one waited time, a bound. */
export function checkInitialState(
  ctx: Context,
  raw: Readonly<Record<string, unknown>>,
  refs: {
    readonly cargoClassIds: ReadonlySet<string>;
    readonly pathwayStationIds: ReadonlySet<string>;
  },
): void {
  let total = 0;
  records(raw.trucks).forEach((group, index) => {
    const path: Path = ["initialState", "trucks", index];
    if (isNumber(group.count)) total += group.count;
    const classId = group.cargoClassId;
    if (typeof classId === "string" && !refs.cargoClassIds.has(classId)) {
      report(
        ctx,
        [...path, "cargoClassId"],
        `expected a cargo class id (${[...refs.cargoClassIds].join(", ")}), received "${classId}"`,
        classId,
      );
    }
    const station = group.atStationId;
    if (typeof station === "string" && !refs.pathwayStationIds.has(station)) {
      report(
        ctx,
        [...path, "atStationId"],
        `expected the id of a station on the pathway (${[...refs.pathwayStationIds].join(", ")}), received "${station}"`,
        station,
      );
    }
    if (group.at !== undefined && station !== undefined) {
      report(ctx, path, "expected at most one of at and atStationId", {
        at: group.at,
        atStationId: station,
      });
    }
    if (group.waitedHours !== undefined && group.waitedSeconds !== undefined) {
      report(ctx, path, "expected at most one of waitedHours and waitedSeconds", {
        waitedHours: group.waitedHours,
        waitedSeconds: group.waitedSeconds,
      });
    }
  });
  if (total > MAX_INITIAL_TRUCKS) {
    report(
      ctx,
      ["initialState", "trucks"],
      `expected at most ${MAX_INITIAL_TRUCKS} trucks in all, received ${total}`,
      total,
    );
  }
}
