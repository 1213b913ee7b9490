/**
 * Who gets in, and who gives up: admission rules (the gate or the province stops receiving a
 * cargo class or a direction, for a period or while the backlog is above a threshold),
 * balking (a truck does not join a road queue that is already too long) and reneging (a truck
 * leaves a queue when its patience, counted from its arrival, runs out).
 */
import { z } from "zod";
import { DurationSchema } from "../durations/index.js";
import { hourOfDay, identifier } from "./fields.js";
import { type Context, isNumber, type Path, record, records, report } from "./raw-values.js";

const direction = z.union([z.literal("export"), z.literal("import")]);

const AdmissionRuleSchema = z.strictObject({
  /** The cargo classes refused; omitted: every class. */
  cargoClassIds: z.array(identifier).min(1).optional(),
  /** The directions refused; omitted: both. */
  directions: z.array(direction).min(1).optional(),
  /** Day from which the rule holds (default 0). */
  fromDay: z.number().int().min(0).max(36_500).optional(),
  /** Hour of that day (default 0). */
  fromHour: hourOfDay.optional(),
  /** Day at whose start the rule ends; omitted: to the end of the run. */
  untilDay: z.number().int().min(0).max(36_500).optional(),
  /** Hour of that day (default 0). */
  untilHour: hourOfDay.optional(),
  /** Refuse only while more trucks than this are in the system; omitted: always (in the period). */
  whileBacklogAboveTrucks: z.number().int().min(0).max(10_000_000).optional(),
});

/** Rules that turn trucks away at the gate. */
export const AdmissionSchema = z
  .array(AdmissionRuleSchema)
  .min(1)
  .max(1000)
  .describe("Rules that turn matching trucks away (counted, never entering the system)");

/** A truck does not join the road queue when it is already this long. */
export const BalkingSchema = z
  .strictObject({
    /** Most trucks already waiting on the road that a truck still joins (0: it never waits there). */
    maxRoadQueueTrucks: z.number().int().min(0).max(10_000_000).optional(),
    /** Or: most kilometres of road queue a truck still joins (needs the yard's truck spacing). */
    maxRoadQueueKm: z.number().finite().min(0).max(100_000).optional(),
    /** The cargo classes that balk; omitted: every class. */
    cargoClassIds: z.array(identifier).min(1).optional(),
  })
  .describe("Trucks that do not join a road queue already too long (needs a yard)");

/** How long trucks wait before they give up. */
export const RenegingSchema = z
  .strictObject({
    /** Patience of every truck, seconds from its arrival (a law, drawn per truck). */
    patienceSeconds: DurationSchema.optional(),
    /** Patience by cargo class id (wins over patienceSeconds). */
    patienceByCargoClass: z.record(z.string(), DurationSchema).optional(),
  })
  .describe("A truck still waiting in a line when its patience runs out leaves (reneges)");

/** The admission rules as configured. */
export type AdmissionSpec = z.infer<typeof AdmissionSchema>;
/** The balking rule as configured. */
export type BalkingSpec = z.infer<typeof BalkingSchema>;
/** The reneging rule as configured. */
export type RenegingSpec = z.infer<typeof RenegingSchema>;

/** Cross-field rules: class ids exist, periods end after they start, a yard for balking. */
export function checkDoor(
  ctx: Context,
  scenario: Readonly<Record<string, unknown>>,
  cargoClassIds: ReadonlySet<string>,
): void {
  const checkClasses = (path: Path, ids: unknown) => {
    if (!Array.isArray(ids)) return;
    ids.forEach((id, index) => {
      if (typeof id === "string" && !cargoClassIds.has(id)) {
        report(
          ctx,
          [...path, index],
          `expected a cargo class id (${[...cargoClassIds].join(", ")}), received "${id}"`,
          id,
        );
      }
    });
  };
  records(scenario.admission).forEach((rule, index) => {
    const path: Path = ["admission", index];
    checkClasses([...path, "cargoClassIds"], rule.cargoClassIds);
    const from =
      (isNumber(rule.fromDay) ? rule.fromDay : 0) * 24 +
      (isNumber(rule.fromHour) ? rule.fromHour : 0);
    if (isNumber(rule.untilDay)) {
      const until = rule.untilDay * 24 + (isNumber(rule.untilHour) ? rule.untilHour : 0);
      if (until <= from) {
        report(
          ctx,
          [...path, "untilDay"],
          "expected the rule to end after it starts",
          rule.untilDay,
        );
      }
    }
  });
  const balking = record(scenario.balking);
  if (balking !== undefined) {
    checkClasses(["balking", "cargoClassIds"], balking.cargoClassIds);
    if ((balking.maxRoadQueueTrucks === undefined) === (balking.maxRoadQueueKm === undefined)) {
      report(
        ctx,
        ["balking"],
        "expected exactly one of maxRoadQueueTrucks and maxRoadQueueKm",
        balking,
      );
    }
    if (scenario.yard === undefined) {
      report(ctx, ["balking"], "expected a yard (balking is at the road queue before it)", balking);
    }
  }
  const reneging = record(scenario.reneging);
  if (reneging !== undefined) {
    const byClass = record(reneging.patienceByCargoClass);
    for (const id of Object.keys(byClass ?? {})) {
      if (!cargoClassIds.has(id)) {
        report(
          ctx,
          ["reneging", "patienceByCargoClass", id],
          `expected a cargo class id (${[...cargoClassIds].join(", ")}), received "${id}"`,
          id,
        );
      }
    }
    if (reneging.patienceSeconds === undefined && byClass === undefined) {
      report(ctx, ["reneging"], "expected patienceSeconds or patienceByCargoClass", reneging);
    }
  }
}
