/**
 * Huu Nghi before the smart gate (2019): paper documents checked by hand, manual quarantine
 * sampling, cargo transshipped between Vietnamese and Chinese trucks, limited opening hours.
 * Reported throughput: about 1,650 trucks/day (facts: the 2024 record of 3,300 is "double").
 * Its daily capacity (~1,780 trucks in a 14 h day at the document booths) sits just above that
 * demand: queues carry over night, and any surge above capacity becomes a multi-day backlog.
 */
import type { Scenario } from "../scenario/schema.js";
import {
  BORDER_CHANNEL_SHARES,
  DAYTIME_ARRIVAL_SHARES,
  GATE_PATHWAY,
  HUU_NGHI_CARGO,
  LANG_SON_DIRECTIONS,
  manualQuarantine,
} from "./building-blocks.js";

/** Assumption: the manual gate worked 07:00–21:00. */
const MANUAL_HOURS = { fromHour: 7, toHour: 21 };

export function huuNghiManual2019(): Scenario {
  return {
    name: "huu-nghi-manual-2019",
    description:
      "Manual gate: paper documents, manual quarantine, transshipment, open 07:00-21:00; demand 1,650 trucks/day",
    horizonDays: 28,
    drainDays: 0,
    trucks: { directionShares: LANG_SON_DIRECTIONS, cargoClasses: HUU_NGHI_CARGO },
    arrivals: {
      kind: "profile",
      trucksPerDay: 1650, // facts: ~1,650 trucks/day in 2019
      hourlyShares: DAYTIME_ARRIVAL_SHARES,
    },
    stations: [
      {
        id: "identity",
        kind: "identity-check",
        label: "Paper documents and driver identity, by hand",
        servers: 10, // assumption: 10 booths
        // assumption: ~4.5 min per truck with paper documents (facts: ~2-10 min per-truck export clearance at Tan Thanh)
        serviceSeconds: { kind: "lognormal", meanSeconds: 270, sdSeconds: 90 },
        openHours: MANUAL_HOURS,
      },
      {
        id: "customs",
        kind: "customs",
        label: "Declaration check and risk channel",
        servers: 9, // assumption
        serviceSeconds: { kind: "lognormal", meanSeconds: 240, sdSeconds: 120 }, // assumption
        openHours: MANUAL_HOURS,
        channelShares: BORDER_CHANNEL_SHARES,
      },
      {
        id: "document-check",
        kind: "document-check",
        servers: 15, // assumption
        serviceSeconds: { kind: "lognormal", meanSeconds: 900, sdSeconds: 400 }, // assumption: 15 min
        openHours: MANUAL_HOURS,
      },
      {
        id: "inspection",
        kind: "inspection",
        label: "Physical inspection",
        servers: 15, // assumption
        serviceSeconds: { kind: "lognormal", meanSeconds: 3600, sdSeconds: 1800 }, // assumption: 1 h
        openHours: MANUAL_HOURS,
      },
      manualQuarantine(MANUAL_HOURS),
      {
        id: "crossing",
        kind: "transshipment",
        label: "Cargo moved by hand onto trucks of the other side",
        servers: 60, // assumption: 60 transshipment teams
        serviceSeconds: { kind: "lognormal", meanSeconds: 1500, sdSeconds: 600 }, // assumption: 25 min
        openHours: MANUAL_HOURS,
      },
    ],
    pathway: GATE_PATHWAY,
    yard: { slots: 800, truckSpacingMetres: 18 }, // assumption: 800 slots; 18 m per truck queued
    neighbour: { trucksPerDay: 2000, openHours: { fromHour: 8, toHour: 20 } }, // assumption
    targetTimeInSystemHours: 24,
  };
}
