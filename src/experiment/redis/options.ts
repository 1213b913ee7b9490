/**
 * The options of the Redis backend of `createRunner`, checked without loading the queue library
 * (BullMQ takes about a second to import, so it is loaded only when a run starts).
 */
import { isAbsolute } from "node:path";
import { OptionCheck } from "../errors.js";
import type { WorkerModelRef, WorkerSetupRef } from "../model.js";
import { redactRedisUrl, redisUrlProblem } from "./connection.js";
import { DEFAULT_QUEUE } from "./job.js";

/**
 * Options of `createRunner` for replications on a Redis-backed job queue (BullMQ), served by
 * `gatesim worker --redis <url>` processes on any number of machines.
 */
export interface RedisRunnerOptions {
  /** Selects this backend. */
  readonly backend: "redis";
  /**
   * `redis://[user]:[password]@host:port[/db]`, or `rediss://…` for TLS. Shown only with the
   * password redacted. Never expose an unauthenticated Redis: use `requirepass` or an ACL.
   */
  readonly connection: string;
  /**
   * The model every worker imports: an absolute path or `file:` URL that exists on every worker
   * machine, or a package name resolved from gatesim's own folder there (e.g. "gatesim").
   */
  readonly model: WorkerModelRef;
  /** Steps every worker takes before importing the model (see the thread pool's `setup`). */
  readonly setup?: readonly WorkerSetupRef[];
  /** The queue's name (default "replications"); workers must serve the same name. */
  readonly queue?: string;
  /** Milliseconds between looks for finished jobs (default 200). */
  readonly pollMilliseconds?: number;
  /**
   * Seconds a lost connection may stay lost before the run fails (default 30). A Redis that
   * comes back with the run's jobs lets the run resume; one that lost them fails the run.
   */
  readonly reconnectSeconds?: number;
  /** Receives notes for a person, e.g. that no worker is connected yet (password redacted). */
  readonly onNotice?: (message: string) => void;
}

/** The checked options with their defaults. */
export interface ResolvedRedisOptions {
  readonly connection: string;
  readonly where: string;
  readonly model: WorkerModelRef;
  readonly setup: readonly WorkerSetupRef[];
  readonly queue: string;
  readonly pollMs: number;
  readonly reconnectMs: number;
  readonly onNotice: (message: string) => void;
}

/**
 * Checks the options (every problem at once; the URL shown redacted) and fills the defaults.
 *
 * @throws {ExperimentError} INVALID_OPTION
 */
export function checkRedisRunnerOptions(options: RedisRunnerOptions): ResolvedRedisOptions {
  const check = new OptionCheck("createRunner");
  const problem = redisUrlProblem(options.connection);
  const shown =
    typeof options.connection === "string"
      ? redactRedisUrl(options.connection)
      : options.connection;
  check.that(problem === null, "connection", shown, problem ?? "");
  const modulePath = options.model?.modulePath;
  check.that(
    typeof modulePath === "string" &&
      modulePath.length > 0 &&
      (modulePath.startsWith("file:") || isAbsolute(modulePath) || !modulePath.startsWith(".")),
    "model.modulePath",
    modulePath,
    'an absolute file path or file: URL that exists on every worker machine, or a package name (e.g. "gatesim")',
  );
  check.nonEmptyString("model.exportName", options.model?.exportName);
  const setup = options.setup ?? [];
  check.that(Array.isArray(setup), "setup", setup, "an array of { modulePath, exportName? }");
  if (options.queue !== undefined) check.nonEmptyString("queue", options.queue);
  if (options.pollMilliseconds !== undefined)
    check.positive("pollMilliseconds", options.pollMilliseconds);
  if (options.reconnectSeconds !== undefined)
    check.positive("reconnectSeconds", options.reconnectSeconds);
  check.throwIfInvalid();
  return {
    connection: options.connection,
    where: shown as string,
    model: { modulePath: options.model.modulePath, exportName: options.model.exportName },
    setup: setup.map((step) =>
      step.exportName === undefined
        ? { modulePath: step.modulePath }
        : { modulePath: step.modulePath, exportName: step.exportName },
    ),
    queue: options.queue ?? DEFAULT_QUEUE,
    pollMs: options.pollMilliseconds ?? 200,
    reconnectMs: (options.reconnectSeconds ?? 30) * 1000,
    onNotice: options.onNotice ?? (() => {}),
  };
}
