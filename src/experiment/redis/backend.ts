/**
 * The Redis backend as `createRunner` returns it: the options are checked at once, while the
 * queue library (about a second to import) is loaded when the first run starts.
 */
import type { ReplicationTask } from "../model.js";
import type { Runner } from "../runner.js";
import { checkRedisRunnerOptions, type RedisRunnerOptions } from "./options.js";

/**
 * A {@link Runner} on the Redis queue of `options.connection`.
 *
 * @throws {ExperimentError} INVALID_OPTION for bad options (the URL shown redacted).
 */
export function redisRunner<C, R>(options: RedisRunnerOptions): Runner<C, R> {
  const resolved = checkRedisRunnerOptions(options);
  let runner: Runner<C, R> | undefined;
  let loading: Promise<Runner<C, R>> | undefined;
  let closed = false;
  const load = (): Promise<Runner<C, R>> => {
    loading ??= import("./redis-runner.js").then((module) => {
      runner = module.createRedisRunner<C, R>(resolved);
      return runner;
    });
    return loading;
  };
  return {
    get concurrency() {
      return runner?.concurrency ?? 1;
    },
    runMany: async (tasks: readonly ReplicationTask<C>[], onTasksDone?: (done: number) => void) => {
      if (closed) throw new Error("Runner.runMany: the runner was closed");
      return (await load()).runMany(tasks, onTasksDone);
    },
    close: async () => {
      closed = true;
      if (loading !== undefined) await (await loading).close();
    },
  };
}
