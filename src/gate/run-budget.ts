/**
 * The bounds of one gate run, derived from the scenario: an event budget (a generous multiple
 * of the events its trucks, staffing, outages and sampling need) and a bound on the trucks in
 * the system at once (what holds memory). A run that passes either stops with a typed
 * SimulationError naming the bound, the simulated time reached and how to raise it, instead
 * of running for hours or growing to gigabytes in silence.
 */
import { renderValue, SECONDS_PER_DAY } from "../common/index.js";
import { SimulationError } from "../engine/index.js";
import { peakTrucksPerDay } from "./arrivals/index.js";
import { acceptedPerDay } from "./scenario/neighbour-schema.js";
import type { Scenario } from "./scenario/schema.js";

/** How many times the expected events the default budget allows. */
export const EVENT_BUDGET_FACTOR = 10;
/** The least default event budget (short runs are never stopped by the budget). */
export const MIN_EVENT_BUDGET = 1_000_000;
/** The kernel's own ceiling (2^40, about 1.1 × 10^12 events). */
const MAX_EVENT_BUDGET = 2 ** 40;
/**
 * Trucks in the system at once (waiting or in service) beyond which a run stops with
 * MEMORY_BUDGET_EXCEEDED: about 500 bytes of heap each (measured: 1.1 GB peak RSS at the
 * bound). An overloaded
 * gate (demand above capacity for months) reaches it; a feasible one never comes close.
 */
export const DEFAULT_MAX_TRUCKS_IN_SYSTEM = 2_000_000;

/**
 * The default event budget of a run of `scenario`: 10 × (trucks on
 * the busiest day × events per truck (4 + 2 per station, detours included) + per station and day
 * the staffing changes, hourly sampling and outage cycles + the neighbour's acceptances) over
 * the horizon and drain days, plus the initial trucks; at least 1,000,000.
 *
 * @example
 * // the smart gate's 28 days: about 3,300 trucks a day through 7 stations
 * gateEventBudget(preset("huu-nghi-smart-2024")!); // > 18000000 (about 6 events per truck are needed)
 */
export function gateEventBudget(scenario: Scenario): number {
  const stations = scenario.stations.length;
  const eventsPerTruck = 4 + 2 * (stations + 1);
  const days = scenario.horizonDays + (scenario.drainDays ?? 0);
  const trucksPerDay = peakTrucksPerDay(scenario.arrivals, scenario.horizonDays);
  let stationEventsPerDay = 0;
  for (const station of scenario.stations) {
    const hoursBetweenFailures = station.outages?.meanHoursBetweenFailures;
    const outages = hoursBetweenFailures === undefined ? 0 : (2 * 24) / hoursBetweenFailures;
    stationEventsPerDay += 4 * 24 + 2 * (station.shifts?.length ?? 1) + outages;
  }
  const neighbour = scenario.neighbour === undefined ? 0 : 2 * acceptedPerDay(scenario.neighbour);
  const initial = (scenario.initialState?.trucks ?? []).reduce((sum, g) => sum + g.count, 0);
  const perDay = trucksPerDay * eventsPerTruck + stationEventsPerDay + neighbour + 24;
  const expected = perDay * days + initial * eventsPerTruck;
  const budget = Math.ceil(EVENT_BUDGET_FACTOR * expected);
  return Math.min(MAX_EVENT_BUDGET, Math.max(MIN_EVENT_BUDGET, budget));
}

/**
 * The error of a run whose trucks in the system passed `limit`.
 * @internal
 */
export function trucksBudgetExceeded(
  inSystem: number,
  limit: number,
  now: number,
): SimulationError {
  const day = (now / SECONDS_PER_DAY).toFixed(2);
  return new SimulationError(
    "MEMORY_BUDGET_EXCEEDED",
    `runGate: stopped an overloaded run: trucks in the system expected at most ${limit} (maxTrucksInSystem), received ${inSystem} on day ${day} (simulated time ${now} s); demand outruns capacity, so the backlog and memory grow without bound: shorten the horizon, add capacity, or raise maxTrucksInSystem`,
    now,
  );
}

/**
 * The `maxTrucksInSystem` option: the default when undefined, else an integer >= 1.
 * @throws SimulationError INVALID_ARGUMENT otherwise.
 * @internal
 */
export function maxTrucksInSystemOption(value: unknown): number {
  if (value === undefined) return DEFAULT_MAX_TRUCKS_IN_SYSTEM;
  if (typeof value === "number" && Number.isSafeInteger(value) && value >= 1) return value;
  throw new SimulationError(
    "INVALID_ARGUMENT",
    `runGate: maxTrucksInSystem expected an integer >= 1, received ${renderValue(value)}`,
  );
}

/**
 * Checks the types of `runGate`'s options for callers in plain JavaScript (a seed of `{}` was
 * accepted as the seed "[object Object]"; a non-function `onTruck` failed as a raw TypeError).
 * @throws SimulationError INVALID_ARGUMENT naming the option, the value and what was expected.
 * @internal
 */
export function checkGateRunOptions(options: unknown): void {
  if (options === undefined) return;
  const bad = (name: string, expected: string, value: unknown): SimulationError =>
    new SimulationError(
      "INVALID_ARGUMENT",
      `runGate: ${name} expected ${expected}, received ${renderValue(value)}`,
    );
  if (options === null || typeof options !== "object" || Array.isArray(options)) {
    throw bad("options", "an object or nothing", options);
  }
  const o = options as Record<string, unknown>;
  const seed = o.seed;
  if (
    seed !== undefined &&
    !(
      (typeof seed === "string" && seed !== "") ||
      (typeof seed === "number" && Number.isFinite(seed))
    )
  ) {
    throw bad("seed", "a non-empty string or a finite number", seed);
  }
  for (const name of ["onTruck", "trace"]) {
    if (o[name] !== undefined && typeof o[name] !== "function")
      throw bad(name, "a function", o[name]);
  }
  const hours = o.seriesIntervalHours;
  if (hours !== undefined && !(typeof hours === "number" && Number.isFinite(hours) && hours > 0)) {
    throw bad("seriesIntervalHours", "a finite number > 0", hours);
  }
  for (const name of ["maxEvents", "traceLimit"]) {
    const value = o[name];
    if (
      value !== undefined &&
      !(typeof value === "number" && Number.isSafeInteger(value) && value >= 1)
    ) {
      throw bad(name, "an integer >= 1", value);
    }
  }
}
