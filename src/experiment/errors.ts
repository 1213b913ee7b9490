/**
 * Errors of the experiment layer: one class, stable codes, every problem listed at once, e.g.
 * `replicate: replications expected an integer >= 1, received 0; level expected a number in
 * (0, 1), received 95`.
 */

/** Stable machine-readable codes carried by {@link ExperimentError}. */
export type ExperimentErrorCode =
  /** An option is missing or outside its documented domain. */
  | "INVALID_OPTION"
  /** A KPI read a value that is neither a finite number nor null. */
  | "INVALID_KPI_VALUE"
  /** A worker could not load the model module or found no model under the export name. */
  | "MODEL_NOT_LOADED";

/** One problem: where, what was received, what was expected. */
export interface ExperimentIssue {
  /** Option path, e.g. `sequential.targetHalfWidth` or `resources[1].max`. */
  readonly parameter: string;
  readonly received: unknown;
  /** Phrased to follow "expected", e.g. `an integer >= 1`. */
  readonly expected: string;
}

/**
 * The error thrown for invalid experiment options and bad KPI values. `issues` holds every
 * problem; the message lists them.
 *
 * @example
 * try { replicateSync({ ...options, replications: 0 }); } catch (e) {
 *   if (e instanceof ExperimentError) e.issues[0]?.parameter; // "replications"
 * }
 */
export class ExperimentError extends Error {
  override readonly name = "ExperimentError";
  readonly code: ExperimentErrorCode;
  /** The API that rejected its input, e.g. `replicate` or `planCapacity`. */
  readonly api: string;
  readonly issues: readonly ExperimentIssue[];

  constructor(code: ExperimentErrorCode, api: string, issues: readonly ExperimentIssue[]) {
    super(`${api}: ${issues.map(formatIssue).join("; ")}`);
    this.code = code;
    this.api = api;
    this.issues = issues;
  }
}

function formatIssue(issue: ExperimentIssue): string {
  return `${issue.parameter} expected ${issue.expected}, received ${formatValue(issue.received)}`;
}

function formatValue(value: unknown): string {
  if (typeof value === "string") return JSON.stringify(value);
  if (typeof value === "number" || typeof value === "boolean" || value === null) {
    return String(value);
  }
  if (value === undefined) return "undefined";
  if (Array.isArray(value)) return `an array of length ${value.length}`;
  return Object.prototype.toString.call(value);
}

/**
 * Collects option problems for one call, then throws a single {@link ExperimentError}.
 *
 * @example
 * const check = new OptionCheck("replicate");
 * check.integer("replications", 0, 1);
 * check.throwIfInvalid(); // throws: replications expected an integer >= 1, received 0
 */
export class OptionCheck {
  private readonly issues: ExperimentIssue[] = [];

  constructor(private readonly api: string) {}

  /** Records an issue unless `condition` holds; returns `condition`. */
  that(condition: boolean, parameter: string, received: unknown, expected: string): boolean {
    if (!condition) this.issues.push({ parameter, received, expected });
    return condition;
  }

  /** Requires a safe integer >= `min`. */
  integer(parameter: string, value: unknown, min: number): value is number {
    return this.that(
      Number.isSafeInteger(value) && (value as number) >= min,
      parameter,
      value,
      `an integer >= ${min}`,
    );
  }

  /** Requires a finite number > 0. */
  positive(parameter: string, value: unknown): value is number {
    return this.that(
      typeof value === "number" && Number.isFinite(value) && value > 0,
      parameter,
      value,
      "a finite number > 0",
    );
  }

  /** Requires a confidence level strictly between 0 and 1. */
  level(parameter: string, value: unknown): value is number {
    return this.that(
      typeof value === "number" && value > 0 && value < 1,
      parameter,
      value,
      "a number in (0, 1), e.g. 0.95",
    );
  }

  /** Requires an experiment model: an object with a `run` function. */
  model(model: { run?: unknown } | undefined): boolean {
    return this.that(typeof model?.run === "function", "model.run", model?.run, "a function");
  }

  /** Requires a non-empty string. */
  nonEmptyString(parameter: string, value: unknown): value is string {
    return this.that(
      typeof value === "string" && value.length > 0,
      parameter,
      value,
      "a non-empty string",
    );
  }

  /** Whether no issue was recorded so far. */
  get ok(): boolean {
    return this.issues.length === 0;
  }

  /** @throws {ExperimentError} INVALID_OPTION listing every recorded issue. */
  throwIfInvalid(): void {
    if (this.issues.length > 0) throw new ExperimentError("INVALID_OPTION", this.api, this.issues);
  }
}
