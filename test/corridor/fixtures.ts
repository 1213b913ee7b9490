import type { Corridor } from "../../src/corridor/index.js";
import { singleStation } from "../gate/fixtures.js";

/**
 * A corridor of `gates` identical one-station M/M/c gates open all day, fed by Poisson demand of
 * `trucksPerDay` in total, routed as given.
 */
export function mmcCorridor(options: {
  gates: number;
  trucksPerDay: number;
  servers: number;
  meanServiceSeconds: number;
  horizonDays?: number;
  warmupDays?: number;
  routing: Corridor["routing"];
}): Corridor {
  const gates = Array.from({ length: options.gates }, (_, index) => {
    const scenario = singleStation({
      trucksPerDay: options.trucksPerDay / options.gates,
      servers: options.servers,
      meanServiceSeconds: options.meanServiceSeconds,
      horizonDays: options.horizonDays ?? 10,
    });
    return {
      id: `gate-${index + 1}`,
      scenario: { ...scenario, name: `gate ${index + 1}`, warmupDays: options.warmupDays ?? 1 },
    };
  });
  return {
    name: "m/m/c corridor",
    gates,
    demand: {
      arrivals: {
        kind: "profile",
        trucksPerDay: options.trucksPerDay,
        hourlyShares: Array.from({ length: 24 }, () => 1 / 24),
      },
      directionShares: { export: 0.5, import: 0.5 },
      cargoClasses: [{ id: "general", share: 1 }],
    },
    routing: options.routing,
  };
}

/** Equal shares over `gates` gates named gate-1, gate-2, … */
export function equalShares(gates: number): Corridor["routing"] {
  const sharesByGate: Record<string, number> = {};
  for (let i = 1; i <= gates; i++) sharesByGate[`gate-${i}`] = 1 / gates;
  return { kind: "fixed-shares", sharesByGate };
}
