/**
 * A runner executes batches of replications: in-process ({@link serialRunner}) or on worker
 * threads (`createRunner` in ./worker-pool.ts). Every experiment takes an optional runner, so
 * the same experiment code runs serially in tests and in parallel in the CLI.
 */
import { type RunControl, replicationFailure, timeLimitExceeded } from "./limits.js";
import type { ExperimentModel, ReplicationTask } from "./model.js";

/** Executes replication tasks; results always come back in task order. */
export interface Runner<C, R> {
  /** Number of replications that can run at once (1 for the serial runner). */
  readonly concurrency: number;
  /**
   * Runs every task and resolves with their results in task order.
   * @param onTasksDone - called with the count of tasks finished so far in this call
   * @param control - the event budget handed to each replication and the call's deadline
   * @throws {ExperimentError} BUDGET_EXCEEDED or MODEL_FAILED naming the replication and seed
   *   when a replication throws; TIME_LIMIT_EXCEEDED past the deadline.
   */
  runMany(
    tasks: readonly ReplicationTask<C>[],
    onTasksDone?: (done: number) => void,
    control?: RunControl,
  ): Promise<R[]>;
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
    runMany: async (tasks, onTasksDone, control) =>
      runTasksSync(model, tasks, onTasksDone, control),
    close: async () => {},
  };
}

/**
 * Runs tasks in order in the current thread (shared by the serial runner and the synchronous
 * experiment variants). A replication that throws rejects with a typed error naming it; the
 * deadline is checked before each replication (one running in this thread cannot be cut short:
 * its event budget bounds it).
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
  control: RunControl = {},
): R[] {
  const results: R[] = [];
  const limits = control.maxEvents === undefined ? undefined : { maxEvents: control.maxEvents };
  const deadline = control.deadlineMs;
  for (const task of tasks) {
    if (deadline !== undefined && performance.now() > deadline) {
      throw timeLimitExceeded(control, task.seed, [task.replication], results.length);
    }
    try {
      results.push(
        limits === undefined
          ? model.run(task.config, task.seed, task.replication)
          : model.run(task.config, task.seed, task.replication, limits),
      );
    } catch (error) {
      throw replicationFailure(control.api ?? "runner", error, task);
    }
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
