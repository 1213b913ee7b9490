/**
 * The Lang Son corridor: Huu Nghi (↔ Youyi Guan), Tan Thanh (↔ Puzhai) and Chi Ma, fed by the
 * province's demand and routed by drivers reading an information board refreshed every hour.
 * Each number names its source in ../shared/facts/border-facts.md or says it is an assumption.
 */

import {
  BORDER_CHANNEL_SHARES,
  DAYTIME_ARRIVAL_SHARES,
  HUU_NGHI_CARGO,
  LANG_SON_DIRECTIONS,
} from "../../gate/presets/building-blocks.js";
import type { Scenario } from "../../gate/scenario/schema.js";
import type { StationSpec } from "../../gate/stations/index.js";
import type { Corridor } from "../schema.js";

const HORIZON_DAYS = 14; // assumption: two weeks
const WARMUP_DAYS = 1; // assumption: the first day starts empty
const DAYTIME = { fromHour: 7, toHour: 21 }; // assumption: 07:00–21:00 at the smaller gates

/** What distinguishes one Lang Son gate from another (every figure sourced where it is used). */
interface GateFigures {
  readonly name: string;
  readonly description: string;
  readonly lanes: number;
  readonly customsOfficers: number;
  readonly customsMeanSeconds: number;
  readonly inspectionTeams: number;
  readonly quarantineTeams: number;
  readonly openHours?: { fromHour: number; toHour: number };
  readonly neighbour: Scenario["neighbour"];
}

function langSonGate(figures: GateFigures): Scenario {
  const hours = figures.openHours === undefined ? {} : { openHours: figures.openHours };
  const stations: StationSpec[] = [
    {
      id: "entry",
      kind: "booth",
      label: "Entry booths (papers and vehicle)",
      servers: figures.lanes,
      serviceSeconds: { kind: "lognormal", meanSeconds: 240, sdSeconds: 90 }, // assumption: 4 min
      ...hours,
    },
    {
      id: "customs",
      kind: "customs",
      servers: figures.customsOfficers,
      serviceSeconds: {
        kind: "lognormal",
        meanSeconds: figures.customsMeanSeconds,
        sdSeconds: figures.customsMeanSeconds / 2,
      },
      channelShares: BORDER_CHANNEL_SHARES, // facts: national mix and Lang Son's red share (see building blocks)
      ...hours,
    },
    {
      id: "inspection",
      kind: "inspection",
      servers: figures.inspectionTeams,
      serviceSeconds: { kind: "lognormal", meanSeconds: 2400, sdSeconds: 1200 }, // assumption: 40 min
      ...hours,
    },
    {
      id: "quarantine",
      kind: "quarantine",
      servers: figures.quarantineTeams,
      serviceSeconds: { kind: "lognormal", meanSeconds: 1800, sdSeconds: 900 }, // assumption: 30 min
      ...hours,
    },
  ];
  return {
    name: figures.name,
    description: `${figures.description} In the corridor its own arrivals are not used.`,
    horizonDays: HORIZON_DAYS,
    warmupDays: WARMUP_DAYS,
    trucks: { directionShares: LANG_SON_DIRECTIONS, cargoClasses: HUU_NGHI_CARGO },
    // Used only when the gate runs alone: a third of the province's demand (assumption).
    arrivals: { kind: "profile", trucksPerDay: 450, hourlyShares: DAYTIME_ARRIVAL_SHARES },
    stations,
    pathway: [
      { stationId: "entry" },
      { stationId: "customs", assignsChannel: true },
      { stationId: "inspection", when: { channels: ["red"] } },
      { stationId: "quarantine", when: { agricultural: true } },
    ],
    yard: { slots: 400, truckSpacingMetres: 18 }, // assumption
    neighbour: figures.neighbour,
    targetTimeInSystemHours: 24, // facts: Nanning–Hanoi goal, goods moved within 24 hours
  };
}

/** Huu Nghi ↔ Youyi Guan: the main gate, open round the clock. */
function huuNghi(): Scenario {
  return langSonGate({
    name: "huu-nghi",
    description:
      "Huu Nghi: 620–630 vehicles/day cleared in March 2023 (facts); Youyi Guan ~960 trucks/day (facts).",
    lanes: 4, // assumption
    customsOfficers: 6, // assumption
    customsMeanSeconds: 600, // assumption: 10 min a declaration
    inspectionTeams: 8, // assumption
    quarantineTeams: 8, // assumption
    neighbour: { trucksPerDay: 960 }, // facts: Youyi Guan ~960 trucks/day (Jan–Apr 2023)
  });
}

/** Tan Thanh ↔ Puzhai: fast export clearance, open by day. */
function tanThanh(): Scenario {
  return langSonGate({
    name: "tan-thanh",
    description:
      "Tan Thanh: export clearance ~2 min a truck, up to ~10 min with new software (facts).",
    lanes: 3, // assumption
    customsOfficers: 4, // assumption
    customsMeanSeconds: 360, // facts: ~2 to ~10 min a truck; assumption: 6 min, between the two
    inspectionTeams: 6, // assumption
    quarantineTeams: 8, // assumption
    openHours: DAYTIME,
    neighbour: { trucksPerHour: 40, openHours: DAYTIME }, // assumption: Puzhai takes 40 an hour by day
  });
}

/** Chi Ma: the smallest gate, open by day. */
function chiMa(): Scenario {
  return langSonGate({
    name: "chi-ma",
    description:
      "Chi Ma: a smaller Lang Son gate (facts: among the province's truck gates); its figures are assumptions.",
    lanes: 2, // assumption
    customsOfficers: 3, // assumption
    customsMeanSeconds: 600, // assumption
    inspectionTeams: 3, // assumption
    quarantineTeams: 4, // assumption
    openHours: DAYTIME,
    neighbour: { trucksPerHour: 20, openHours: DAYTIME }, // assumption
  });
}

/** The Lang Son corridor preset. */
export function langSonCorridor(): Corridor {
  return {
    name: "lang-son-corridor",
    description:
      "Huu Nghi, Tan Thanh and Chi Ma fed by Lang Son's ~1,350 trucks/day (77% imports, facts: Lao Động, 2025); drivers choose the gate with the shortest expected wait on a board refreshed hourly (assumption); a truck refused at one gate drives 2 h to another (assumption: trucks are redirected between the province's gates, facts).",
    gates: [
      { id: "huu-nghi", scenario: huuNghi() },
      { id: "tan-thanh", scenario: tanThanh() },
      { id: "chi-ma", scenario: chiMa() },
    ],
    demand: {
      arrivals: {
        kind: "profile",
        trucksPerDay: 1350, // facts: Lang Son, 1 Jan–20 Apr 2025, ~1,350 vehicles/day
        hourlyShares: DAYTIME_ARRIVAL_SHARES, // assumption: most trucks come by day
      },
      directionShares: LANG_SON_DIRECTIONS, // facts: 77% imports
      cargoClasses: HUU_NGHI_CARGO.map((cargo) => ({ id: cargo.id, share: cargo.share })), // assumption (see building blocks)
    },
    routing: { kind: "shortest-expected-wait", refreshMinutes: 60 }, // assumption: an hourly board
    diversion: { travelHours: 2 }, // assumption: 2 h between Lang Son gates
  };
}
