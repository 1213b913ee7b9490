/**
 * Errors of the experiment layer: one class, stable codes, every problem listed at once in the
 * shared {@link Issue} shape of `src/common`, e.g. `replicate: replications: expected an integer
 * >= 1, received 0; level: expected a number in (0, 1), e.g. 0.95, received 95`.
 */
import { type Issue, listIssues, makeIssue } from "../common/index.js";

/**
 * Stable machine-readable codes carried by {@link ExperimentError}.
 *
 * @inline
 */
export type ExperimentErrorCode =
  /** An option is missing or outside its documented domain. */
  | "INVALID_OPTION"
  /** A KPI read a value that is neither a finite number nor null. */
  | "INVALID_KPI_VALUE"
  /** A worker could not load the model module or found no model under the export name. */
  | "MODEL_NOT_LOADED"
  /** A replication threw on a queue worker (the Redis backend); the issue names it. */
  | "REPLICATION_FAILED"
  /** Redis could not be reached, stayed unreachable, or lost the run's jobs (the Redis backend). */
  | "QUEUE_UNAVAILABLE"
  /** A replication used up its budget (events, memory, or a zero-time loop) and stopped. */
  | "BUDGET_EXCEEDED"
  /** The call's wall-time limit passed; worker threads still running were terminated. */
  | "TIME_LIMIT_EXCEEDED"
  /** A replication's `run` threw (the cause holds what it threw). */
  | "MODEL_FAILED"
  /** A replication's result could not be sent back from its worker thread (not plain data). */
  | "RESULT_NOT_CLONEABLE"
  /** The experiment is larger than its documented cap; refused before it starts. */
  | "TOO_LARGE";

/** Stands in when an error is built without issues, so `issues` is never empty. */
const UNKNOWN_ISSUE: Issue = makeIssue("(unknown)", "valid input", undefined);

/**
 * The error thrown for invalid experiment options, bad KPI values and models a worker cannot
 * load. `issues` holds every problem (`path`, `expected`, `received` as rendered text,
 * `message`); the message names the API and lists the first 20 issues, then counts the rest.
 *
 * @example
 * const coin = { name: "coin", run: () => ({ heads: 50 }) };
 * const heads = { key: "heads", label: "Heads", unit: "flips", higherIsBetter: true,
 *   read: (result: { heads: number }) => result.heads };
 * const options = { model: coin, config: {}, seed: "s", replications: 0, kpis: [heads] };
 * replicateSync(options); // throws: replicateSync: replications: expected an integer >= 1, received 0
 * try {
 *   replicateSync(options);
 * } catch (e) {
 *   if (e instanceof ExperimentError) console.log(e.code, e.issues[0]?.path);
 * } // prints "INVALID_OPTION replications"
 */
export class ExperimentError extends Error {
  /** Always "ExperimentError". */
  override readonly name = "ExperimentError";
  /** Stable machine-readable code. */
  readonly code: ExperimentErrorCode;
  /** The API that rejected its input, e.g. `replicate` or `planCapacity`. */
  readonly api: string;
  /** Every problem found, in the order found; never empty. */
  readonly issues: readonly Issue[];
  /** The replication that failed (BUDGET_EXCEEDED, MODEL_FAILED, …), when one did. */
  readonly replication: number | undefined;
  /** The master seed of the failed replication, when one failed. */
  readonly seed: string | undefined;
  /** The simulated time the failed replication reached, when the model said. */
  readonly simTime: number | undefined;

  /**
   * @param code - stable error code
   * @param api - name of the function that rejected its input
   * @param issues - the problems found; the message lists the first 20 and counts the rest
   * @param options - `cause`: the underlying error (or its text), e.g. a failed import;
   *   `replication`, `seed`, `simTime`: where a failed replication stopped
   * @example
   * const issue = { path: "replications", expected: "an integer >= 1", received: "0",
   *   message: "replications: expected an integer >= 1, received 0" };
   * new ExperimentError("INVALID_OPTION", "sweep", [issue]).message;
   * // "sweep: replications: expected an integer >= 1, received 0"
   */
  constructor(
    code: ExperimentErrorCode,
    api: string,
    issues: readonly Issue[],
    options?: {
      readonly cause?: unknown;
      readonly replication?: number;
      readonly seed?: string;
      readonly simTime?: number;
    },
  ) {
    const list = issues.length > 0 ? [...issues] : [UNKNOWN_ISSUE];
    super(
      `${api}: ${listIssues(list).join("; ")}`,
      options?.cause === undefined ? undefined : { cause: options.cause },
    );
    this.code = code;
    this.api = api;
    this.issues = list;
    this.replication = options?.replication;
    this.seed = options?.seed;
    this.simTime = options?.simTime;
  }
}

/**
 * Collects option problems for one call, then throws a single {@link ExperimentError}.
 *
 * @example
 * const check = new OptionCheck("replicate");
 * check.integer("replications", 0, 1);
 * check.throwIfInvalid(); // throws: replicate: replications: expected an integer >= 1, received 0
 */
export class OptionCheck {
  private readonly issues: Issue[] = [];

  /** @param api - the API whose options are checked, named in the error message */
  constructor(private readonly api: string) {}

  /** Records an issue at `path` unless `condition` holds; returns `condition`. */
  that(condition: boolean, path: string, received: unknown, expected: string): boolean {
    if (!condition) this.issues.push(makeIssue(path, expected, received));
    return condition;
  }

  /** Requires a safe integer >= `min`. */
  integer(path: string, value: unknown, min: number): value is number {
    return this.that(
      Number.isSafeInteger(value) && (value as number) >= min,
      path,
      value,
      `an integer >= ${min}`,
    );
  }

  /** Requires a finite number > 0. */
  positive(path: string, value: unknown): value is number {
    return this.that(
      typeof value === "number" && Number.isFinite(value) && value > 0,
      path,
      value,
      "a finite number > 0",
    );
  }

  /** Requires a confidence level strictly between 0 and 1. */
  level(path: string, value: unknown): value is number {
    return this.that(
      typeof value === "number" && value > 0 && value < 1,
      path,
      value,
      "a number in (0, 1), e.g. 0.95",
    );
  }

  /** Requires an experiment model: an object with a `run` function. */
  model(model: { run?: unknown } | undefined): boolean {
    return this.that(typeof model?.run === "function", "model.run", model?.run, "a function");
  }

  /** Requires a non-empty string. */
  nonEmptyString(path: string, value: unknown): value is string {
    return this.that(
      typeof value === "string" && value.length > 0,
      path,
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
