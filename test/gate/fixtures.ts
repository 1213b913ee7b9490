import type { Scenario } from "../../src/gate/index.js";

/** A one-station gate open all day with Poisson arrivals: an M/M/c queue in scenario form. */
export function singleStation(options: {
  trucksPerDay: number;
  servers: number;
  meanServiceSeconds: number;
  horizonDays?: number;
}): Scenario {
  return {
    name: "single-station",
    horizonDays: options.horizonDays ?? 20,
    trucks: {
      directionShares: { export: 0.5, import: 0.5 },
      cargoClasses: [{ id: "general", share: 1, agricultural: false }],
    },
    arrivals: {
      kind: "profile",
      trucksPerDay: options.trucksPerDay,
      hourlyShares: Array.from({ length: 24 }, () => 1 / 24),
    },
    stations: [
      {
        id: "check",
        kind: "other",
        servers: options.servers,
        serviceSeconds: { kind: "exponential", meanSeconds: options.meanServiceSeconds },
      },
    ],
    pathway: [{ stationId: "check" }],
  };
}
