/**
 * Parallel replications on worker threads (piscina). Workers cannot receive functions, so each
 * imports the model itself from a {@link WorkerModelRef}; tasks and results cross threads by
 * structured cloning. A replication depends only on (config, seed, replication), so results are
 * identical to the serial runner's, in the same order.
 */
import { existsSync } from "node:fs";
import { isAbsolute } from "node:path";
import { fileURLToPath } from "node:url";
import { Piscina } from "piscina";
import { OptionCheck } from "./errors.js";
import type { ReplicationTask, WorkerModelRef } from "./model.js";
import type { Runner } from "./runner.js";
import type { WorkerPayload, WorkerStartData } from "./worker.js";

/** Options of {@link createRunner}. */
export interface WorkerRunnerOptions {
  /** Worker threads, an integer >= 1 (e.g. `os.availableParallelism()`). */
  readonly workers: number;
  /** The compiled model module every worker imports. */
  readonly model: WorkerModelRef;
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
  /** Extra Node flags for the workers, e.g. `["--import", "tsx"]` for a `.ts` model module. */
  readonly execArgv?: readonly string[];
}

/**
 * A {@link Runner} that spreads replications over `workers` threads. Always `close()` it
 * (e.g. in `finally`): live threads keep the process running.
 *
 * The result type `R` is the caller's promise: the worker module is not type-checked against it.
 *
 * @throws {ExperimentError} INVALID_OPTION for bad options, or when the compiled worker file is
 *   missing (build first: `npm run build`).
 * @example
 * const runner = createRunner<MmcConfig, MmcResult>({
 *   workers: 2,
 *   model: { modulePath: "/abs/path/dist/my-model.js", exportName: "mmcModel" },
 * });
 * try {
 *   const summary = await replicate({ model: mmcModel, config, seed: "s", replications: 40, kpis, runner });
 * } finally {
 *   await runner.close();
 * }
 */
export function createRunner<C, R>(options: WorkerRunnerOptions): Runner<C, R> {
  const workerFile = options.workerFile ?? new URL("./worker.js", import.meta.url);
  const workerPath =
    workerFile instanceof URL || workerFile.startsWith("file:")
      ? fileURLToPath(workerFile)
      : workerFile;
  checkRunnerOptions(options, workerPath);
  const model: WorkerModelRef = {
    modulePath: options.model.modulePath,
    exportName: options.model.exportName,
  };
  const workers = options.workers;
  const pool = new Piscina<WorkerPayload, unknown[]>({
    filename: workerPath,
    minThreads: workers,
    maxThreads: workers,
    concurrentTasksPerWorker: 1,
    workerData: { preload: model } satisfies WorkerStartData,
    ...(options.execArgv === undefined ? {} : { execArgv: [...options.execArgv] }),
  });
  let closed = false;

  const runMany = async (
    tasks: readonly ReplicationTask<C>[],
    onTasksDone?: (done: number) => void,
  ): Promise<R[]> => {
    if (closed) throw new Error("Runner.runMany: the runner was closed");
    const size = options.chunkSize ?? Math.max(1, Math.ceil(tasks.length / (8 * workers)));
    let done = 0;
    const chunks: Promise<unknown[]>[] = [];
    for (let start = 0; start < tasks.length; start += size) {
      const chunk = tasks.slice(start, start + size);
      chunks.push(
        pool.run({ model, tasks: chunk }).then((results) => {
          done += chunk.length;
          onTasksDone?.(done);
          return results;
        }),
      );
    }
    return (await Promise.all(chunks)).flat() as R[];
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

function checkRunnerOptions(options: WorkerRunnerOptions, workerPath: string): void {
  const check = new OptionCheck("createRunner");
  check.integer("workers", options.workers, 1);
  const modulePath = options.model?.modulePath;
  check.that(
    typeof modulePath === "string" && (modulePath.startsWith("file:") || isAbsolute(modulePath)),
    "model.modulePath",
    modulePath,
    "an absolute file path or a file: URL of a compiled ESM module",
  );
  check.nonEmptyString("model.exportName", options.model?.exportName);
  if (options.chunkSize !== undefined) check.integer("chunkSize", options.chunkSize, 1);
  check.that(
    workerPath.endsWith(".js") && existsSync(workerPath),
    "workerFile",
    workerPath,
    "an existing compiled worker module (.js); run `npm run build` first, or pass workerFile",
  );
  check.throwIfInvalid();
}
