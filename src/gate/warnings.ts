/**
 * Warnings before a planner is misled: a station (or the other side) whose offered load is at or
 * above its capacity — demand × mean service ÷ (servers × open share of the week × the share of
 * time it is up) — builds a queue that grows without bound, whatever the run's averages say.
 * Checked at the day-0 demand and on the busiest day of the horizon (weekdays, seasons and
 * demand changes included), from the scenario alone.
 */
import { peakTrucksPerDay } from "./arrivals/index.js";
import { arrivalsWithChanges } from "./changes/index.js";
import { type GateLoad, gateLoad } from "./load.js";
import type { Scenario } from "./scenario/schema.js";

/** One overload found in a scenario. */
export interface GateWarning {
  /** The station id ("neighbour" for the other side). */
  readonly stationId: string;
  /**
   * Offered load over capacity at that demand (≥ 1); null when the station has no server at all
   * (infinitely overloaded: JSON has no Infinity, and a number would understate it).
   */
  readonly utilisation: number | null;
  /** The demand it was computed at, trucks per day. */
  readonly trucksPerDay: number;
  /** The warning in words, with its numbers. */
  readonly message: string;
}

const percent = (share: number) => `${Math.round(100 * share)}%`;
const whole = (value: number) => Math.round(value).toLocaleString("en");

/**
 * The overloads of a (validated) scenario, at its day-0 demand and on its busiest day.
 *
 * @example gateWarnings(preset("huu-nghi-smart-2024")!).length // 0
 */
export function gateWarnings(scenario: Scenario): GateWarning[] {
  const totalDays = scenario.horizonDays + (scenario.drainDays ?? 0);
  const arrivals = arrivalsWithChanges(scenario.arrivals, scenario.changes, totalDays);
  const nominal = gateLoad(scenario);
  const peak = peakTrucksPerDay(arrivals, scenario.horizonDays);
  const warnings = overloads(nominal, "", "its queue grows without bound");
  if (peak > nominal.trucksPerDay * 1.0001) {
    const seen = new Set(warnings.map((warning) => warning.stationId));
    const busiest = overloads(
      gateLoad(scenario, { trucksPerDay: peak }),
      " on the busiest day",
      "its queue grows while that demand lasts",
    );
    warnings.push(...busiest.filter((warning) => !seen.has(warning.stationId)));
  }
  return warnings;
}

function overloads(load: GateLoad, when: string, consequence: string): GateWarning[] {
  const warnings: GateWarning[] = [];
  const demand = load.trucksPerDay;
  for (const station of load.stations) {
    const utilisation = station.utilisation;
    if (station.trucksPerDay <= 0) continue;
    if (utilisation === null || utilisation >= 1) {
      const capacity = station.capacityTrucksPerDay;
      warnings.push({
        stationId: station.id,
        utilisation,
        trucksPerDay: demand,
        message:
          utilisation === null
            ? `station "${station.id}" has no server while ${whole(station.trucksPerDay)} trucks a day reach it${when}: ${consequence}`
            : `station "${station.id}" is overloaded${when}: ${whole(station.trucksPerDay)} trucks a day need ${station.offeredServers.toFixed(1)} servers busy on average, it has ${station.meanServers.toFixed(1)} (${percent(utilisation)} of its capacity, about ${whole(capacity ?? 0)} trucks a day): ${consequence}`,
      });
    }
  }
  const neighbour = load.neighbourUtilisation;
  if (neighbour !== null && neighbour >= 1) {
    warnings.push({
      stationId: "neighbour",
      utilisation: neighbour,
      trucksPerDay: demand,
      message: `the other side accepts fewer trucks than arrive${when}: ${whole(demand)} a day against ${whole(demand / neighbour)} (${percent(neighbour)}): ${consequence.replace("its queue", "the queue before it")}`,
    });
  }
  return warnings;
}
