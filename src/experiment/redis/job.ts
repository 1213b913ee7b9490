/**
 * What travels through the queue: one job is one replication of one run, and its answer is one
 * result. Configurations and results cross as V8 structured-clone bytes (base64), exactly what
 * the worker-thread pool clones, so a result decoded here is the one the serial runner returns
 * (JSON would turn `Infinity` into null and drop `undefined`).
 */
import { readFileSync } from "node:fs";
import { deserialize, serialize } from "node:v8";
import type { Issue } from "../../common/index.js";
import type { WorkerModelRef, WorkerSetupRef } from "../model.js";

/** The queue's default name and key prefix: keys are `gatesim:<queue>:…`. */
export const DEFAULT_QUEUE = "replications";
/** The key prefix of every BullMQ key the backend writes. */
export const KEY_PREFIX = "gatesim";

/**
 * The version of gatesim on this machine (from its package.json): a job carries the
 * dispatcher's, and a worker of another version refuses it, since its model code (and so its
 * results) may differ.
 */
export const PACKAGE_VERSION: string = (
  JSON.parse(readFileSync(new URL("../../../package.json", import.meta.url), "utf8")) as {
    version: string;
  }
).version;

/** The data of one job. */
export interface RedisJobData {
  /** The dispatcher's gatesim version. */
  readonly version: string;
  /** The run (one `runMany` call) this job belongs to: a random UUID. */
  readonly run: string;
  /** The task's index in its run: results are reduced in this order. */
  readonly index: number;
  /** The model the worker imports. */
  readonly model: WorkerModelRef;
  /** Steps the worker takes before importing the model. */
  readonly setup: readonly WorkerSetupRef[];
  /** The task `{ config, seed, replication }`, structured-clone bytes in base64. */
  readonly task: string;
}

/** A worker's answer to one job. */
export interface RedisJobReply {
  /** Echoes the job's run id. */
  readonly run: string;
  /** Echoes the job's index. */
  readonly index: number;
  /** The model's result, structured-clone bytes in base64. */
  readonly result: string;
}

/**
 * The job id of task `index` of `run`: the run id as a prefix, so two studies on one Redis never
 * share a job (BullMQ forbids `:` in ids).
 *
 * @example jobId("0b7e…", 3) // "0b7e….3"
 */
export function jobId(run: string, index: number): string {
  return `${run}.${index}`;
}

/** Structured-clone bytes of `value`, in base64. */
export function encodeValue(value: unknown): string {
  return serialize(value).toString("base64");
}

/** The value of {@link encodeValue}'s output. */
export function decodeValue(text: string): unknown {
  return deserialize(Buffer.from(text, "base64"));
}

/** Marks a failure that is a model which could not be loaded, as opposed to a run that threw. */
export const NOT_LOADED_MARK = "gatesim:model-not-loaded ";

/**
 * The failure message of a job whose model could not be loaded: the mark, then the issues as
 * JSON, so the dispatcher rebuilds the same MODEL_NOT_LOADED error as the thread pool.
 */
export function notLoadedMessage(issues: readonly Issue[]): string {
  return `${NOT_LOADED_MARK}${JSON.stringify(issues)}`;
}

/** The issues of a {@link notLoadedMessage}, or null for any other failure. */
export function parseNotLoaded(reason: string): Issue[] | null {
  if (!reason.startsWith(NOT_LOADED_MARK)) return null;
  try {
    return JSON.parse(reason.slice(NOT_LOADED_MARK.length)) as Issue[];
  } catch {
    return null;
  }
}

/** Longest `received` text of a run's failure: a worker's error or what to do is kept whole. */
const MAX_FAILURE_TEXT = 1000;

/**
 * An issue whose `received` text may be longer than the usual 80 characters (an error from a
 * worker, or the steps that fix a lost queue), still bounded.
 *
 * @example failureIssue("replication 3", "a result", "Error: boom").message
 * // "replication 3: expected a result, received Error: boom"
 */
export function failureIssue(path: string, expected: string, received: string): Issue {
  const shown =
    received.length <= MAX_FAILURE_TEXT ? received : `${received.slice(0, MAX_FAILURE_TEXT - 1)}…`;
  return {
    path,
    expected,
    received: shown,
    message: `${path}: expected ${expected}, received ${shown}`,
  };
}
