/**
 * Parameter validation for the random layer: collect every problem, then throw once.
 *
 * @module
 */
import { type Issue, makeIssue } from "../common/index.js";
import { RandomError } from "./errors.js";

/**
 * Collects the problems of one API call and throws a single {@link RandomError} listing all.
 *
 * Each check returns `true` when the value passed, so dependent checks (e.g. `min < max`) can be
 * skipped when an operand is already invalid.
 *
 * @example
 * const [min, max] = [2, 1];
 * const check = new ParameterCheck("uniform");
 * const ok = check.finite("min", min) && check.finite("max", max);
 * if (ok) check.that(min < max, "max", max, `a number > min (${min})`);
 * check.throwIfInvalid(); // throws: uniform: max: expected a number > min (2), received 1
 */
export class ParameterCheck {
  private readonly issues: Issue[] = [];

  /** @param api - name of the checked API, used as the message prefix. */
  constructor(private readonly api: string) {}

  /**
   * Records an issue at `path` unless `condition` holds; returns `condition`. `receivedText`
   * replaces the rendering of `received` when it says more (e.g. "a sum of 1.1").
   */
  that(
    condition: boolean,
    path: string,
    received: unknown,
    expected: string,
    receivedText?: string,
  ): boolean {
    if (!condition) this.issues.push(makeIssue(path, expected, received, receivedText));
    return condition;
  }

  /**
   * Requires the options object of a factory: a plain object whose keys are all in `known`.
   * Returns it, or `undefined` after recording one issue for a non-object (so its fields are
   * not reported one by one) — unknown keys are recorded too, but the object is still returned.
   *
   * @example
   * const check = new ParameterCheck("exponential");
   * const options = check.options(300, ["mean"]); // undefined (300 is not an options object)
   * if (options !== undefined) check.positive("mean", options.mean);
   * check.throwIfInvalid(); // throws: exponential: options: expected an options object { mean }
   */
  options(value: unknown, known: readonly string[]): Readonly<Record<string, unknown>> | undefined {
    const isObject = typeof value === "object" && value !== null && !Array.isArray(value);
    if (!this.that(isObject, "options", value, `an options object { ${known.join(", ")} }`)) {
      return undefined;
    }
    const record = value as Readonly<Record<string, unknown>>;
    for (const key of Object.keys(record)) {
      this.that(known.includes(key), key, record[key], `a known option (${known.join(", ")})`);
    }
    return record;
  }

  /** Requires a finite number (any sign). */
  finite(path: string, value: unknown): value is number {
    return this.that(isFiniteNumber(value), path, value, "a finite number");
  }

  /** Requires a finite number > 0. */
  positive(path: string, value: unknown): value is number {
    return this.that(isFiniteNumber(value) && value > 0, path, value, "a finite number > 0");
  }

  /** Requires a finite number >= 0. */
  nonNegative(path: string, value: unknown): value is number {
    return this.that(isFiniteNumber(value) && value >= 0, path, value, "a finite number >= 0");
  }

  /** Requires an integer >= `min` (default 0). */
  integer(path: string, value: unknown, min = 0): value is number {
    return this.that(
      Number.isSafeInteger(value) && (value as number) >= min,
      path,
      value,
      `an integer >= ${min}`,
    );
  }

  /** Requires a non-empty array; returns it typed, or `undefined` after recording the issue. */
  nonEmptyArray(path: string, value: unknown): readonly unknown[] | undefined {
    const ok = Array.isArray(value) && value.length > 0;
    this.that(ok, path, value, "a non-empty array");
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
 * Validates a list of probabilities or weights: each finite and >= 0, total within 1e-9 of 1.
 * Records issues on `check` under `itemPath(i)` for an entry and `path` for the total (whose
 * expectation calls the entries `noun`); returns true when valid.
 *
 * @example
 * const check = new ParameterCheck("discrete");
 * checkProbabilities(check, "probabilities", [0.3, 0.7]); // true
 * checkProbabilities(check, "probabilities", [0.3, 0.6]); // false
 */
export function checkProbabilities(
  check: ParameterCheck,
  path: string,
  values: readonly unknown[],
  itemPath: (index: number) => string = (index) => `${path}[${index}]`,
  noun = path,
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
    path,
    values,
    `${noun} summing to 1 within 1e-9`,
    `${noun} summing to ${total}`,
  );
}
