/**
 * A runner executes batches of replications: in-process ({@link serialRunner}) or on worker
 * threads (`createRunner` in ./worker-pool.ts). Every experiment takes an optional runner, so
 * the same experiment code runs serially in tests and in parallel in the CLI.
 */
import type { ExperimentModel, ReplicationTask } from "./model.js";

/** Executes replication tasks; results always come back in task order. */
export interface Runner<C, R> {
  /** Number of replications that can run at once (1 for the serial runner). */
  readonly concurrency: number;
  /**
   * Runs every task and resolves with their results in task order.
   * @param onTasksDone - called with the count of tasks finished so far in this call
   */
  runMany(tasks: readonly ReplicationTask<C>[], onTasksDone?: (done: number) => void): Promise<R[]>;
  /** Releases threads; the runner must not be used afterwards. Idempotent. */
  close(): Promise<void>;
}

/**
 * A runner that calls `model.run` in the current thread, one task after the other.
 *
 * @example
 * const smart = { ...preset("huu-nghi-smart-2024")!, horizonDays: 1 };
 * const runner = serialRunner(gateModel);
 * const [r0, r1] = await runner.runMany([
 *   { config: smart, seed: "s", replication: 0 },
 *   { config: smart, seed: "s", replication: 1 },
 * ]);
 * r0!.trucks.arrived === r1!.trucks.arrived; // false (each replication has its own arrivals)
 */
export function serialRunner<C, R>(model: ExperimentModel<C, R>): Runner<C, R> {
  return {
    concurrency: 1,
    runMany: async (tasks, onTasksDone) => runTasksSync(model, tasks, onTasksDone),
    close: async () => {},
  };
}

/**
 * Runs tasks in order in the current thread (shared by the serial runner and the synchronous
 * experiment variants).
 * @example
 * const model = {
 *   name: "echo",
 *   run: (config: string, seed: string, replication: number) => `${config}/${seed}/${replication}`,
 * };
 * runTasksSync(model, replicationTasks("a", "s", 0, 3)); // ["a/s/0", "a/s/1", "a/s/2"]
 */
export function runTasksSync<C, R>(
  model: ExperimentModel<C, R>,
  tasks: readonly ReplicationTask<C>[],
  onTasksDone?: (done: number) => void,
): R[] {
  const results: R[] = [];
  for (const task of tasks) {
    results.push(model.run(task.config, task.seed, task.replication));
    onTasksDone?.(results.length);
  }
  return results;
}

/**
 * Tasks for replications `from` .. `to - 1` of one configuration.
 *
 * @example
 * replicationTasks({ servers: 2 }, "s", 0, 3).map((task) => task.replication); // [0, 1, 2]
 */
export function replicationTasks<C>(
  config: C,
  seed: string,
  from: number,
  to: number,
): ReplicationTask<C>[] {
  const tasks: ReplicationTask<C>[] = [];
  for (let replication = from; replication < to; replication++) {
    tasks.push({ config, seed, replication });
  }
  return tasks;
}
