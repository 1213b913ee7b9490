/**
 * A queue worker (what `gatesim worker --redis <url>` runs on each machine): a BullMQ worker
 * that takes replication jobs of any run from the queue and runs them in `concurrency` sandboxed
 * threads. A worker that dies in the middle of a job (SIGKILL, a lost machine) stops renewing
 * its lock; after `stallSeconds` another worker's stall check puts the job back in the queue and
 * it runs again, with the same result, since a replication depends only on its inputs.
 */
import { fileURLToPath } from "node:url";
import { Worker } from "bullmq";
import { OptionCheck } from "../errors.js";
import { openRedis, redactRedisUrl, redisUrlProblem, scrubSecret } from "./connection.js";
import { DEFAULT_QUEUE, KEY_PREFIX } from "./job.js";

/** Options of {@link startRedisWorker}. */
export interface RedisWorkerOptions {
  /** `redis://[user]:[password]@host:port[/db]` or `rediss://…` (TLS). Never printed unredacted. */
  readonly connection: string;
  /** Replications run at once in this process, each in its own thread (an integer >= 1). */
  readonly concurrency: number;
  /**
   * Seconds a job's lock lasts without renewal, and between stall checks (default 30): a job
   * whose worker died runs again after at most about twice this. Use the same value on every
   * worker of a queue.
   */
  readonly stallSeconds?: number;
  /** The queue's name (default "replications"); the dispatchers must name the same. */
  readonly queue?: string;
  /** Receives problems (connection lost, a job that could not be saved), password redacted. */
  readonly onProblem?: (message: string) => void;
}

/** A running queue worker. */
export interface RedisWorkerHandle {
  /** The connection URL with its password redacted, for a start-up line. */
  readonly where: string;
  /** Stops taking jobs, waits for the running ones, and disconnects. Idempotent. */
  close(): Promise<void>;
}

/** Default seconds of a job's lock and between stall checks (BullMQ's own default). */
export const DEFAULT_STALL_SECONDS = 30;

/**
 * Connects to Redis and starts serving jobs.
 *
 * @throws {ExperimentError} INVALID_OPTION for a bad URL, concurrency or stall time (the URL
 *   shown redacted), and QUEUE_UNAVAILABLE is never thrown here: a worker waits for Redis.
 * @example
 * // on every machine that should run replications (keep it running; close() on shutdown)
 * const options: RedisWorkerOptions = { connection: "redis://:secret@10.0.0.5:6379", concurrency: 4 };
 * options.concurrency; // 4 (then: const worker = await startRedisWorker(options))
 */
export async function startRedisWorker(options: RedisWorkerOptions): Promise<RedisWorkerHandle> {
  const check = new OptionCheck("startRedisWorker");
  const problem = redisUrlProblem(options.connection);
  check.that(
    problem === null,
    "connection",
    typeof options.connection === "string"
      ? redactRedisUrl(options.connection)
      : options.connection,
    problem ?? "",
  );
  check.integer("concurrency", options.concurrency, 1);
  if (options.stallSeconds !== undefined) check.positive("stallSeconds", options.stallSeconds);
  if (options.queue !== undefined) check.nonEmptyString("queue", options.queue);
  check.throwIfInvalid();

  const url = options.connection;
  const report = (error: unknown) =>
    options.onProblem?.(scrubSecret(error instanceof Error ? error.message : String(error), url));
  const connection = openRedis(url, { retry: "forever" });
  connection.on("error", report);
  const stallMs = Math.round((options.stallSeconds ?? DEFAULT_STALL_SECONDS) * 1000);
  const worker = new Worker(
    options.queue ?? DEFAULT_QUEUE,
    fileURLToPath(new URL("./processor.js", import.meta.url)),
    {
      connection,
      prefix: KEY_PREFIX,
      concurrency: options.concurrency,
      useWorkerThreads: true,
      lockDuration: stallMs,
      stalledInterval: stallMs,
      maxStalledCount: 1,
    },
  );
  worker.on("error", report);
  let closing: Promise<void> | undefined;
  return {
    where: redactRedisUrl(url),
    close: () => {
      closing ??= (async () => {
        await worker.close();
        connection.disconnect();
      })();
      return closing;
    },
  };
}
