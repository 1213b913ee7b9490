/**
 * Argument checks shared by the statistics layer (internal: not exported from the index).
 * Each check returns the value unchanged or throws a {@link StatsError} naming the API and the
 * parameter.
 */
import { StatsError } from "./errors.js";

function fail(api: string, path: string, received: unknown, expected: string): never {
  throw new StatsError("INVALID_ARGUMENT", { api, path, received, expected });
}

/** Requires a finite number. @throws {StatsError} INVALID_ARGUMENT otherwise. */
export function finite(api: string, parameter: string, value: number): number {
  if (typeof value !== "number" || !Number.isFinite(value)) {
    fail(api, parameter, value, "a finite number");
  }
  return value;
}

/** Requires a finite number >= 0. @throws {StatsError} INVALID_ARGUMENT otherwise. */
export function nonNegative(api: string, parameter: string, value: number): number {
  if (typeof value !== "number" || !Number.isFinite(value) || value < 0) {
    fail(api, parameter, value, "a finite number >= 0");
  }
  return value;
}

/** Requires a finite number > 0. @throws {StatsError} INVALID_ARGUMENT otherwise. */
export function positive(api: string, parameter: string, value: number): number {
  if (typeof value !== "number" || !Number.isFinite(value) || value <= 0) {
    fail(api, parameter, value, "a finite number > 0");
  }
  return value;
}

/** Requires a safe integer >= `min`. @throws {StatsError} INVALID_ARGUMENT otherwise. */
export function integerAtLeast(api: string, parameter: string, value: number, min: number): number {
  if (typeof value !== "number" || !Number.isSafeInteger(value) || value < min) {
    fail(api, parameter, value, `an integer >= ${min}`);
  }
  return value;
}

/** Requires a number strictly inside (0, 1). @throws {StatsError} INVALID_ARGUMENT otherwise. */
export function openUnit(api: string, parameter: string, value: number): number {
  if (typeof value !== "number" || !(value > 0 && value < 1)) {
    fail(api, parameter, value, "a number in (0, 1)");
  }
  return value;
}

/** Requires a number in [0, 1]. @throws {StatsError} INVALID_ARGUMENT otherwise. */
export function closedUnit(api: string, parameter: string, value: number): number {
  if (typeof value !== "number" || !(value >= 0 && value <= 1)) {
    fail(api, parameter, value, "a number in [0, 1]");
  }
  return value;
}

/** Requires an array of finite numbers. @throws {StatsError} INVALID_ARGUMENT otherwise. */
export function finiteArray(
  api: string,
  parameter: string,
  values: readonly number[],
): readonly number[] {
  if (!Array.isArray(values)) fail(api, parameter, values, "an array of finite numbers");
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (typeof v !== "number" || !Number.isFinite(v)) {
      fail(api, `${parameter}[${i}]`, v, "a finite number");
    }
  }
  return values;
}
