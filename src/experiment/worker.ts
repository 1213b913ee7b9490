/**
 * The worker-thread side of the pool (compiled to dist/experiment/worker.js, which piscina
 * loads): imports the model module named in the task once per thread, then runs the task's
 * replications in order and returns their results (structured-cloned back to the caller).
 */
import { isAbsolute } from "node:path";
import { pathToFileURL } from "node:url";
import { workerData } from "node:worker_threads";
import { makeIssue } from "../common/index.js";
import { ExperimentError } from "./errors.js";
import type { ExperimentModel, ReplicationTask, WorkerModelRef } from "./model.js";

/** What the pool posts to a worker: the model's address and a chunk of replications. */
export interface WorkerPayload {
  readonly model: WorkerModelRef;
  readonly tasks: readonly ReplicationTask<unknown>[];
}

type AnyModel = ExperimentModel<unknown, unknown>;

/** Models already imported by this thread, by `modulePath#exportName`. */
const loaded = new Map<string, Promise<AnyModel>>();

/**
 * The `import()` specifier of a model module: file URLs as they are, absolute paths converted.
 *
 * @throws {ExperimentError} INVALID_OPTION for a relative path (relative to what?).
 * @example moduleSpecifier("/tmp/model.js") // "file:///tmp/model.js"
 */
export function moduleSpecifier(modulePath: string): string {
  if (modulePath.startsWith("file:")) return modulePath;
  if (!isAbsolute(modulePath)) {
    throw new ExperimentError("INVALID_OPTION", "worker", [
      makeIssue("model.modulePath", "an absolute file path or a file: URL", modulePath),
    ]);
  }
  return pathToFileURL(modulePath).href;
}

async function importModel(ref: WorkerModelRef): Promise<AnyModel> {
  const module: Record<string, unknown> = await import(moduleSpecifier(ref.modulePath));
  const model = module[ref.exportName] as Partial<AnyModel> | undefined;
  if (typeof model?.run !== "function") {
    throw new ExperimentError("MODEL_NOT_LOADED", "worker", [
      makeIssue(
        "model.exportName",
        `the name of an export of ${ref.modulePath} with a run(config, seed, replication) method`,
        ref.exportName,
      ),
    ]);
  }
  return model as AnyModel;
}

/**
 * Runs one chunk of replications in this thread (piscina's task handler).
 *
 * @throws whatever the model throws, or {@link ExperimentError} when the model cannot be loaded.
 * @example
 * await runReplications({ model: { modulePath, exportName: "mmcModel" },
 *   tasks: [{ config, seed: "s", replication: 0 }] });
 */
export default async function runReplications(payload: WorkerPayload): Promise<unknown[]> {
  const model = await modelFor(payload.model);
  return payload.tasks.map((task) => model.run(task.config, task.seed, task.replication));
}

/** The model named by `ref`, imported once per thread. */
function modelFor(ref: WorkerModelRef): Promise<AnyModel> {
  const key = `${ref.modulePath}#${ref.exportName}`;
  let pending = loaded.get(key);
  if (pending === undefined) {
    pending = importModel(ref);
    loaded.set(key, pending);
    // A failed import is not cached, so a corrected module can be retried.
    pending.catch(() => loaded.delete(key));
  }
  return pending;
}

/** What the pool hands every thread at start-up (piscina's `workerData`). */
export interface WorkerStartData {
  /** The model to import as soon as the thread starts. */
  readonly preload?: WorkerModelRef;
}

// perf: the pool names its model at start-up, so each thread imports it while the caller is
// still preparing its first tasks instead of when the first task arrives (bench: scenarios,
// replications cold). A failure here is reported by the first task, which retries the import.
const preload = (workerData as WorkerStartData | undefined)?.preload;
if (preload !== undefined) modelFor(preload).catch(() => {});
