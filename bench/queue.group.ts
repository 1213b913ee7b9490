/**
 * Benchmark group "queue": replications per second of the gate model on the Redis queue
 * (`createRunner({ backend: "redis" })`) with 1, 2 and 4 `gatesim worker` processes on loopback,
 * next to the serial runner and the worker-thread pool in the same run; and the queue's own cost
 * per job, measured with a model that does almost nothing. A private redis-server (Debian's, no
 * persistence) is started for the run and stopped after it. Every runner's results are checked
 * equal to the serial runner's (digest of their JSON).
 *
 * Each timing is a second, warm call on the same runner (threads and workers have loaded the
 * model in the first), so start-up is left out: what is compared is the steady rate of a long
 * study. The machine's 2 cores are shared with other work: the load average is printed with
 * the figures, and ratios from the same run are what to read.
 */
import { createHash } from "node:crypto";
import path from "node:path";
import type { ReplicationTask } from "../dist/experiment/index.js";
import {
  createRunner,
  type GateRunResult,
  gateModel,
  preset,
  type Runner,
  type Scenario,
  serialRunner,
} from "../dist/index.js";
import { PrivateRedis, WorkerProcess } from "../test/redis/harness.js";
import type { BenchGroup, GroupOptions, GroupOutput, Table } from "./harness/group.js";
import { loadAverage } from "./harness/machine.js";
import { REPO_ROOT } from "./harness/paths.js";
import { formatFixed, formatRatio } from "./harness/table.js";

const SEED = "bench-queue";
const GATE_PATH = path.join(REPO_ROOT, "dist", "gate", "experiment-adapter.js");
const TRIVIAL = {
  modulePath: path.join(REPO_ROOT, "test", "redis", "slow-model.mjs"),
  exportName: "slowModel",
};

interface Timing {
  readonly runner: string;
  readonly processes: number;
  readonly seconds: number;
  readonly perSecond: number;
  readonly digest: string;
}

function tasksOf<C>(config: C, count: number): ReplicationTask<C>[] {
  return Array.from({ length: count }, (_, replication) => ({ config, seed: SEED, replication }));
}

function digest(results: unknown): string {
  return createHash("sha256").update(JSON.stringify(results)).digest("hex").slice(0, 16);
}

/** A warm-up call, then the timed call, on one runner (closed afterwards). */
async function timeRunner<C, R>(
  runner: Runner<C, R>,
  warm: ReplicationTask<C>[],
  timed: ReplicationTask<C>[],
): Promise<{ seconds: number; digest: string }> {
  try {
    await runner.runMany(warm);
    const started = process.hrtime.bigint();
    const results = await runner.runMany(timed);
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    return { seconds, digest: digest(results) };
  } finally {
    await runner.close();
  }
}

function redisRunner<C, R>(url: string, model: { modulePath: string; exportName: string }) {
  return createRunner<C, R>({ backend: "redis", connection: url, model, pollMilliseconds: 20 });
}

async function runQueueGroup(options: GroupOptions): Promise<GroupOutput> {
  const days = options.quick ? 1 : 3;
  const replications = options.quick ? 4 : 16;
  const trivialJobs = options.quick ? 50 : 400;
  const scenario: Scenario = { ...preset("huu-nghi-smart-2024")!, horizonDays: days };
  const warm = tasksOf(scenario, 2);
  const timed = tasksOf(scenario, replications);
  const loadBefore = loadAverage();
  const redis = await PrivateRedis.start();
  const workers: WorkerProcess[] = [];
  const timings: Timing[] = [];
  const record = (runner: string, processes: number, t: { seconds: number; digest: string }) => {
    timings.push({ runner, processes, ...t, perSecond: replications / t.seconds });
    options.log(`queue: ${runner} ${replications / t.seconds} replications/s`);
  };
  const overhead: { processes: number; jobs: number; msPerJob: number }[] = [];
  try {
    options.log("queue: serial runner");
    record("serial (this thread)", 1, await timeRunner(serialRunner(gateModel), warm, timed));
    options.log("queue: worker-thread pool, 2 threads");
    const pool = createRunner<Scenario, GateRunResult>({
      workers: 2,
      model: { modulePath: GATE_PATH, exportName: "gateModel" },
    });
    record("thread pool, 2 threads", 1, await timeRunner(pool, warm, timed));
    for (const n of [1, 2, 4]) {
      while (workers.length < n) workers.push(await WorkerProcess.start(redis.url));
      options.log(`queue: Redis queue, ${n} worker process(es)`);
      const runner = redisRunner<Scenario, GateRunResult>(redis.url, {
        modulePath: GATE_PATH,
        exportName: "gateModel",
      });
      record(
        `Redis queue, ${n} worker process${n === 1 ? "" : "es"}`,
        n + 1,
        await timeRunner(runner, warm, timed),
      );
      // the queue's own cost: jobs whose model does nothing (no draws)
      const trivial = tasksOf({ draws: 0 }, trivialJobs);
      const t = await timeRunner(
        redisRunner(redis.url, TRIVIAL),
        tasksOf({ draws: 0 }, 20),
        trivial,
      );
      overhead.push({
        processes: n,
        jobs: trivialJobs,
        msPerJob: (t.seconds * 1000) / trivialJobs,
      });
    }
  } finally {
    await Promise.all(workers.map((worker) => worker.kill()));
    await redis.stop();
  }
  const loadAfter = loadAverage();
  const serial = timings[0]!;
  const table: Table = {
    title: `Gate model (huu-nghi-smart-2024, ${days} days): ${replications} replications, warm call`,
    columns: ["runner", "seconds", "replications/s", "÷ serial", "same results"],
    rows: timings.map((t) => [
      t.runner,
      formatFixed(t.seconds, 2),
      formatFixed(t.perSecond, 2),
      formatRatio(t.perSecond / serial.perSecond),
      t.digest === serial.digest ? "yes" : "NO",
    ]),
  };
  const overheadTable: Table = {
    title: "The queue's cost per job (a model that does nothing), loopback Redis",
    columns: ["worker processes", "jobs", "ms per job"],
    rows: overhead.map((o) => [String(o.processes), String(o.jobs), formatFixed(o.msPerJob, 2)]),
  };
  return {
    tables: [table, overheadTable],
    notes: [
      `load average (1, 5, 15 min) before ${loadBefore.join(", ")}, after ${loadAfter.join(", ")}: the 2 cores are shared with other work, so read the ratios of this run, not the bare rates.`,
      "Every process beyond the cores competes for them: on 2 cores, 4 worker processes cannot beat 2; the queue pays off on more machines.",
    ],
    data: { days, replications, timings, overhead, loadBefore, loadAfter },
  };
}

/** The "queue" group for `bench/run.ts`. */
export const queueGroup: BenchGroup = {
  name: "queue",
  summary:
    "replications/s on the Redis queue with 1, 2, 4 worker processes vs serial and the thread pool; cost per job",
  approxSeconds: "≈ 1.5–3 min; --quick ≈ 30 s",
  run: runQueueGroup,
};
