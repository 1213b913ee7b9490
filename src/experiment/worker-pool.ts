/**
 * Parallel replications on worker threads (piscina). Workers cannot receive functions, so each
 * imports the model itself from a {@link WorkerModelRef}, after the optional setup steps (e.g.
 * a TypeScript loader); tasks and results cross threads by structured cloning. A replication
 * depends only on (config, seed, replication), so results are identical to the serial runner's,
 * in the same order.
 */
import { setMaxListeners } from "node:events";
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { isAbsolute } from "node:path";
import { fileURLToPath } from "node:url";
import type { Piscina as PiscinaPool } from "piscina";
import { ExperimentError, OptionCheck } from "./errors.js";
import { type RunControl, replicationFailure, timeLimitExceeded } from "./limits.js";
import type { ReplicationTask, WorkerModelRef, WorkerSetupRef } from "./model.js";
import { redisRunner } from "./redis/backend.js";
import type { RedisRunnerOptions } from "./redis/options.js";
import type { Runner } from "./runner.js";
import type { WorkerModelSpec, WorkerPayload, WorkerReply, WorkerStartData } from "./worker.js";

/**
 * piscina, loaded on the first worker runner rather than with the package.
 * perf: keeps ≈ 80 ms out of every `import("gatesim")` and `gatesim --help`, which start no
 * thread (bench/import-time.ts).
 */
function loadPiscina(): { readonly Piscina: typeof PiscinaPool } {
  return createRequire(import.meta.url)("piscina") as { readonly Piscina: typeof PiscinaPool };
}

/** Options of {@link createRunner} for worker threads on this machine. */
export interface WorkerRunnerOptions {
  /** Selects this backend (the default). */
  readonly backend?: "threads";
  /** Worker threads, an integer >= 1 (e.g. `os.availableParallelism()`). */
  readonly workers: number;
  /** The model module every worker imports. */
  readonly model: WorkerModelRef;
  /**
   * Steps every worker takes, in order, before importing the model, e.g.
   * `[{ modulePath: "tsx/esm/api", exportName: "register" }]` for a `.ts` model module.
   */
  readonly setup?: readonly WorkerSetupRef[];
  /**
   * Replications per message to a worker (default: enough for about 8 messages per worker per
   * call, at least 1). Larger chunks cut messaging overhead for short replications.
   */
  readonly chunkSize?: number;
  /**
   * The compiled worker module (default: `worker.js` beside this module, i.e.
   * `dist/experiment/worker.js`). Only needed when running this file from TypeScript sources.
   */
  readonly workerFile?: string | URL;
  /**
   * Extra Node flags for the workers, e.g. `["--enable-source-maps"]`. Not `--import`: Node 20
   * workers ignore it (use `setup` instead).
   */
  readonly execArgv?: readonly string[];
}

/**
 * A {@link Runner} that spreads replications over `workers` threads. Always `close()` it
 * (e.g. in `finally`): live threads keep the process running.
 *
 * The result type `R` is the caller's promise: the worker module is not type-checked against it.
 * A model that a worker cannot load (bad path, missing export, a module that throws on import,
 * a `.ts` module without a loader) makes `runMany` reject with an {@link ExperimentError}
 * MODEL_NOT_LOADED naming the module and the export; what the model's `run` throws rejects
 * `runMany` as it is.
 *
 * With `backend: "redis"` ({@link RedisRunnerOptions}) the replications run instead as jobs on
 * a BullMQ queue in Redis, served by `gatesim worker --redis <url>` processes on any number of
 * machines; results come back in task order, identical to the serial runner's. There a failed
 * replication rejects `runMany` with an {@link ExperimentError} REPLICATION_FAILED naming the
 * replication and the worker's error, and a Redis that is unreachable or lost the run's jobs
 * with QUEUE_UNAVAILABLE saying what to do.
 *
 * @throws {ExperimentError} INVALID_OPTION for bad options, or when the compiled worker file is
 *   missing (build first: `npm run build`).
 * @example
 * // A model written in TypeScript: every worker registers tsx's loader first.
 * const options: WorkerRunnerOptions = {
 *   workers: 2,
 *   model: { modulePath: "/abs/path/models/queue.ts", exportName: "queueModel" },
 *   setup: [{ modulePath: "tsx/esm/api", exportName: "register" }],
 * };
 * options.setup?.[0]?.exportName; // "register" (then createRunner(options))
 * @example
 * // the gate model, as gatesim exports it; a model of your own: its module's path or file: URL
 * const runner = createRunner<Scenario, GateRunResult>({
 *   workers: 2,
 *   model: { modulePath: import.meta.resolve("gatesim"), exportName: "gateModel" },
 * });
 * const smart = { ...preset("huu-nghi-smart-2024")!, horizonDays: 2 };
 * const summary = await replicate({
 *   model: gateModel, config: smart, seed: "s", replications: 4, kpis: GATE_KPIS, runner,
 * }).finally(() => runner.close()); // live threads keep the process running: always close
 * summary.replications; // 4
 * @example
 * // replications on a Redis queue, served by `gatesim worker --redis <url>` on each machine
 * const options: RedisRunnerOptions = {
 *   backend: "redis",
 *   connection: "redis://:secret@10.0.0.5:6379",
 *   model: { modulePath: "gatesim", exportName: "gateModel" },
 * };
 * options.backend; // "redis" (then createRunner<Scenario, GateRunResult>(options))
 */
export function createRunner<C, R>(
  options: WorkerRunnerOptions | RedisRunnerOptions,
): Runner<C, R> {
  if (options.backend === "redis") return redisRunner<C, R>(options);
  const workerFile = options.workerFile ?? new URL("./worker.js", import.meta.url);
  const workerPath =
    workerFile instanceof URL || workerFile.startsWith("file:")
      ? fileURLToPath(workerFile)
      : workerFile;
  checkRunnerOptions(options, workerPath);
  const spec: WorkerModelSpec = {
    model: { modulePath: options.model.modulePath, exportName: options.model.exportName },
    setup: (options.setup ?? []).map((step) =>
      step.exportName === undefined
        ? { modulePath: step.modulePath }
        : { modulePath: step.modulePath, exportName: step.exportName },
    ),
  };
  const workers = options.workers;
  const { Piscina } = loadPiscina();
  const pool = new Piscina<WorkerPayload, WorkerReply>({
    filename: workerPath,
    minThreads: workers,
    maxThreads: workers,
    concurrentTasksPerWorker: 1,
    workerData: { preload: spec } satisfies WorkerStartData,
    ...(options.execArgv === undefined ? {} : { execArgv: [...options.execArgv] }),
  });
  // A thread that dies outside a task (or cannot post its reply) makes piscina reject the tasks
  // it ran and also emit "error" on the pool; with no listener that event would crash the
  // process. The rejected tasks already carry the failure to the caller.
  pool.on("error", () => {});
  let closed = false;

  const runMany = async (
    tasks: readonly ReplicationTask<C>[],
    onTasksDone?: (done: number) => void,
    control: RunControl = {},
  ): Promise<R[]> => {
    if (closed) throw new Error("Runner.runMany: the runner was closed");
    const size = options.chunkSize ?? Math.max(1, Math.ceil(tasks.length / (8 * workers)));
    const api = control.api ?? "createRunner";
    let done = 0;
    // One signal for the call: the deadline, or the first failure, aborts every pending chunk
    // (piscina terminates a worker whose task is aborted while running, so a replication stuck
    // in a loop cannot hold the pool forever).
    const abort = new AbortController();
    // Every chunk of the call listens to this one signal.
    setMaxListeners(0, abort.signal);
    const pending = new Set<readonly ReplicationTask<C>[]>();
    let timedOut: number[] | null = null;
    const remaining =
      control.deadlineMs === undefined ? null : control.deadlineMs - performance.now();
    const timer =
      remaining === null
        ? null
        : setTimeout(
            () => {
              timedOut = [...pending].flat().map((task) => task.replication);
              abort.abort("time limit");
            },
            Math.max(0, remaining),
          );
    const extra = control.maxEvents === undefined ? {} : { maxEvents: control.maxEvents };
    const chunks: Promise<unknown[]>[] = [];
    for (let start = 0; start < tasks.length; start += size) {
      const chunk = tasks.slice(start, start + size);
      pending.add(chunk);
      const payload: WorkerPayload = { ...spec, ...extra, tasks: chunk };
      chunks.push(
        pool.run(payload, { signal: abort.signal }).then(
          (reply) => {
            pending.delete(chunk);
            if ("notLoaded" in reply) {
              const cause = reply.cause === null ? {} : { cause: reply.cause };
              throw new ExperimentError("MODEL_NOT_LOADED", "createRunner", reply.notLoaded, cause);
            }
            if ("failedTask" in reply) {
              throw replicationFailure(api, reply.error, chunk[reply.failedTask]!);
            }
            done += chunk.length;
            onTasksDone?.(done);
            return reply.results;
          },
          (error: unknown) => {
            throw chunkFailure(api, error, chunk);
          },
        ),
      );
    }
    try {
      return (await Promise.all(chunks)).flat() as R[];
    } catch (error) {
      // The first failure stops the rest of the call's chunks (running workers are terminated).
      abort.abort("failed");
      if (timedOut !== null) {
        throw timeLimitExceeded(control, tasks[0]?.seed ?? "", timedOut, done);
      }
      throw error;
    } finally {
      if (timer !== null) clearTimeout(timer);
    }
  };

  return {
    concurrency: workers,
    runMany,
    close: async () => {
      if (closed) return;
      closed = true;
      await pool.destroy();
    },
  };
}

/**
 * Why a chunk's task rejected: a result that structured cloning could not send back arrives as
 * a plain object, not an Error; anything else (a crashed worker) names the chunk's first
 * replication. An abort is reported by the caller (time limit) or hidden by the first failure.
 */
function chunkFailure(
  api: string,
  error: unknown,
  chunk: readonly ReplicationTask<unknown>[],
): unknown {
  const first = chunk[0]!;
  const last = chunk[chunk.length - 1]!;
  const range =
    first === last
      ? `replication ${first.replication}`
      : `replications ${first.replication}–${last.replication}`;
  if (error instanceof Error) {
    if (error.name === "AbortError") return error;
    return replicationFailure(api, error, first);
  }
  const received = `${range} of seed ${JSON.stringify(first.seed)}, whose result could not be cloned (${describeUncloneable(error)})`;
  return new ExperimentError(
    "RESULT_NOT_CLONEABLE",
    api,
    [
      {
        path: "model.run",
        expected:
          "results that structured cloning can send from a worker thread (plain data: no functions, symbols or class instances with private state)",
        received,
        message: `model.run: expected results that structured cloning can send from a worker thread (plain data: no functions, symbols or class instances with private state), received ${received}`,
      },
    ],
    { replication: first.replication, seed: first.seed, cause: error },
  );
}

function describeUncloneable(error: unknown): string {
  if (error !== null && typeof error === "object") {
    const message = (error as { message?: unknown }).message;
    if (typeof message === "string" && message !== "") return message;
  }
  return "the worker reported a DataCloneError";
}

function checkRunnerOptions(options: WorkerRunnerOptions, workerPath: string): void {
  const check = new OptionCheck("createRunner");
  check.integer("workers", options.workers, 1);
  const modulePath = options.model?.modulePath;
  check.that(
    typeof modulePath === "string" && (modulePath.startsWith("file:") || isAbsolute(modulePath)),
    "model.modulePath",
    modulePath,
    "an absolute file path or a file: URL of an ESM module",
  );
  check.nonEmptyString("model.exportName", options.model?.exportName);
  checkSetup(check, options.setup);
  if (options.execArgv !== undefined) {
    const preloads = options.execArgv.filter((flag) => IMPORT_FLAG.test(flag));
    check.that(
      preloads.length === 0,
      "execArgv",
      preloads,
      'no --import flag (Node 20 workers ignore it); pass setup steps instead, e.g. setup: [{ modulePath: "tsx/esm/api", exportName: "register" }] for a .ts model',
    );
  }
  if (options.chunkSize !== undefined) check.integer("chunkSize", options.chunkSize, 1);
  check.that(
    workerPath.endsWith(".js") && existsSync(workerPath),
    "workerFile",
    workerPath,
    "an existing compiled worker module (.js); run `npm run build` first, or pass workerFile",
  );
  check.throwIfInvalid();
}

/** The preload flag that Node 20 worker threads ignore in `execArgv` (it never runs there). */
const IMPORT_FLAG = /^--import(=|$)/;

function checkSetup(check: OptionCheck, setup: readonly WorkerSetupRef[] | undefined): void {
  if (setup === undefined) return;
  if (!check.that(Array.isArray(setup), "setup", setup, "an array of { modulePath, exportName? }"))
    return;
  setup.forEach((step, i) => {
    const modulePath = step?.modulePath;
    check.that(
      typeof modulePath === "string" &&
        modulePath.length > 0 &&
        !modulePath.startsWith("./") &&
        !modulePath.startsWith("../"),
      `setup[${i}].modulePath`,
      modulePath,
      'an absolute file path, a file: URL or a package name (e.g. "tsx/esm/api")',
    );
    if (step?.exportName !== undefined) {
      check.nonEmptyString(`setup[${i}].exportName`, step.exportName);
    }
  });
}
