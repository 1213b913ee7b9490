/**
 * The scenario format: one zod schema for JSON files and for the library API. Types come from
 * it (`z.infer`), never from a hand-written twin. Units are in the field names. Cross-field
 * rules (shares summing to 1, references to stations that exist, stations that never open while
 * trucks need them) live in `cross-checks.ts` and run even when other fields are invalid, so a
 * scenario gets all its problems at once.
 */
import { z } from "zod";
import { crossCheckScenario } from "./cross-checks.js";
import { DurationSchema } from "./duration.js";

const share = z.number().finite().min(0).max(1);
const hourOfDay = z.number().finite().min(0).max(24);
const identifier = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]*$/, "expected a lower-case identifier of letters, digits and dashes");

/** Risk channels of the customs declaration. */
export const CHANNELS = ["green", "yellow", "red"] as const;
/** Directions a truck crosses the border. */
export const DIRECTIONS = ["export", "import"] as const;

/** A daily window of operation, in hours since midnight; `fromHour > toHour` wraps past midnight. */
export const OpenHoursSchema = z
  .strictObject({ fromHour: hourOfDay, toHour: hourOfDay })
  .describe("Daily opening window; fromHour > toHour wraps past midnight; 0-24 is all day");

/** Staffing by time of day: outside every shift the station has no servers. */
export const ShiftSchema = z.strictObject({
  fromHour: hourOfDay,
  toHour: hourOfDay,
  servers: z.number().int().min(0).max(100_000),
});

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

const ProfileArrivalsSchema = z.strictObject({
  kind: z.literal("profile"),
  trucksPerDay: z.number().finite().min(0).max(1_000_000),
  hourlyShares: z
    .array(share)
    .length(24)
    .describe("Share of a day's trucks arriving in each hour (sums to 1)"),
  dayOfWeekMultipliers: z
    .array(z.number().finite().min(0).max(100))
    .length(7)
    .optional()
    .describe("Demand multiplier for each day of the week, day 0 of the run first"),
  seasons: z
    .array(
      z.strictObject({
        name: z.string().min(1),
        fromDay: z.number().int().min(0).max(36_500),
        toDay: z.number().int().min(1).max(36_500),
        multiplier: z.number().finite().min(0).max(100),
      }),
    )
    .optional()
    .describe("Demand multipliers over day ranges [fromDay, toDay), e.g. a fruit-season surge"),
});

const AppointmentArrivalsSchema = z.strictObject({
  kind: z.literal("appointments"),
  slotMinutes: z.number().finite().min(1).max(1440),
  trucksPerSlot: z.number().int().min(1).max(100_000),
  openHours: OpenHoursSchema,
  bookedShare: share.describe("Share of slot capacity that is booked"),
  noShowShare: share.describe("Share of booked trucks that never come"),
  latenessMeanMinutes: z.number().finite().min(-1440).max(1440),
  latenessSdMinutes: z.number().finite().min(0).max(1440),
});

const TraceArrivalsSchema = z.strictObject({
  kind: z.literal("trace"),
  arrivalSeconds: z
    .array(z.number().finite().min(0).max(315_360_000))
    .min(1)
    .describe("Observed arrival times in seconds from the start of day 0"),
  directions: z
    .array(z.enum(["export", "import"]))
    .optional()
    .describe("Observed direction of each truck (same length as arrivalSeconds); omitted: drawn"),
});

const ArrivalsSchema = z.discriminatedUnion("kind", [
  ProfileArrivalsSchema,
  AppointmentArrivalsSchema,
  TraceArrivalsSchema,
]);

/** Kinds of station; they document intent and select reporting segments. */
export const STATION_KINDS = [
  "identity-check",
  "customs",
  "document-check",
  "inspection",
  "quarantine",
  "transshipment",
  "shuttle",
  "booth",
  "other",
] as const;

const StationSchema = z.strictObject({
  id: identifier,
  kind: z.enum(STATION_KINDS),
  label: z.string().optional(),
  servers: z
    .number()
    .int()
    .min(0)
    .max(100_000)
    .optional()
    .describe("Lanes, booths or officers while open; give either servers or shifts"),
  serviceSeconds: DurationSchema,
  serviceByDirection: z
    .strictObject({ export: DurationSchema.optional(), import: DurationSchema.optional() })
    .optional(),
  serviceByCargoClass: z.record(z.string(), DurationSchema).optional(),
  openHours: OpenHoursSchema.optional().describe("Omitted: open all day"),
  shifts: z.array(ShiftSchema).min(1).optional(),
  closedDaysOfWeek: z.array(z.number().int().min(0).max(6)).optional(),
  falseRejectShare: share
    .optional()
    .describe("Share of trucks a smart check rejects; they also pass fallbackStationId"),
  fallbackStationId: identifier.optional(),
  channelShares: z
    .strictObject({ green: share, yellow: share, red: share })
    .optional()
    .describe("Customs risk channels; required for kind customs, sums to 1"),
  outages: z
    .strictObject({
      meanHoursBetweenFailures: z.number().finite().positive().max(1_000_000),
      repairSeconds: DurationSchema,
      fallbackStationId: identifier
        .optional()
        .describe("While down, trucks reaching this step go there; omitted: they wait for repair"),
    })
    .optional(),
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
    neighbour: z
      .strictObject({
        trucksPerDay: z.number().finite().positive().max(1_000_000),
        openHours: OpenHoursSchema.optional(),
      })
      .optional()
      .describe("The other side's acceptance: trucks leave only as fast as it accepts them"),
    targetTimeInSystemHours: z.number().finite().positive().max(87_600).optional(),
  })
  .superRefine(crossCheckScenario, { when: () => true });

/** A validated scenario. */
export type Scenario = z.infer<typeof ScenarioSchema>;
/** A station as configured. */
export type StationSpec = Scenario["stations"][number];
/** A pathway step as configured. */
export type StepSpec = Scenario["pathway"][number];
/** A cargo class as configured. */
export type CargoClassSpec = Scenario["trucks"]["cargoClasses"][number];
/** The arrival process as configured. */
export type ArrivalsSpec = Scenario["arrivals"];
/** A daily opening window. */
export type OpenHours = z.infer<typeof OpenHoursSchema>;
/** A staffing shift. */
export type Shift = z.infer<typeof ShiftSchema>;
/** A risk channel. */
export type Channel = (typeof CHANNELS)[number];
/** A direction. */
export type Direction = (typeof DIRECTIONS)[number];
