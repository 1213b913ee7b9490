/**
 * Run-time type checks of the kernel's public entry points, for callers in plain JavaScript (a
 * string delay would make the clock a string; a missing callback would fail deep in the event
 * loop as a raw TypeError). Cold code, only reached on the way to a throw, except the one-line
 * guards the callers inline.
 */
import { renderValue } from "../common/index.js";
import { SimulationError } from "./errors.js";

/**
 * @throws SimulationError INVALID_ARGUMENT: `api`'s `name` expected `expected`.
 * @internal
 */
export function invalidArgument(
  api: string,
  name: string,
  expected: string,
  value: unknown,
  now?: number,
): SimulationError {
  return new SimulationError(
    "INVALID_ARGUMENT",
    `${api}: ${name} expected ${expected}, received ${describe(value)}`,
    now,
  );
}

/**
 * Requires a function.
 * @internal
 */
export function checkFunction(value: unknown, api: string, name: string, now?: number): void {
  if (typeof value !== "function") throw invalidArgument(api, name, "a function", value, now);
}

/**
 * Requires an options object (or undefined).
 * @internal
 */
export function checkOptions(value: unknown, api: string, now?: number): void {
  if (
    value !== undefined &&
    (value === null || typeof value !== "object" || Array.isArray(value))
  ) {
    throw invalidArgument(api, "options", "an object or nothing", value, now);
  }
}

/**
 * Requires a kernel simulation (any object with the simulation's clock and calendar).
 * @internal
 */
export function checkSimulation(value: unknown, api: string): void {
  const sim = value as { now?: unknown; schedule?: unknown } | null;
  if (sim === null || typeof sim !== "object" || typeof sim.schedule !== "function") {
    throw invalidArgument(api, "sim", "a Simulation", value);
  }
}

/**
 * Requires an array of events of `sim`.
 * @internal
 */
export function checkEvents(events: unknown, sim: object, api: string, now: number): void {
  if (!Array.isArray(events))
    throw invalidArgument(api, "events", "an array of events", events, now);
  events.forEach((event: unknown, i) => {
    const e = event as { sim?: unknown; addWaiter?: unknown } | null;
    if (e === null || typeof e !== "object" || typeof e.addWaiter !== "function" || e.sim !== sim) {
      throw invalidArgument(api, `events[${i}]`, "an event of this simulation", event, now);
    }
  });
}

/**
 * Requires a finite number (a request's priority; lower is more urgent).
 * @internal
 */
export function invalidRequestPriority(
  api: string,
  priority: unknown,
  now: number,
): SimulationError {
  return new SimulationError(
    "INVALID_PRIORITY",
    `${api}: priority expected a finite number, received ${describe(priority)}`,
    now,
  );
}

function describe(value: unknown): string {
  if (typeof value === "function") return "a function";
  if (typeof value === "string") return renderValue(value);
  if (value === null || value === undefined) return String(value);
  return typeof value === "object" ? renderValue(value) : `${renderValue(value)} (${typeof value})`;
}
