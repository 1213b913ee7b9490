/**
 * Parameter validation for the random layer: collect every problem, then throw once.
 *
 * @module
 */
import { RandomError, type RandomIssue } from "./errors.js";

/**
 * Collects parameter issues for one API call and throws a single {@link RandomError} listing all.
 *
 * Each check returns `true` when the value passed, so dependent checks (e.g. `min < max`) can be
 * skipped when an operand is already invalid.
 *
 * @example
 * const check = new ParameterCheck("uniform");
 * const ok = check.finite("min", min) && check.finite("max", max);
 * if (ok) check.that(min < max, "max", max, `a number > min (${min})`);
 * check.throwIfInvalid();
 */
export class ParameterCheck {
  private readonly issues: RandomIssue[] = [];

  /** @param api - name of the checked API, used as the message prefix. */
  constructor(private readonly api: string) {}

  /** Records an issue unless `condition` holds; returns `condition`. */
  that(condition: boolean, parameter: string, received: unknown, expected: string): boolean {
    if (!condition) this.issues.push({ parameter, received, expected });
    return condition;
  }

  /** Requires a finite number (any sign). */
  finite(parameter: string, value: unknown): value is number {
    return this.that(isFiniteNumber(value), parameter, value, "a finite number");
  }

  /** Requires a finite number > 0. */
  positive(parameter: string, value: unknown): value is number {
    return this.that(isFiniteNumber(value) && value > 0, parameter, value, "a finite number > 0");
  }

  /** Requires a finite number >= 0. */
  nonNegative(parameter: string, value: unknown): value is number {
    return this.that(isFiniteNumber(value) && value >= 0, parameter, value, "a finite number >= 0");
  }

  /** Requires an integer >= `min` (default 0). */
  integer(parameter: string, value: unknown, min = 0): value is number {
    return this.that(
      Number.isSafeInteger(value) && (value as number) >= min,
      parameter,
      value,
      `an integer >= ${min}`,
    );
  }

  /** Requires a non-empty array; returns it typed, or `undefined` after recording the issue. */
  nonEmptyArray(parameter: string, value: unknown): readonly unknown[] | undefined {
    const ok = Array.isArray(value) && value.length > 0;
    this.that(ok, parameter, value, "a non-empty array");
    return ok ? (value as readonly unknown[]) : undefined;
  }

  /** True when no issue has been recorded so far. */
  get ok(): boolean {
    return this.issues.length === 0;
  }

  /**
   * Throws the collected issues, if any.
   *
   * @throws {RandomError} code `INVALID_PARAMETER`, listing every recorded issue
   */
  throwIfInvalid(): void {
    if (this.issues.length > 0) throw new RandomError("INVALID_PARAMETER", this.api, this.issues);
  }
}

/** True for a `number` that is neither NaN nor ±Infinity. */
export function isFiniteNumber(value: unknown): value is number {
  return typeof value === "number" && Number.isFinite(value);
}

/**
 * Validates a list of probabilities/weights: each finite and >= 0, total within 1e-9 of 1.
 * Records issues on `check` under `parameter[i]` / `parameter`; returns true when valid.
 *
 * @example checkProbabilities(check, "weights", [0.3, 0.7]) // true
 */
export function checkProbabilities(
  check: ParameterCheck,
  parameter: string,
  values: readonly unknown[],
  itemPath: (index: number) => string = (index) => `${parameter}[${index}]`,
): boolean {
  let allValid = true;
  let total = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    if (check.nonNegative(itemPath(i), value)) total += value;
    else allValid = false;
  }
  if (!allValid) return false;
  return check.that(
    Math.abs(total - 1) <= 1e-9,
    parameter,
    values,
    `values summing to 1 within 1e-9 (they sum to ${total})`,
  );
}
