/**
 * `gatesim worker --redis <url>`: serves replication jobs from the Redis queue until SIGINT or
 * SIGTERM, then finishes the running jobs and exits 0. Problems (Redis gone, a job that could
 * not be saved) go to stderr with the password redacted, each distinct one at most every 10 s.
 */

import { CliError, EXIT } from "../errors.js";
import { defaultWorkers, integerFlag, redisFlag } from "../options.js";

/** The worker's flags as commander hands them over. */
export interface RawWorkerFlags {
  readonly redis?: string;
  readonly concurrency?: string;
  readonly stallSeconds?: string;
}

/** How often one problem may be repeated on stderr, in milliseconds. */
const REPEAT_MS = 10_000;

/** Starts the worker; resolves when a signal has stopped it. */
export async function workerCommand(raw: RawWorkerFlags): Promise<void> {
  const connection = redisFlag(raw.redis);
  if (connection === undefined) {
    throw new CliError("gatesim worker: --redis <url> is required", EXIT.USAGE);
  }
  const concurrency = integerFlag("--concurrency", raw.concurrency, 1, 256) ?? defaultWorkers();
  const stallSeconds = integerFlag("--stall-seconds", raw.stallSeconds, 1, 86_400);
  const lastShown = new Map<string, number>();
  const onProblem = (message: string) => {
    const now = Date.now();
    if (now - (lastShown.get(message) ?? -Infinity) < REPEAT_MS) return;
    lastShown.set(message, now);
    process.stderr.write(`gatesim worker: ${message}\n`);
  };
  // Loaded here: the queue library takes about a second to import, which no other command needs.
  const { startRedisWorker } = await import("../../experiment/redis/redis-worker.js");
  const worker = await startRedisWorker({
    connection,
    concurrency,
    ...(stallSeconds === undefined ? {} : { stallSeconds }),
    onProblem,
  });
  process.stderr.write(
    `gatesim worker: serving ${worker.where} with ${concurrency} thread${concurrency === 1 ? "" : "s"} (pid ${process.pid}); Ctrl-C to stop\n`,
  );
  await new Promise<void>((resolve) => {
    const stop = () => {
      process.off("SIGINT", stop);
      process.off("SIGTERM", stop);
      process.stderr.write("gatesim worker: stopping after the running jobs\n");
      void worker.close().then(resolve);
    };
    process.on("SIGINT", stop);
    process.on("SIGTERM", stop);
  });
}
