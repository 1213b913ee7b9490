/**
 * The errors the simulation's own methods throw, built here so the event loop's file keeps to
 * the loop: each names the method, the bad value and what was expected, and the simulated time.
 * Cold code: only called on the way to a throw.
 */
import { renderValue } from "../common/index.js";
import { SimulationError } from "./errors.js";
import { MAX_PRIORITY, MIN_PRIORITY } from "./scheduled-event.js";

/** A delay or time that is negative, NaN or infinite. */
export function invalidDelay(
  api: "schedule" | "scheduleAt",
  value: number,
  now: number,
): SimulationError {
  const what =
    api === "schedule" ? "delay expected a finite number >= 0" : "time expected a finite number";
  return new SimulationError(
    "INVALID_DELAY",
    `Simulation.${api}: ${what}, received ${renderValue(value)}`,
    now,
  );
}

/** `scheduleAt` before the current time. */
export function scheduleInPast(time: number, now: number): SimulationError {
  return new SimulationError(
    "SCHEDULE_IN_PAST",
    `Simulation.scheduleAt: time expected >= now (${now}), received ${time}`,
    now,
  );
}

/** A priority outside [MIN_PRIORITY, MAX_PRIORITY] or not an integer. */
export function invalidPriority(priority: number, now: number): SimulationError {
  return new SimulationError(
    "INVALID_PRIORITY",
    `Simulation.schedule: priority expected an integer in [${MIN_PRIORITY}, ${MAX_PRIORITY}], received ${renderValue(priority)}`,
    now,
  );
}

/** More entries scheduled than sequence numbers exist. */
export function sequenceExhausted(now: number): SimulationError {
  return new SimulationError(
    "EVENT_BUDGET_EXCEEDED",
    "Simulation.schedule: sequence numbers exhausted",
    now,
  );
}

/** `run({ until })` before the current time. */
export function invalidUntil(until: number, now: number): SimulationError {
  return new SimulationError(
    "INVALID_UNTIL",
    `Simulation.run: until expected a number >= now (${now}), received ${renderValue(until)}`,
    now,
  );
}

/** `run` called from inside an event. */
export function reentrantRun(now: number): SimulationError {
  return new SimulationError(
    "REENTRANT_RUN",
    "Simulation.run: expected to be called from outside the event loop, received a call from inside a running event",
    now,
  );
}

/** `run` after a run that failed. */
export function brokenSimulation(cause: unknown, now: number): SimulationError {
  const text = cause instanceof Error ? cause.message : renderValue(cause);
  return new SimulationError(
    "SIMULATION_BROKEN",
    `Simulation.run: expected a simulation in a consistent state, received one whose previous run failed (${text}); create a new Simulation`,
    now,
  );
}

/** A model that ran past its event budget or looped at one instant. */
export function runaway(
  code: "ZERO_TIME_LOOP" | "EVENT_BUDGET_EXCEEDED",
  count: number,
  what: string,
  now: number,
): SimulationError {
  return new SimulationError(
    code,
    `Simulation.run: stopped a runaway model: ${what}; ${count} events ran, simulated time ${now}`,
    now,
  );
}
