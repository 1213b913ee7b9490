/**
 * The bounds of an experiment: an event budget handed to every replication (the model decides
 * what an event is and stops itself past the budget) and a wall-time limit for the whole call
 * (worker threads still running when it passes are terminated). Every failure of a replication
 * becomes an {@link ExperimentError} that names the replication, the seed and, for budgets, the
 * simulated time reached — in whichever thread it ran.
 */
import { ExperimentError, type OptionCheck } from "./errors.js";
import type { ReplicationTask } from "./model.js";

/**
 * The limits every experiment function accepts (`replicate`, `comparePaired`, `sweep`,
 * `planCapacity`).
 *
 * @inline
 */
export interface ExperimentLimits {
  /**
   * Event budget of each replication, an integer >= 1, passed to the model as
   * `run(config, seed, replication, { maxEvents })` (omitted: the model's default, e.g. the gate's
   * `gateEventBudget(scenario)`). A replication past it fails with BUDGET_EXCEEDED.
   */
  readonly maxEvents?: number;
  /**
   * Wall-time limit of the whole call, seconds > 0 (omitted: none). Past it the call rejects
   * with TIME_LIMIT_EXCEEDED; worker threads still running are terminated (in this thread,
   * the limit is checked between replications).
   */
  readonly timeLimitSeconds?: number;
}

/**
 * What a runner needs to enforce the limits of one call: the event budget of each task and the
 * deadline, in `performance.now()` milliseconds.
 *
 * @inline
 */
export interface RunControl {
  /** Event budget of each replication (omitted: the model's default). */
  readonly maxEvents?: number;
  /** `performance.now()` after which no replication may start or keep running. */
  readonly deadlineMs?: number;
  /** The limit in seconds, for the error message. */
  readonly timeLimitSeconds?: number;
  /** The API named in errors, e.g. "replicate". */
  readonly api?: string;
}

/** Codes of model errors that mean "a budget was used up", not "the model is wrong". */
const BUDGET_CODES = new Set(["EVENT_BUDGET_EXCEEDED", "MEMORY_BUDGET_EXCEEDED", "ZERO_TIME_LOOP"]);

/** Checks `maxEvents` and `timeLimitSeconds` when given. */
export function checkLimits(check: OptionCheck, limits: ExperimentLimits): void {
  if (limits.maxEvents !== undefined) check.integer("maxEvents", limits.maxEvents, 1);
  if (limits.timeLimitSeconds !== undefined) {
    check.positive("timeLimitSeconds", limits.timeLimitSeconds);
  }
}

/** The run control of one experiment call started now. */
export function startControl(api: string, limits: ExperimentLimits): RunControl {
  const seconds = limits.timeLimitSeconds;
  return {
    api,
    ...(limits.maxEvents === undefined ? {} : { maxEvents: limits.maxEvents }),
    ...(seconds === undefined
      ? {}
      : { deadlineMs: performance.now() + seconds * 1000, timeLimitSeconds: seconds }),
  };
}

/** A plain description of an error that survives structured cloning (its class does not). */
export interface ErrorRecord {
  readonly name: string;
  readonly message: string;
  readonly code?: string;
  readonly simTime?: number;
  readonly api?: string;
  readonly issues?: readonly {
    path: string;
    expected: string;
    received: string;
    message: string;
  }[];
}

/** The record of `error`, for sending across threads. */
export function errorRecord(error: unknown): ErrorRecord {
  if (!(error instanceof Error)) return { name: "Error", message: String(error) };
  const e = error as Error & Partial<Omit<ErrorRecord, "name" | "message">>;
  return {
    name: e.name,
    message: e.message,
    ...(typeof e.code === "string" ? { code: e.code } : {}),
    ...(typeof e.simTime === "number" ? { simTime: e.simTime } : {}),
    ...(typeof e.api === "string" ? { api: e.api } : {}),
    ...(Array.isArray(e.issues) ? { issues: structuredClone(e.issues) } : {}),
  };
}

/**
 * The typed error of replication `task` that threw `error` (in this thread or a worker): the
 * experiment's own errors keep their class and code; a budget stop becomes BUDGET_EXCEEDED and
 * anything else MODEL_FAILED, both naming the replication, the seed and the simulated time.
 */
export function replicationFailure(
  api: string,
  error: unknown,
  task: Pick<ReplicationTask<unknown>, "seed" | "replication">,
): ExperimentError {
  const record =
    error instanceof Error || typeof error !== "object"
      ? errorRecord(error)
      : (error as ErrorRecord);
  const where = { replication: task.replication, seed: task.seed };
  if (
    record.name === "ExperimentError" &&
    record.issues !== undefined &&
    record.api !== undefined
  ) {
    return new ExperimentError(record.code as ExperimentError["code"], record.api, record.issues, {
      cause: error,
      ...where,
    });
  }
  const budget = record.code !== undefined && BUDGET_CODES.has(record.code);
  const at = record.simTime === undefined ? "" : ` at simulated time ${record.simTime}`;
  const what = budget ? "stopped by its budget" : "failed";
  const hint = budget
    ? "; raise maxEvents (--max-events), shorten the horizon, or add capacity"
    : "";
  const received = `${record.name}${record.code === undefined ? "" : ` ${record.code}`}: ${firstLine(record.message)}`;
  const issue = {
    path: `replication ${task.replication} (seed ${JSON.stringify(task.seed)})`,
    expected: `a run that completes${budget ? " within its budgets" : ""}`,
    received,
    message: `replication ${task.replication} of seed ${JSON.stringify(task.seed)} ${what}${at}: ${received}${hint}`,
  };
  return new ExperimentError(budget ? "BUDGET_EXCEEDED" : "MODEL_FAILED", api, [issue], {
    cause: error,
    ...where,
    ...(record.simTime === undefined ? {} : { simTime: record.simTime }),
  });
}

/** The error of a call whose wall-time limit passed while `running` replications were pending. */
export function timeLimitExceeded(
  control: RunControl,
  seed: string,
  running: readonly number[],
  done: number,
): ExperimentError {
  const list =
    running.length === 0
      ? "none"
      : running.length <= 6
        ? running.join(", ")
        : `${running.slice(0, 5).join(", ")} … ${running[running.length - 1]} (${running.length} in all)`;
  const issue = {
    path: "timeLimitSeconds",
    expected: `an experiment that ends within ${control.timeLimitSeconds} s`,
    received: `${done} replications done, replications ${list} of seed ${JSON.stringify(seed)} not finished`,
    message: `time limit of ${control.timeLimitSeconds} s passed with ${done} replications done; replications ${list} of seed ${JSON.stringify(seed)} had not finished (stopped; raise timeLimitSeconds / --time-limit, or run fewer or shorter replications)`,
  };
  return new ExperimentError("TIME_LIMIT_EXCEEDED", control.api ?? "experiment", [issue], {
    seed,
    ...(running.length > 0 ? { replication: running[0]! } : {}),
  });
}

function firstLine(text: string): string {
  const line = text.split("\n")[0] ?? "";
  return line.length > 500 ? `${line.slice(0, 500)}… (${line.length} characters)` : line;
}
