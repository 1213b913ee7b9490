/**
 * The load a scenario puts on each station, from its definition alone (no simulation): trucks
 * per day reaching each station along the pathway (direction × cargo class × channel shares),
 * the detours station kinds send on (false rejects, flagged scans), the mean service time of
 * the trucks that come, and the servers the station offers on average (opening hours, shifts,
 * closed days and outages included). Offered load over mean servers is the long-run
 * utilisation a stable station would show: at or above 1, its queue grows without bound.
 * Used for overload warnings and as a starting point for capacity plans.
 */
import { SECONDS_PER_DAY, SECONDS_PER_HOUR } from "../common/index.js";
import { nominalTrucksPerDay } from "./arrivals/index.js";
import { CapacitySchedule } from "./capacity-schedule.js";
import { meanDurationSeconds } from "./durations/index.js";
import { CHANNELS, DIRECTIONS, NO_CHANNEL } from "./encoding.js";
import { Pathway } from "./pathway.js";
import { acceptedPerDay } from "./scenario/neighbour-schema.js";
import type { Scenario } from "./scenario/schema.js";
import { serviceLawTable } from "./service-laws.js";
import { stationKind } from "./stations/index.js";

/** The expected load on one station. */
export interface StationLoad {
  /** The station's id in the scenario. */
  readonly id: string;
  /** The station kind (customs, x-ray-portal, …). */
  readonly kind: string;
  /** Trucks per day that reach it (pathway steps and detours; a fallback's diverted trucks too). */
  readonly trucksPerDay: number;
  /** Mean service seconds over the trucks that reach it (null when none do). */
  readonly meanServiceSeconds: number | null;
  /** Offered load: busy servers needed on average (trucks per second × mean service). */
  readonly offeredServers: number;
  /** Servers available on average over a week (hours, shifts, closed days, outages). */
  readonly meanServers: number;
  /** Trucks per day it can serve at full utilisation (null when nothing reaches it). */
  readonly capacityTrucksPerDay: number | null;
  /** offeredServers / meanServers: ≥ 1 means the queue grows without bound (null: no servers). */
  readonly utilisation: number | null;
}

/** Options of {@link gateLoad}. */
export interface GateLoadOptions {
  /** The demand to estimate the load at, trucks per day (default: the arrivals' day-0 rate). */
  readonly trucksPerDay?: number;
}

/** The expected load on a gate. */
export interface GateLoad {
  /** Trucks arriving per day at day 0's rates (no season, no weekday factor). */
  readonly trucksPerDay: number;
  /** The load on every station, in scenario order. */
  readonly stations: readonly StationLoad[];
  /** The neighbouring side's acceptance, if modelled: arrivals per day over its trucks per day. */
  readonly neighbourUtilisation: number | null;
}

/**
 * The expected load of a (validated) scenario's stations.
 *
 * @example gateLoad(preset("huu-nghi-smart-2024")!).stations[0]!.trucksPerDay // 3300
 */
export function gateLoad(scenario: Scenario, options: GateLoadOptions = {}): GateLoad {
  const classes = scenario.trucks.cargoClasses;
  const classIds = classes.map((cargo) => cargo.id);
  const count = scenario.stations.length;
  const trucks = new Float64Array(count);
  const serviceSum = new Float64Array(count);
  const laws = scenario.stations.map((spec) => serviceLawTable(spec, classes));
  const detours = scenario.stations.map(
    (spec) => stationKind(spec).detours?.(spec, classIds) ?? [],
  );
  const indexById = new Map(scenario.stations.map((spec, index) => [spec.id, index]));
  const availability = scenario.stations.map(availableShare);
  const fallback = scenario.stations.map((spec) =>
    spec.outages?.fallbackStationId === undefined
      ? -1
      : indexById.get(spec.outages.fallbackStationId)!,
  );
  const visit = (station: number, direction: number, cargoClass: number, rate: number): void => {
    // While a station with a fallback is down, the trucks reaching it go to the fallback.
    const down = fallback[station]! >= 0 ? 1 - availability[station]! : 0;
    for (const [target, share] of [
      [station, 1 - down],
      [fallback[station]!, down],
    ] as const) {
      if (share === 0 || target < 0) continue;
      trucks[target]! += rate * share;
      serviceSum[target]! += rate * share * laws[target]![direction]![cargoClass]!.mean;
    }
  };
  const perDay =
    options.trucksPerDay ?? nominalTrucksPerDay(scenario.arrivals, scenario.horizonDays);
  const channelShares = channelSharesOf(scenario);
  const indices = scenario.stations.map((_, index) => index);
  const pathway = new Pathway<number>(scenario, indices, [], []);
  DIRECTIONS.forEach((_, direction) => {
    const directionShare =
      direction === 0
        ? scenario.trucks.directionShares.export
        : scenario.trucks.directionShares.import;
    classes.forEach((cargo, cargoClass) => {
      const channels =
        channelShares === null ? [[NO_CHANNEL, 1]] : channelShares.map((s, c) => [c, s]);
      for (const [channel, channelShare] of channels) {
        const rate = perDay * directionShare * cargo.share * channelShare!;
        if (rate === 0) continue;
        for (const station of pathway.routeFor(direction, cargoClass, channel!).stops) {
          visit(station, direction, cargoClass, rate);
          for (const detour of detours[station]!) {
            const share = detour.shareByCargoClass[cargoClass]!;
            if (share > 0)
              visit(indexById.get(detour.stationId)!, direction, cargoClass, rate * share);
          }
        }
      }
    });
  });
  const stations = scenario.stations.map((spec, index): StationLoad => {
    const meanServers = new CapacitySchedule(spec).meanServers() * availability[index]!;
    const arriving = trucks[index]!;
    const meanService = arriving > 0 ? serviceSum[index]! / arriving : null;
    const offered = meanService === null ? 0 : (arriving * meanService) / SECONDS_PER_DAY;
    return {
      id: spec.id,
      kind: spec.kind,
      trucksPerDay: arriving,
      meanServiceSeconds: meanService,
      offeredServers: offered,
      meanServers,
      capacityTrucksPerDay:
        meanService === null ? null : (meanServers * SECONDS_PER_DAY) / meanService,
      utilisation: meanServers > 0 ? offered / meanServers : null,
    };
  });
  const neighbour = scenario.neighbour;
  return {
    trucksPerDay: perDay,
    stations,
    neighbourUtilisation: neighbour === undefined ? null : perDay / acceptedPerDay(neighbour),
  };
}

/** The channel shares (green, yellow, red) of the channel-assigning step's station, or null. */
function channelSharesOf(scenario: Scenario): number[] | null {
  const step = scenario.pathway.find((candidate) => candidate.assignsChannel === true);
  const station = scenario.stations.find((spec) => spec.id === step?.stationId);
  const shares =
    station === undefined ? null : (stationKind(station).channelShares?.(station) ?? null);
  return shares === null ? null : CHANNELS.map((channel) => shares[channel]);
}

/** The long-run share of time a station is up: MTBF / (MTBF + mean repair). */
function availableShare(spec: Scenario["stations"][number]): number {
  if (spec.outages === undefined) return 1;
  const up = spec.outages.meanHoursBetweenFailures * SECONDS_PER_HOUR;
  return up / (up + meanDurationSeconds(spec.outages.repairSeconds));
}
