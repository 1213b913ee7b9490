/**
 * The dispatching side of the Redis backend: each `runMany` call is one run with a fresh random
 * id; its tasks become jobs `<run>.<index>` on the queue, and their results are read back and
 * put in task order, so the reduction sees exactly what the serial runner returns, whatever
 * the number of workers and the order in which jobs finish. A run removes its jobs as it reads
 * them and whatever is left when it ends (finished, failed or closed).
 *
 * Loaded only when a Redis run starts (BullMQ takes about a second to import).
 */
import { randomUUID } from "node:crypto";
import { Queue } from "bullmq";
import type { Redis } from "ioredis";
import { ExperimentError } from "../errors.js";
import type { ReplicationTask } from "../model.js";
import type { Runner } from "../runner.js";
import { openRedis, scrubSecret } from "./connection.js";
import {
  decodeValue,
  encodeValue,
  failureIssue,
  jobId,
  KEY_PREFIX,
  PACKAGE_VERSION,
  parseNotLoaded,
  type RedisJobData,
  type RedisJobReply,
} from "./job.js";
import type { ResolvedRedisOptions } from "./options.js";
import { Watchdog } from "./watchdog.js";

/** Jobs added to Redis per round trip. */
const ADD_BATCH = 500;
/** Pending jobs looked at per poll, the oldest first (the queue serves them in that order). */
const POLL_WINDOW = 1000;
/**
 * A safety net for jobs a failed run could not remove (still running on a worker then): BullMQ
 * drops finished jobs older than this when later jobs finish.
 */
const ORPHAN_AGE_SECONDS = 24 * 3600;
/** How long a failed or closed run waits for its running jobs to finish before it removes them. */
const CLEANUP_MS = 10_000;

interface Session {
  readonly connection: Redis;
  readonly queue: Queue;
  readonly watchdog: Watchdog;
}

/** A run's failure as an ExperimentError of the backend. */
function unavailable(expected: string, received: string): ExperimentError {
  return new ExperimentError("QUEUE_UNAVAILABLE", "createRunner", [
    failureIssue("connection", expected, received),
  ]);
}

/** The Redis runner; `options` were checked by `createRunner`. */
export function createRedisRunner<C, R>(options: ResolvedRedisOptions): Runner<C, R> {
  const { connection: url, where } = options;
  let session: Promise<Session> | undefined;
  let closed = false;
  let workersSeen = 1;
  const inFlight = new Set<Promise<unknown>>();

  const open = async (): Promise<Session> => {
    const connection = openRedis(url, { retry: "after-first-ready" });
    let lastError = "";
    connection.on("error", (error: Error) => {
      lastError = scrubSecret(error.message, url);
    });
    try {
      await connection.connect();
      await connection.ping();
    } catch (error) {
      connection.disconnect();
      const why = lastError || scrubSecret(String((error as Error)?.message ?? error), url);
      throw unavailable(
        "a Redis server that accepts the connection (start it, or check the host, port, password and TLS scheme)",
        `${where}: ${why}`,
      );
    }
    const queue = new Queue(options.queue, { connection, prefix: KEY_PREFIX });
    // connection errors surface through the watchdog and the lost-jobs check, not as noise
    queue.on("error", () => {});
    return { connection, queue, watchdog: new Watchdog(connection, options.reconnectMs) };
  };

  const session$ = (): Promise<Session> => {
    session ??= open().catch((error: unknown) => {
      session = undefined;
      throw error;
    });
    return session;
  };

  const runMany = async (
    tasks: readonly ReplicationTask<C>[],
    onTasksDone?: (done: number) => void,
  ): Promise<R[]> => {
    if (closed) throw new Error("Runner.runMany: the runner was closed");
    if (tasks.length === 0) return [];
    const s = await session$();
    const run = randomUUID();
    const pending = new Set(tasks.keys());
    const results: unknown[] = new Array(tasks.length);
    const work = (async () => {
      try {
        await s.watchdog.guard(addJobs(s.queue, options, run, tasks));
        await noteMissingWorkers(s);
        await collect(s, run, tasks, pending, results, onTasksDone);
        // pushed one by one, as the serial runner does (a preallocated array is holey)
        const ordered: R[] = [];
        for (const result of results) ordered.push(result as R);
        return ordered;
      } finally {
        await cleanUp(s, run, pending);
      }
    })();
    inFlight.add(work);
    try {
      return await work;
    } finally {
      inFlight.delete(work);
    }
  };

  const noteMissingWorkers = async (s: Session): Promise<void> => {
    let count: number;
    try {
      count = await s.watchdog.guard(s.queue.getWorkersCount());
    } catch {
      return; // CLIENT LIST may be refused by an ACL: the note is only a courtesy
    }
    workersSeen = Math.max(1, count);
    if (count === 0) {
      options.onNotice(
        `no worker is connected to ${where} (queue "${options.queue}") yet; the run waits for one: start \`gatesim worker --redis <url>\` on each machine`,
      );
    }
  };

  const collect = async (
    s: Session,
    run: string,
    tasks: readonly ReplicationTask<C>[],
    pending: Set<number>,
    results: unknown[],
    onTasksDone: ((done: number) => void) | undefined,
  ): Promise<void> => {
    let done = 0;
    while (pending.size > 0) {
      if (closed) throw new Error("Runner.runMany: the runner was closed during the run");
      const window = [...take(pending, POLL_WINDOW)];
      const pipeline = s.connection.pipeline();
      for (const index of window) {
        pipeline.hmget(
          s.queue.toKey(jobId(run, index)),
          "timestamp",
          "finishedOn",
          "returnvalue",
          "failedReason",
        );
      }
      const rows = await s.watchdog.guard(pipeline.exec());
      const finished: number[] = [];
      let lost = 0;
      window.forEach((index, k) => {
        const [error, fields] = rows?.[k] ?? [null, null];
        if (error !== null) throw error;
        const [timestamp, finishedOn, returnvalue, failedReason] = fields as (string | null)[];
        // perf-free correctness: every BullMQ job hash has a timestamp; none means the job is gone
        if (timestamp === null || timestamp === undefined) lost++;
        else if (finishedOn !== null && returnvalue !== null && returnvalue !== undefined) {
          results[index] = readReply(returnvalue, run, index);
          finished.push(index);
        } else if (finishedOn !== null) {
          throw jobFailed(tasks[index]!, index, failedReason ?? "(no reason recorded)");
        }
      });
      if (lost > 0) {
        throw unavailable(
          "a Redis that keeps the run's jobs until the run ends",
          `${where}, which no longer has ${lost} of this run's unfinished jobs (restarted without persistence, flushed, or evicted under maxmemory): run the command again; to survive restarts run Redis with appendonly yes and maxmemory-policy noeviction`,
        );
      }
      if (finished.length > 0) {
        for (const index of finished) pending.delete(index);
        await s.watchdog.guard(
          Promise.all(finished.map((index) => s.queue.remove(jobId(run, index)))),
        );
        done += finished.length;
        onTasksDone?.(done);
      }
      if (pending.size > 0) await s.watchdog.guard(sleep(options.pollMs));
    }
  };

  const readReply = (text: string, run: string, index: number): unknown => {
    const reply = JSON.parse(text) as RedisJobReply;
    if (reply?.run !== run || reply.index !== index || typeof reply.result !== "string") {
      throw unavailable(
        "a worker's answer to this run's job",
        `an answer for run ${String(reply?.run)} index ${String(reply?.index)} on job ${jobId(run, index)}: are workers of another gatesim version serving queue "${options.queue}"?`,
      );
    }
    return decodeValue(reply.result);
  };

  const jobFailed = (task: ReplicationTask<C>, index: number, reason: string): ExperimentError => {
    const notLoaded = parseNotLoaded(reason);
    if (notLoaded !== null) {
      return new ExperimentError("MODEL_NOT_LOADED", "createRunner", notLoaded, {
        cause: "a queue worker could not load the model",
      });
    }
    const text = scrubSecret(reason, url);
    return new ExperimentError(
      "REPLICATION_FAILED",
      "createRunner",
      [
        failureIssue(
          `replication ${task.replication}`,
          "a result of the model's run",
          `an error on a queue worker (task ${index} of the run): ${text}`,
        ),
      ],
      { cause: text },
    );
  };

  const cleanUp = async (s: Session, run: string, pending: Set<number>): Promise<void> => {
    if (pending.size === 0 || s.connection.status !== "ready") return;
    const deadline = performance.now() + CLEANUP_MS;
    let left = [...pending];
    try {
      while (left.length > 0 && s.connection.status === "ready") {
        const codes = await s.watchdog.guard(
          Promise.all(left.map((index) => s.queue.remove(jobId(run, index)).catch(() => 0))),
        );
        const exists = await s.watchdog.guard(
          Promise.all(left.map((index) => s.connection.exists(s.queue.toKey(jobId(run, index))))),
        );
        left = left.filter((_, k) => codes[k] !== 1 && exists[k] === 1);
        if (left.length === 0 || performance.now() > deadline) break;
        await s.watchdog.guard(sleep(options.pollMs));
      }
    } catch {
      // Redis went away while cleaning up: the run's own failure is what the caller hears
    }
  };

  return {
    get concurrency() {
      return workersSeen;
    },
    runMany,
    close: async () => {
      if (closed) return;
      closed = true;
      await Promise.allSettled([...inFlight]);
      const s = await session?.catch(() => undefined);
      if (s === undefined) return;
      if (s.connection.status === "ready") {
        // guarded: a Redis that goes away now must not keep close() waiting
        await s.watchdog.guard(s.queue.close()).catch(() => undefined);
        await s.watchdog.guard(s.connection.quit()).catch(() => undefined);
      }
      s.watchdog.stop();
      s.connection.disconnect();
    },
  };
}

/** Adds one job per task, in batches. */
async function addJobs<C>(
  queue: Queue,
  options: ResolvedRedisOptions,
  run: string,
  tasks: readonly ReplicationTask<C>[],
): Promise<void> {
  for (let start = 0; start < tasks.length; start += ADD_BATCH) {
    const batch = tasks.slice(start, start + ADD_BATCH).map((task, k) => {
      const index = start + k;
      const data: RedisJobData = {
        version: PACKAGE_VERSION,
        run,
        index,
        model: options.model,
        setup: options.setup,
        task: encodeValue(task),
      };
      return {
        name: "replication",
        data,
        opts: {
          jobId: jobId(run, index),
          attempts: 1,
          removeOnComplete: { age: ORPHAN_AGE_SECONDS },
          removeOnFail: { age: ORPHAN_AGE_SECONDS },
        },
      };
    });
    await queue.addBulk(batch);
  }
}

/** The first `n` values of a set, in insertion order. */
function* take<T>(values: Set<T>, n: number): Generator<T> {
  let k = 0;
  for (const value of values) {
    if (k++ >= n) return;
    yield value;
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
