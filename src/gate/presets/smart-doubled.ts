/**
 * The announced plan: double today's customs clearance capacity at the smart port (facts),
 * i.e. 6,600 trucks/day. Every smart station, the yard and the neighbour's acceptance doubled
 * (assumption: the plan scales the whole chain, not one station).
 */
import type { Scenario } from "../scenario/schema.js";
import { huuNghiSmart2024, smartGateStations } from "./huu-nghi-smart-2024.js";

export function smartDoubled(): Scenario {
  const base = huuNghiSmart2024();
  return {
    ...base,
    name: "smart-doubled",
    description: "The announced plan: smart gate with doubled capacity, 6,600 trucks/day",
    horizonDays: 28,
    arrivals: { ...base.arrivals, kind: "profile", trucksPerDay: 6600 } as Scenario["arrivals"], // facts: double 3,300
    stations: smartGateStations(2),
    yard: { slots: 3000, truckSpacingMetres: 18 },
    neighbour: { trucksPerDay: 8000 },
  };
}
