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
import { CHANNELS, DIRECTIONS } from "../encoding.js";
import { StationSchema } from "../stations/index.js";
import { crossCheckScenario } from "./cross-checks.js";
import { identifier, share } from "./fields.js";
import { InitialStateSchema } from "./initial-state-schema.js";
import { NeighbourSchema } from "./neighbour-schema.js";

const CargoClassSchema = z.strictObject({
  id: identifier,
  share,
  agricultural: z.boolean().describe("Agricultural cargo passes the quarantine steps"),
  shelfLifeHours: z
    .number()
    .finite()
    .positive()
    .max(87_600)
    .optional()
    .describe("Perishables: a truck whose time in system exceeds this is counted as spoiled"),
});

const StepSchema = z.strictObject({
  stationId: identifier,
  when: z
    .strictObject({
      channels: z.array(z.enum(CHANNELS)).min(1).optional(),
      agricultural: z.boolean().optional(),
      cargoClassIds: z.array(identifier).min(1).optional(),
      directions: z.array(z.enum(DIRECTIONS)).min(1).optional(),
    })
    .optional()
    .describe("The step applies only to trucks matching every condition given"),
  assignsChannel: z
    .boolean()
    .optional()
    .describe("This step draws the customs risk channel from the station's channelShares"),
});

/** A border-gate scenario. */
export const ScenarioSchema = z
  .strictObject({
    name: z.string().min(1),
    description: z.string().optional(),
    horizonDays: z.number().int().min(1).max(3650),
    drainDays: z
      .number()
      .int()
      .min(0)
      .max(3650)
      .optional()
      .describe(
        "Days simulated after arrivals stop so the trucks in system can finish (default 0)",
      ),
    warmupDays: z
      .number()
      .int()
      .min(0)
      .max(3650)
      .optional()
      .describe(
        "Days at the start left out of the KPIs: the run starts empty, so its first hours are lighter than the steady state (default 0)",
      ),
    trucks: z.strictObject({
      directionShares: z.strictObject({ export: share, import: share }),
      cargoClasses: z.array(CargoClassSchema).min(1),
    }),
    arrivals: ArrivalsSchema,
    stations: z.array(StationSchema).min(1),
    pathway: z.array(StepSchema).min(1),
    yard: z
      .strictObject({
        slots: z.number().int().min(1).max(1_000_000),
        truckSpacingMetres: z.number().finite().positive().max(1000),
      })
      .optional()
      .describe("Finite yard: when full, trucks wait on the road"),
    neighbour: NeighbourSchema.optional(),
    initialState: InitialStateSchema.optional(),
    targetTimeInSystemHours: z.number().finite().positive().max(87_600).optional(),
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

/** A validated scenario. */
export type Scenario = z.infer<typeof ScenarioSchema>;
/** A pathway step as configured. */
export type StepSpec = Scenario["pathway"][number];
/** A cargo class as configured. */
export type CargoClassSpec = Scenario["trucks"]["cargoClasses"][number];
