/**
 * The scenario format: one zod schema for JSON files and for the library API. Types come from
 * it (`z.infer`), never from a hand-written twin. Units are in the field names. Stations,
 * arrivals and duration laws come from their kinds' registries (stations/, arrivals/,
 * durations/). Cross-field rules (shares summing to 1, references to stations that exist,
 * stations that never open while trucks need them) live in `cross-checks.ts` and the kinds'
 * modules, and run even when other fields are invalid, so a scenario gets all its problems at once.
 */
import { z } from "zod";
import { ArrivalsSchema } from "../arrivals/index.js";
import { ChangeSchema } from "../changes/index.js";
import { CHANNELS, DIRECTIONS } from "../encoding.js";
import { StationSchema } from "../stations/index.js";
import { crossCheckScenario } from "./cross-checks.js";
import { AdmissionSchema, BalkingSchema, RenegingSchema } from "./door-schema.js";
import { identifier, share } from "./fields.js";
import { InitialStateSchema } from "./initial-state-schema.js";
import { NeighbourSchema } from "./neighbour-schema.js";

const CargoClassSchema = z.strictObject({
  /**
   * The cargo class's id (lower-case letters, digits and dashes), which stations and steps name.
   */
  id: identifier,
  /** Share of trucks carrying this class of cargo (the classes' shares sum to 1). */
  share,
  /** Agricultural cargo passes the quarantine steps (steps with `when.agricultural`). */
  agricultural: z.boolean().describe("Agricultural cargo passes the quarantine steps"),
  /**
   * Perishables: a truck whose time in system exceeds this many hours is counted as spoiled;
   * omitted: not perishable.
   */
  shelfLifeHours: z
    .number()
    .finite()
    .positive()
    .max(87_600)
    .optional()
    .describe("Perishables: a truck whose time in system exceeds this is counted as spoiled"),
});

const StepSchema = z.strictObject({
  /** The id of the station this step visits. */
  stationId: identifier,
  /** The step applies only to trucks matching every condition given; omitted: to every truck. */
  when: z
    .strictObject({
      /** Customs risk channels (green, yellow, red) the step applies to. */
      channels: z.array(z.enum(CHANNELS)).min(1).optional(),
      /** true: agricultural cargo only; false: non-agricultural cargo only. */
      agricultural: z.boolean().optional(),
      /** Ids of the cargo classes the step applies to. */
      cargoClassIds: z.array(identifier).min(1).optional(),
      /** Directions (export, import) the step applies to. */
      directions: z.array(z.enum(DIRECTIONS)).min(1).optional(),
    })
    .optional()
    .describe("The step applies only to trucks matching every condition given"),
  /**
   * This step draws the customs risk channel from the station's `channelShares` (a customs
   * station).
   */
  assignsChannel: z
    .boolean()
    .optional()
    .describe("This step draws the customs risk channel from the station's channelShares"),
});

/** A border-gate scenario. */
export const ScenarioSchema = z
  .strictObject({
    /**
     * The JSON Schema an editor checks the file against (e.g. the output of `gatesim schema`);
     * accepted so a file can name it, and left out of the validated scenario.
     */
    $schema: z
      .string()
      .optional()
      .describe("The JSON Schema editors validate this file against (gatesim schema); ignored"),
    /** The scenario's name, shown in reports. */
    name: z.string().min(1),
    /** What the scenario models and where its numbers come from, for people reading it. */
    description: z.string().optional(),
    /** Days of arrivals simulated (whole days, 1 to 3650). */
    horizonDays: z.number().int().min(1).max(3650),
    /** Days simulated after arrivals stop so the trucks in system can finish (default 0). */
    drainDays: z
      .number()
      .int()
      .min(0)
      .max(3650)
      .optional()
      .describe(
        "Days simulated after arrivals stop so the trucks in system can finish (default 0)",
      ),
    /**
     * Days at the start left out of the KPIs: the run starts empty, so its first hours are lighter
     * than the steady state (default 0).
     */
    warmupDays: z
      .number()
      .int()
      .min(0)
      .max(3650)
      .optional()
      .describe(
        "Days at the start left out of the KPIs: the run starts empty, so its first hours are lighter than the steady state (default 0)",
      ),
    /**
     * How the warm-up is left out of the station statistics: "time" (default) restarts them at
     * the end of the warm-up; "arrival" keeps the waits of the trucks that arrived after it,
     * wherever they are served (time-weighted figures restart at its end either way).
     */
    warmupBy: z
      .union([z.literal("time"), z.literal("arrival")])
      .optional()
      .describe(
        "time: station statistics restart at the warm-up's end; arrival: the waits of trucks arriving after it",
      ),
    /** The trucks that arrive: their directions and cargo classes. */
    trucks: z.strictObject({
      /** Share of trucks in each direction, export and import (they sum to 1). */
      directionShares: z.strictObject({ export: share, import: share }),
      /** The classes of cargo trucks carry, each with its share of the trucks. */
      cargoClasses: z.array(CargoClassSchema).min(1),
    }),
    /**
     * When trucks arrive at the gate, tagged by `kind`: profile, appointments, trace or
     * fixed-interval.
     */
    arrivals: ArrivalsSchema,
    /**
     * The stations of the gate, each tagged by `kind`, with its servers, hours and service laws.
     */
    stations: z.array(StationSchema).min(1),
    /**
     * The steps every truck walks through in order; a step with conditions applies to matching
     * trucks only.
     */
    pathway: z.array(StepSchema).min(1),
    /** Finite yard: when full, trucks wait on the road; omitted: unlimited room. */
    yard: z
      .strictObject({
        /** Places in the yard, in trucks. */
        slots: z.number().int().min(1).max(1_000_000),
        /** Road length one waiting truck takes, in metres (turns the road queue into km). */
        truckSpacingMetres: z.number().finite().positive().max(1000),
      })
      .optional()
      .describe("Finite yard: when full, trucks wait on the road"),
    /** The other side's acceptance; omitted: trucks leave at once. */
    neighbour: NeighbourSchema.optional(),
    /** Trucks already in the system at the start; omitted: the run starts empty. */
    initialState: InitialStateSchema.optional(),
    /** Rules that turn trucks away at the gate (counted as turned away). */
    admission: AdmissionSchema.optional(),
    /** Trucks that do not join a road queue already too long. */
    balking: BalkingSchema.optional(),
    /** Trucks that leave a queue when their patience runs out. */
    reneging: RenegingSchema.optional(),
    /** Changes from a date: staffing, closures, the other side's acceptance, demand. */
    changes: z
      .array(ChangeSchema)
      .max(10_000)
      .optional()
      .describe("Changes from a date (staffing, closures, the other side, demand), in any order"),
    /** Hours within which a truck should clear, for the share-within-target KPI (default 24). */
    targetTimeInSystemHours: z.number().finite().positive().max(87_600).optional(),
    /** Backlog (trucks in the system at 00:00) counted as cleared, for backlog.clearFromDay. */
    backlogTargetTrucks: z
      .number()
      .int()
      .min(0)
      .max(10_000_000)
      .optional()
      .describe(
        "Backlog (trucks in the system at 00:00) counted as cleared, for backlog.clearFromDay (default 0)",
      ),
  })
  .superRefine(crossCheckScenario, { when: () => true });

/**
 * A validated scenario (the output of {@link ScenarioSchema}).
 * @interface
 */
export type Scenario = z.infer<typeof ScenarioSchema>;
/** A pathway step as configured. */
export type StepSpec = Scenario["pathway"][number];
/** A cargo class as configured. */
export type CargoClassSpec = Scenario["trucks"]["cargoClasses"][number];
