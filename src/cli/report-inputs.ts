/**
 * What an HTML report states of its inputs: each scenario's name, the SHA-256 of its definition
 * (first 16 hex digits), its key parameters (demand, servers and hours per station, days, yard),
 * the seed, the replications, the gatesim version and today's date. The CLI is the only place
 * that reads the clock; the report functions take the date as given.
 */
import { createHash } from "node:crypto";
import { createRequire } from "node:module";
import { gateLoad, type Scenario } from "../gate/index.js";
import type { ReportInputs, ReportParameter } from "../report/charts/index.js";
import { formatNumber } from "../report/index.js";

const hour = (h: number) =>
  `${String(Math.floor(h)).padStart(2, "0")}:${String(Math.round((h % 1) * 60)).padStart(2, "0")}`;

/** The first 16 hex digits of the SHA-256 of the scenario's JSON (after validation). */
export function scenarioDigest(scenario: Scenario): string {
  return createHash("sha256").update(JSON.stringify(scenario)).digest("hex").slice(0, 16);
}

/** The key parameters of a scenario, formatted for the page. */
export function scenarioParameters(scenario: Scenario): ReportParameter[] {
  const load = gateLoad(scenario);
  const days = `${scenario.horizonDays} days${scenario.drainDays ? ` + ${scenario.drainDays} drain days` : ""}${scenario.warmupDays ? `, first ${scenario.warmupDays} left out (warm-up)` : ""}`;
  const stations = scenario.stations.map((station, i) => {
    const hours =
      station.shifts !== undefined
        ? `${station.shifts.length} shifts`
        : station.openHours === undefined ||
            (station.openHours.fromHour === 0 && station.openHours.toHour === 24)
          ? "open 24 h"
          : `open ${hour(station.openHours.fromHour)}–${hour(station.openHours.toHour)}`;
    const servers = station.servers === undefined ? "" : `${station.servers} servers, `;
    const mean = load.stations[i]?.meanServers;
    return {
      label: `${station.id}`,
      value: `${servers}${hours}${mean === undefined ? "" : ` (${formatNumber(mean)} on average over the week)`}`,
    };
  });
  return [
    { label: "demand", value: `${formatNumber(load.trucksPerDay, 0)} trucks/day at day 0` },
    { label: "simulated", value: days },
    {
      label: "yard",
      value:
        scenario.yard === undefined
          ? "unlimited"
          : `${formatNumber(scenario.yard.slots, 0)} places`,
    },
    ...stations,
  ];
}

/** The gatesim version, from the package's own package.json. */
export function gatesimVersion(): string {
  const require = createRequire(import.meta.url);
  return (require("../../package.json") as { version: string }).version;
}

/** The inputs block of a page made now from `scenarios`. */
export function reportInputs(
  scenarios: readonly Scenario[],
  flags: { readonly seed: string; readonly replications: number },
  now: Date = new Date(),
): ReportInputs {
  return {
    scenarios: scenarios.map((s) => ({
      name: s.name,
      digest: scenarioDigest(s),
      parameters: scenarioParameters(s),
    })),
    seed: flags.seed,
    replications: flags.replications,
    version: gatesimVersion(),
    date: now.toISOString().slice(0, 10),
  };
}
