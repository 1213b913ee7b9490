/**
 * The worker-thread side of the pool (compiled to dist/experiment/worker.js, which piscina
 * loads): takes the setup steps and imports the model module named in the task once per
 * thread, then runs the task's replications in order and returns their results
 * (structured-cloned back to the caller).
 *
 * A model that cannot be loaded is not thrown across the thread boundary (a cloned error loses
 * its class and code): the reply carries the problems as plain {@link Issue}s, and the pool turns
 * them into an `ExperimentError` MODEL_NOT_LOADED in the caller's thread.
 */
import { isAbsolute } from "node:path";
import { pathToFileURL } from "node:url";
import { workerData } from "node:worker_threads";
import { type Issue, makeIssue } from "../common/index.js";
import { type ErrorRecord, errorRecord } from "./limits.js";
import type { ExperimentModel, ReplicationTask, WorkerModelRef, WorkerSetupRef } from "./model.js";

/** The model and the steps that make it importable: what every task names. */
export interface WorkerModelSpec {
  readonly model: WorkerModelRef;
  readonly setup: readonly WorkerSetupRef[];
}

/** What the pool posts to a worker: the model's address and a chunk of replications. */
export interface WorkerPayload extends WorkerModelSpec {
  readonly tasks: readonly ReplicationTask<unknown>[];
  /** Event budget of each replication (omitted: the model's default). */
  readonly maxEvents?: number;
}

/** A worker's answer: the chunk's results in task order, or why the model could not load. */
export type WorkerReply =
  | { readonly results: unknown[] }
  | {
      /** Index in the chunk of the task whose `run` threw. */
      readonly failedTask: number;
      /** What it threw, as plain data (a cloned error would lose its class and code). */
      readonly error: ErrorRecord;
    }
  | {
      /** The problems, paths relative to `createRunner`'s options. */
      readonly notLoaded: readonly Issue[];
      /** The underlying error's text (name, code, message), when there was one. */
      readonly cause: string | null;
    };

/** What the pool hands every thread at start-up (piscina's `workerData`). */
export interface WorkerStartData {
  /** The model to load as soon as the thread starts. */
  readonly preload?: WorkerModelSpec;
}

type AnyModel = ExperimentModel<unknown, unknown>;

/** A load that failed, with the problem in the common issue shape. */
class NotLoaded {
  constructor(
    readonly issue: Issue,
    readonly cause: string | null,
  ) {}
}

/** Models (or their load failures) of this thread, by spec. */
const loaded = new Map<string, Promise<AnyModel | NotLoaded>>();

/**
 * The `import()` specifier of a module: file URLs as they are, absolute paths converted, bare
 * package specifiers as they are (resolved from this module). The pool has already refused
 * relative paths, which would resolve against this file rather than the caller's.
 *
 * @example moduleSpecifier("/tmp/model.js") // "file:///tmp/model.js"
 * @example moduleSpecifier("tsx/esm/api")   // "tsx/esm/api"
 */
export function moduleSpecifier(modulePath: string): string {
  return !modulePath.startsWith("file:") && isAbsolute(modulePath)
    ? pathToFileURL(modulePath).href
    : modulePath;
}

/** One line naming an error: `TypeError [ERR_UNKNOWN_FILE_EXTENSION]: Unknown file …`. */
function describeError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const code = (error as NodeJS.ErrnoException).code;
  const head = code === undefined ? error.name : `${error.name} [${code}]`;
  return `${head}: ${error.message.split("\n")[0]}`;
}

const TS_LOADER_HINT =
  'a .ts module needs a TypeScript loader in every worker: pass setup: [{ modulePath: "tsx/esm/api", exportName: "register" }]';

async function runSetup(step: WorkerSetupRef, index: number): Promise<NotLoaded | undefined> {
  const what = step.exportName === undefined ? "" : ` exporting a function "${step.exportName}"`;
  let module: Record<string, unknown>;
  try {
    module = await import(moduleSpecifier(step.modulePath));
  } catch (error) {
    const cause = describeError(error);
    const expected = `a module${what} that a worker thread can import (importing it failed: ${cause})`;
    return new NotLoaded(makeIssue(`setup[${index}].modulePath`, expected, step.modulePath), cause);
  }
  if (step.exportName === undefined) return undefined;
  const setup = module[step.exportName];
  if (typeof setup !== "function") {
    const expected = `the name of a function exported by ${step.modulePath}`;
    return new NotLoaded(makeIssue(`setup[${index}].exportName`, expected, step.exportName), null);
  }
  try {
    await setup();
  } catch (error) {
    const cause = describeError(error);
    const expected = `a function of ${step.modulePath} that runs without throwing (it threw: ${cause})`;
    return new NotLoaded(makeIssue(`setup[${index}].exportName`, expected, step.exportName), cause);
  }
  return undefined;
}

async function importModel(spec: WorkerModelSpec): Promise<AnyModel | NotLoaded> {
  for (const [index, step] of spec.setup.entries()) {
    const failed = await runSetup(step, index);
    if (failed !== undefined) return failed;
  }
  const { modulePath, exportName } = spec.model;
  let module: Record<string, unknown>;
  try {
    module = await import(moduleSpecifier(modulePath));
  } catch (error) {
    const cause = describeError(error);
    const hint = cause.includes("ERR_UNKNOWN_FILE_EXTENSION") ? `; ${TS_LOADER_HINT}` : "";
    const expected = `a module exporting the model "${exportName}" that a worker thread can import (importing it failed: ${cause})${hint}`;
    return new NotLoaded(makeIssue("model.modulePath", expected, modulePath), cause);
  }
  const model = module[exportName] as Partial<AnyModel> | undefined;
  if (typeof model?.run !== "function") {
    const exports = Object.keys(module).sort().join(", ") || "none";
    const expected = `the name of an export of ${modulePath} with a run(config, seed, replication) method (its exports: ${exports})`;
    return new NotLoaded(makeIssue("model.exportName", expected, exportName), null);
  }
  return model as AnyModel;
}

/** The model named by `spec`, loaded once per thread (a failure is retried by the next task). */
function modelFor(spec: WorkerModelSpec): Promise<AnyModel | NotLoaded> {
  const key = JSON.stringify([spec.setup, spec.model.modulePath, spec.model.exportName]);
  let pending = loaded.get(key);
  if (pending === undefined) {
    pending = importModel(spec);
    loaded.set(key, pending);
    // A failed load is not cached, so a corrected module can be retried.
    void pending.then((model) => {
      if (model instanceof NotLoaded) loaded.delete(key);
    });
  }
  return pending;
}

/**
 * Runs one chunk of replications in this thread (piscina's task handler).
 *
 * @returns the results in task order, the problems when the model cannot be loaded, or the
 *   first task whose `run` threw with what it threw as plain data.
 * @example
 * const smart = { ...preset("huu-nghi-smart-2024")!, horizonDays: 1 };
 * const reply = await runReplications({
 *   model: { modulePath: import.meta.resolve("gatesim"), exportName: "gateModel" },
 *   setup: [],
 *   tasks: [{ config: smart, seed: "s", replication: 0 }],
 * });
 * "results" in reply && reply.results.length; // 1
 */
export default async function runReplications(payload: WorkerPayload): Promise<WorkerReply> {
  const model = await modelFor(payload);
  if (model instanceof NotLoaded) return { notLoaded: [model.issue], cause: model.cause };
  const limits = payload.maxEvents === undefined ? undefined : { maxEvents: payload.maxEvents };
  const results: unknown[] = [];
  for (const [index, task] of payload.tasks.entries()) {
    try {
      results.push(
        limits === undefined
          ? model.run(task.config, task.seed, task.replication)
          : model.run(task.config, task.seed, task.replication, limits),
      );
    } catch (error) {
      return { failedTask: index, error: errorRecord(error) };
    }
  }
  return { results };
}

// perf: the pool names its model at start-up, so each thread loads it while the caller is
// still preparing its first tasks instead of when the first task arrives (bench: scenarios,
// replications cold). A failure here is reported by the first task, which retries the load.
const preload = (workerData as WorkerStartData | undefined)?.preload;
if (preload !== undefined) void modelFor(preload);
