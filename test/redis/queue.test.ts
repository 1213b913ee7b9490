import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createRunner,
  ExperimentError,
  type ReplicationTask,
  replicationTasks,
  serialRunner,
} from "../../dist/experiment/index.js";
import {
  BIN,
  gatesim,
  keysOf,
  killCliProcesses,
  PrivateRedis,
  ROOT,
  WorkerProcess,
  waitFor,
} from "./harness.js";
// @ts-expect-error: a plain ES module without types, shared with the worker processes
import { slowModel } from "./slow-model.mjs";

/** The model the workers import, by absolute path (as on any machine that has the file). */
const MODEL = { modulePath: join(import.meta.dirname, "slow-model.mjs"), exportName: "slowModel" };
/** Per-test time limit: worker processes and the CLI start slowly on shared, loaded cores. */
const SLOW_MS = 240_000;
/** Seconds of a job's lock: short, so a killed worker's job comes back quickly. */
const STALL = "2";

interface SlowConfig {
  readonly draws: number;
  readonly markDir?: string;
  readonly throwAt?: number;
}

const marks = mkdtempSync(join(tmpdir(), "gatesim-marks-"));

/** Runs `tasks` on the queue at `url` (polling fast) and closes the runner. */
async function onQueue(url: string, tasks: ReplicationTask<SlowConfig>[], reconnectSeconds = 30) {
  const runner = createRunner<SlowConfig, unknown>({
    backend: "redis",
    connection: url,
    model: MODEL,
    pollMilliseconds: 50,
    reconnectSeconds,
  });
  try {
    return await runner.runMany(tasks);
  } finally {
    await runner.close();
  }
}

/**
 * The serial runner's results. Compared with `toStrictEqual`: the same keys (an `undefined`
 * one too), the same numbers by `Object.is` (so -0 is not 0, Infinity is not null).
 */
function serialResults(tasks: ReplicationTask<SlowConfig>[]): Promise<unknown[]> {
  return serialRunner<SlowConfig, unknown>(slowModel).runMany(tasks);
}

/** Keys that name a run (a job, its lock or logs) or hold jobs: none may outlive a run. */
async function leftovers(redis: PrivateRedis): Promise<string[]> {
  const queueLevel = /^gatesim:replications:(id|events|meta|stalled-check|marker)$/;
  return (await keysOf(redis)).filter((key) => !queueLevel.test(key));
}

afterAll(() => {
  killCliProcesses();
  rmSync(marks, { recursive: true, force: true });
});

describe("replications on a Redis queue served by gatesim worker processes", {
  timeout: SLOW_MS,
}, () => {
  let redis: PrivateRedis;
  const workers: WorkerProcess[] = [];
  const growTo = async (n: number) => {
    while (workers.length < n)
      workers.push(await WorkerProcess.start(redis.url, ["--stall-seconds", STALL]));
  };

  beforeAll(async () => {
    redis = await PrivateRedis.start();
  });
  afterAll(async () => {
    await Promise.all(workers.map((worker) => worker.kill()));
    await redis?.stop();
  });

  it("prints byte-identical JSON to the serial run with 1, 2 and 4 worker processes, and leaves no run keys", async () => {
    const args = [
      "run",
      "huu-nghi-smart-2024",
      "--days",
      "2",
      "--replications",
      "8",
      "--json",
      "--quiet",
    ];
    const serial = await gatesim([...args, "--workers", "1"]);
    expect(serial.code).toBe(0);
    for (const n of [1, 2, 4]) {
      await growTo(n);
      const queued = await gatesim([...args, "--redis", redis.url]);
      expect({ n, code: queued.code, stderr: queued.stderr }).toEqual({ n, code: 0, stderr: "" });
      expect(queued.stdout).toBe(serial.stdout);
    }
    expect(await leftovers(redis)).toEqual([]);
  });

  it("gives compare, sweep and plan the serial results on 4 workers", async () => {
    await growTo(4);
    const commands = [
      [
        "compare",
        "huu-nghi-manual-2019",
        "huu-nghi-smart-2024",
        "--days",
        "1",
        "--replications",
        "3",
      ],
      [
        "sweep",
        "huu-nghi-manual-2019",
        "--vary",
        "stations.identity.servers=8,12",
        "--days",
        "1",
        "--replications",
        "2",
      ],
      [
        "plan",
        "huu-nghi-smart-2024",
        "--target",
        "p90TimeInSystemHours<=12",
        "--resources",
        "customs",
        "--days",
        "1",
        "--replications",
        "2",
      ],
    ];
    for (const command of commands) {
      const serial = await gatesim([...command, "--json", "--quiet", "--workers", "1"]);
      const queued = await gatesim([...command, "--json", "--quiet", "--redis", redis.url]);
      expect(serial.code).toBe(0);
      expect({ code: queued.code, stderr: queued.stderr }).toEqual({ code: 0, stderr: "" });
      expect(queued.stdout).toBe(serial.stdout);
    }
  });

  it("keeps two studies on one Redis apart: each gets its own seed's results", async () => {
    await growTo(2);
    const a = replicationTasks<SlowConfig>({ draws: 100_000 }, "study-a", 0, 6);
    const b = replicationTasks<SlowConfig>({ draws: 100_000 }, "study-b", 0, 6);
    const [onA, onB] = await Promise.all([onQueue(redis.url, a), onQueue(redis.url, b)]);
    expect(onA).toStrictEqual(await serialResults(a));
    expect(onB).toStrictEqual(await serialResults(b));
    expect(onA).not.toStrictEqual(onB);
    expect(await leftovers(redis)).toEqual([]);
  });

  it("runs the job of a worker killed mid-job again on another worker, with the same result", async () => {
    await growTo(2);
    const markDir = mkdtempSync(join(marks, "kill-"));
    // Long enough jobs that the victim is still inside its job when it is killed (with short
    // ones an idle machine finished the job first, and nothing had to run again).
    const tasks = replicationTasks<SlowConfig>({ draws: 12_000_000, markDir }, "kill", 0, 4);
    const starts = () =>
      readFileSync(join(markDir, "starts.log"), { encoding: "utf8", flag: "a+" })
        .trim()
        .split("\n")
        .filter((line) => line !== "")
        .map((line) => line.split(" ").map(Number) as [number, number]);
    const running = onQueue(redis.url, tasks);
    await waitFor("the first job to start", () => starts().length > 0);
    const [replication, pid] = starts()[0]!;
    const victim = workers.find((worker) => worker.pid === pid)!;
    expect(victim).toBeDefined();
    await victim.kill();
    workers.splice(workers.indexOf(victim), 1);
    const results = await running;
    // the killed job really ran twice: once on the victim, then on a survivor
    const again = starts().filter(([r]) => r === replication);
    expect(again.length).toBeGreaterThanOrEqual(2);
    expect(again.some(([, p]) => p !== pid)).toBe(true);
    const unmarked = tasks.map((task) => ({ ...task, config: { draws: task.config.draws } }));
    expect(results).toStrictEqual(await serialResults(unmarked));
    expect(await leftovers(redis)).toEqual([]);
  });

  it("fails the run naming the replication and the model's error; the workers keep serving", async () => {
    await growTo(2);
    const tasks = replicationTasks<SlowConfig>({ draws: 200_000, throwAt: 3 }, "bug", 0, 6);
    const failure = await onQueue(redis.url, tasks).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ExperimentError);
    expect((failure as ExperimentError).code).toBe("REPLICATION_FAILED");
    expect((failure as ExperimentError).message).toContain("replication 3");
    expect((failure as ExperimentError).message).toContain("model bug at replication 3");
    expect(workers.every((worker) => worker.alive)).toBe(true);
    expect(await leftovers(redis)).toEqual([]);
    const healthy = replicationTasks<SlowConfig>({ draws: 10_000 }, "after", 0, 3);
    expect(await onQueue(redis.url, healthy)).toStrictEqual(await serialResults(healthy));
  });

  it("fails with MODEL_NOT_LOADED naming the module when workers cannot import the model", async () => {
    await growTo(1);
    const runner = createRunner<SlowConfig, unknown>({
      backend: "redis",
      connection: redis.url,
      model: { modulePath: "/nonexistent/model.mjs", exportName: "slowModel" },
      pollMilliseconds: 50,
    });
    const failure = await runner
      .runMany(replicationTasks<SlowConfig>({ draws: 1 }, "s", 0, 2))
      .catch((error: unknown) => error)
      .finally(() => runner.close());
    expect((failure as ExperimentError).code).toBe("MODEL_NOT_LOADED");
    expect((failure as ExperimentError).issues[0]?.path).toBe("model.modulePath");
    expect((failure as ExperimentError).message).toContain("/nonexistent/model.mjs");
    expect(await leftovers(redis)).toEqual([]);
  });
});

describe("a Redis that goes away during a run", { timeout: SLOW_MS }, () => {
  let redis: PrivateRedis;
  let worker: WorkerProcess | undefined;
  beforeAll(async () => {
    redis = await PrivateRedis.start();
    worker = await WorkerProcess.start(redis.url, ["--stall-seconds", STALL]);
  });
  afterAll(async () => {
    await worker?.kill();
    await redis?.stop();
  });

  it("fails the run, saying to run it again, when Redis restarts without the run's jobs", async () => {
    const markDir = mkdtempSync(join(marks, "restart-"));
    const tasks = replicationTasks<SlowConfig>({ draws: 300_000, markDir }, "restart", 0, 30);
    const running = onQueue(redis.url, tasks).catch((error: unknown) => error);
    await waitFor(
      "a job to start",
      () => readFileSync(join(markDir, "starts.log"), { encoding: "utf8", flag: "a+" }).length > 0,
    );
    await redis.restart();
    const failure = await running;
    expect((failure as ExperimentError).code).toBe("QUEUE_UNAVAILABLE");
    expect((failure as ExperimentError).message).toContain("run the command again");
    // the worker reconnected and serves the next run
    expect(worker!.alive).toBe(true);
    const next = replicationTasks<SlowConfig>({ draws: 10_000 }, "next", 0, 2);
    expect(await onQueue(redis.url, next)).toStrictEqual(await serialResults(next));
  });

  it("fails the run, naming the server, when Redis stays unreachable", async () => {
    const markDir = mkdtempSync(join(marks, "gone-"));
    const tasks = replicationTasks<SlowConfig>({ draws: 300_000, markDir }, "gone", 0, 30);
    const running = onQueue(redis.url, tasks, 1).catch((error: unknown) => error);
    await waitFor(
      "a job to start",
      () => readFileSync(join(markDir, "starts.log"), { encoding: "utf8", flag: "a+" }).length > 0,
    );
    await redis.kill();
    const failure = await running;
    expect((failure as ExperimentError).code).toBe("QUEUE_UNAVAILABLE");
    expect((failure as ExperimentError).message).toContain(`127.0.0.1:${redis.port}`);
    expect((failure as ExperimentError).message).toContain("unreachable");
    await redis.restart();
  });

  it("fails at once, naming the server, when nothing listens there", async () => {
    const port = redis.port;
    await redis.kill();
    const result = await gatesim([
      "run",
      "huu-nghi-smart-2024",
      "--days",
      "1",
      "--replications",
      "2",
      "--redis",
      `redis://127.0.0.1:${port}`,
    ]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`redis://127.0.0.1:${port}`);
    expect(result.stderr).toContain("start it");
    expect(result.stderr).not.toContain("internal error");
    await redis.restart();
  });
});

describe("a Redis with a password", { timeout: SLOW_MS }, () => {
  const password = "s3cret-Pa55";
  let redis: PrivateRedis;
  let worker: WorkerProcess | undefined;
  beforeAll(async () => {
    redis = await PrivateRedis.start(password);
    worker = await WorkerProcess.start(redis.url);
  });
  afterAll(async () => {
    await worker?.kill();
    await redis?.stop();
  });

  it("runs with the password in the URL and never prints it", async () => {
    expect(worker!.stderr).toContain(":***@127.0.0.1");
    const args = ["run", "huu-nghi-smart-2024", "--days", "1", "--replications", "2", "--json"];
    const serial = await gatesim([...args, "--quiet", "--workers", "1"]);
    const queued = await gatesim([...args, "--redis", redis.url]);
    expect(queued.code).toBe(0);
    expect(queued.stdout).toBe(serial.stdout);
    const wrong = await gatesim([
      ...args,
      "--redis",
      `redis://:not-${password}@127.0.0.1:${redis.port}`,
    ]);
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toContain(":***@127.0.0.1");
    const badScheme = await gatesim([
      ...args,
      "--redis",
      `http://:${password}@127.0.0.1:${redis.port}`,
    ]);
    expect(badScheme.code).toBe(2);
    expect(badScheme.stderr).toContain("--redis expected a redis:// or rediss:// URL");
    for (const output of [queued, wrong, badScheme]) {
      expect(output.stdout + output.stderr).not.toContain(password);
    }
    expect(worker!.stderr).not.toContain(password);
  });
});

describe("a Redis with persistence that restarts during a run", { timeout: SLOW_MS }, () => {
  let redis: PrivateRedis;
  let worker: WorkerProcess | undefined;
  beforeAll(async () => {
    redis = await PrivateRedis.start(undefined, true);
    worker = await WorkerProcess.start(redis.url, ["--stall-seconds", STALL]);
  });
  afterAll(async () => {
    await worker?.kill();
    await redis?.stop();
  });

  it("resumes: the jobs come back from the append-only file and the results are the serial ones", async () => {
    const markDir = mkdtempSync(join(marks, "resume-"));
    const tasks = replicationTasks<SlowConfig>({ draws: 300_000, markDir }, "resume", 0, 8);
    const running = onQueue(redis.url, tasks);
    await waitFor(
      "a job to start",
      () => readFileSync(join(markDir, "starts.log"), { encoding: "utf8", flag: "a+" }).length > 0,
    );
    await redis.restart();
    const results = await running;
    const unmarked = tasks.map((task) => ({ ...task, config: { draws: task.config.draws } }));
    expect(results).toStrictEqual(await serialResults(unmarked));
    expect(worker!.alive).toBe(true);
    expect(await leftovers(redis)).toEqual([]);
  });
});

describe("a run interrupted with Ctrl-C", { timeout: SLOW_MS }, () => {
  let redis: PrivateRedis;
  beforeAll(async () => {
    redis = await PrivateRedis.start();
  });
  afterAll(async () => {
    await redis?.stop();
  });

  it("removes its jobs from the queue and exits 130", async () => {
    // no worker: the jobs wait in the queue until the interrupt
    const child = spawn(
      "node",
      [
        BIN,
        "run",
        "huu-nghi-smart-2024",
        "--days",
        "1",
        "--replications",
        "5",
        "--redis",
        redis.url,
      ],
      {
        cwd: ROOT,
        stdio: ["ignore", "ignore", "pipe"],
      },
    );
    let stderr = "";
    child.stderr.setEncoding("utf8").on("data", (text: string) => {
      stderr += text;
    });
    try {
      await waitFor("the run's jobs", async () => (await leftovers(redis)).length > 0);
      child.kill("SIGINT");
      const code = await new Promise<number | null>((resolve) =>
        child.on("exit", (c) => resolve(c)),
      );
      expect(code).toBe(130);
      expect(stderr).toContain("interrupted");
      expect(stderr).toContain("no worker is connected");
      expect(await leftovers(redis)).toEqual([]);
    } finally {
      child.kill("SIGKILL");
    }
  });
});
