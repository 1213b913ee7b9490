/**
 * The corridor format: several gates, each a full gate scenario, fed by one demand and a routing
 * policy. Types come from the schema (`z.infer`). Cross-field rules (ids, shares, the gates'
 * common horizon, cargo classes every gate knows, routing against the gate ids) live in
 * `cross-checks.ts` and the routing kinds, and run even when other fields failed.
 */
import { z } from "zod";
import { ArrivalsSchema } from "../gate/arrivals/index.js";
import { identifier, share } from "../gate/scenario/fields.js";
import { ScenarioSchema } from "../gate/scenario/schema.js";
import { crossCheckCorridor } from "./cross-checks.js";
import { RoutingSchema } from "./routing/index.js";

const CorridorGateSchema = z.strictObject({
  /** The gate's id in the corridor (lower-case letters, digits and dashes). */
  id: identifier,
  /**
   * The gate as a full gate scenario (the schema of gate files). In a corridor its own
   * `arrivals` are not used: the corridor's demand brings its trucks.
   */
  scenario: ScenarioSchema,
});

const DemandSchema = z.strictObject({
  /**
   * When trucks arrive in the corridor, tagged by `kind` (the arrival kinds of gate files),
   * before they choose a gate.
   */
  arrivals: ArrivalsSchema,
  /** Share of the corridor's trucks in each direction, export and import (they sum to 1). */
  directionShares: z.strictObject({
    /** Share of trucks leaving the country. */
    export: share,
    /** Share of trucks entering the country. */
    import: share,
  }),
  /** The cargo mix of the corridor's trucks: class ids every gate defines, with their shares. */
  cargoClasses: z
    .array(
      z.strictObject({
        /** A cargo class id defined by every gate's `trucks.cargoClasses`. */
        id: identifier,
        /** Share of the corridor's trucks carrying this class (the shares sum to 1). */
        share,
      }),
    )
    .min(1),
});

/** A corridor of border gates. */
export const CorridorSchema = z
  .strictObject({
    /** The corridor's name, shown in reports. */
    name: z.string().min(1),
    /** What the corridor models and where its numbers come from, for people reading it. */
    description: z.string().optional(),
    /**
     * The gates, each a full gate scenario; they share the horizon, drain and warm-up days.
     */
    gates: z.array(CorridorGateSchema).min(1).max(100),
    /** The one demand feeding the corridor: arrivals, directions and cargo mix. */
    demand: DemandSchema,
    /** How trucks choose a gate, tagged by `kind`. */
    routing: RoutingSchema,
    /**
     * Trucks turned away or balking at a gate drive to another gate (chosen by the routing among
     * those not yet tried) instead of being lost; omitted: they are lost.
     */
    diversion: z
      .strictObject({
        /** Hours to drive from one gate to another. */
        travelHours: z.number().finite().min(0).max(720),
      })
      .optional()
      .describe("Trucks refused at a gate drive to another gate instead of being lost"),
  })
  .superRefine(crossCheckCorridor, { when: () => true });

/**
 * A validated corridor (the output of {@link CorridorSchema}).
 * @interface
 */
export type Corridor = z.infer<typeof CorridorSchema>;
/** One gate of a corridor as configured. */
export type CorridorGateSpec = Corridor["gates"][number];
