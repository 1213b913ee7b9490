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
  count: z.number().int().min(1).max(MAX_INITIAL_TRUCKS).describe("Trucks in this group"),
  direction: z
    .enum(DIRECTIONS)
    .optional()
    .describe("Their direction; omitted: drawn from the scenario's direction shares"),
  cargoClassId: identifier
    .optional()
    .describe("Their cargo class; omitted: drawn from the scenario's class shares"),
  at: z
    .enum(["road", "yard"])
    .optional()
    .describe("road: queued before the gate (default); yard: parked inside, before the first step"),
  atStationId: identifier
    .optional()
    .describe("Waiting in this station's line; they go on with the pathway steps after it"),
  waitedHours: z
    .number()
    .finite()
    .min(0)
    .max(87_600)
    .optional()
    .describe("Hours they have already waited at the start (default 0)"),
  waitedSeconds: DurationSchema.optional().describe(
    "Or: a law of the seconds already waited, drawn per truck",
  ),
});

/** The trucks present at the start. */
export const InitialStateSchema = z
  .strictObject({
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
