/**
 * A private Redis and queue workers for the tests of the Redis backend: Debian's
 * /usr/bin/redis-server on a free loopback port in a temporary folder, without persistence, and
 * `gatesim worker` processes spawned from the built package, each in its own process group so
 * that everything it started can be killed at once. A missing redis-server is a failure.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Redis } from "ioredis";

export const ROOT = join(import.meta.dirname, "..", "..");
export const BIN = join(ROOT, "dist", "cli", "main.js");
export const REDIS_SERVER = "/usr/bin/redis-server";

/** A free TCP port on 127.0.0.1. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });
}

/** Resolves when `predicate` holds, polling every 50 ms; rejects after `timeoutMs`. */
export async function waitFor(
  what: string,
  predicate: () => boolean | Promise<boolean>,
  timeoutMs = 30_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await predicate())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Kills a detached child's whole process group (SIGKILL unless told), ignoring the gone. */
export function killGroup(child: ChildProcess, signal: NodeJS.Signals = "SIGKILL"): void {
  if (child.pid === undefined) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // already gone
  }
}

/** Resolves when the child has exited. */
export function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once("exit", () => resolve()));
}

/** A private redis-server. */
export class PrivateRedis {
  readonly dir = mkdtempSync(join(tmpdir(), "gatesim-redis-"));
  private child: ChildProcess | null = null;

  private constructor(
    readonly port: number,
    private readonly password: string | undefined,
    private readonly persistent: boolean,
  ) {}

  /**
   * Starts a server on a free port (with `requirepass` when a password is given; `persistent`:
   * an append-only file synced on every write, so a killed server comes back with its data).
   */
  static async start(password?: string, persistent = false): Promise<PrivateRedis> {
    if (!existsSync(REDIS_SERVER)) {
      throw new Error(
        `${REDIS_SERVER} is missing: install Debian's redis-server (apt-get install redis-server); .ci/run does`,
      );
    }
    const redis = new PrivateRedis(await freePort(), password, persistent);
    await redis.boot();
    return redis;
  }

  /** `redis://[:password@]127.0.0.1:port`. */
  get url(): string {
    const auth = this.password === undefined ? "" : `:${encodeURIComponent(this.password)}@`;
    return `redis://${auth}127.0.0.1:${this.port}`;
  }

  /** A client for looking at keys (close it). */
  client(): Redis {
    return new Redis(this.url, { maxRetriesPerRequest: 1 });
  }

  private async boot(): Promise<void> {
    const args = ["--port", String(this.port), "--bind", "127.0.0.1", "--save", ""];
    args.push(
      ...(this.persistent
        ? ["--appendonly", "yes", "--appendfsync", "always"]
        : ["--appendonly", "no"]),
    );
    args.push("--dir", this.dir, "--daemonize", "no");
    if (this.password !== undefined) args.push("--requirepass", this.password);
    const child = spawn(REDIS_SERVER, args, { detached: true, stdio: "ignore" });
    this.child = child;
    await waitFor(`redis-server on port ${this.port}`, async () => {
      if (child.exitCode !== null) throw new Error(`redis-server exited with ${child.exitCode}`);
      const client = new Redis(this.url, {
        lazyConnect: true,
        maxRetriesPerRequest: 0,
        retryStrategy: () => null,
      });
      client.on("error", () => {});
      try {
        await client.connect();
        return (await client.ping()) === "PONG";
      } catch {
        return false;
      } finally {
        client.disconnect();
      }
    });
  }

  /** Kills the server (its data is lost: no persistence). */
  async kill(): Promise<void> {
    if (this.child === null) return;
    const child = this.child;
    this.child = null;
    killGroup(child);
    await exited(child);
  }

  /** Kills the server and starts it again on the same port (empty unless persistent). */
  async restart(): Promise<void> {
    await this.kill();
    await this.boot();
  }

  /** Kills the server and removes its folder. */
  async stop(): Promise<void> {
    await this.kill();
    rmSync(this.dir, { recursive: true, force: true });
  }
}

/** A spawned `gatesim worker` process. */
export class WorkerProcess {
  stderr = "";
  private constructor(readonly child: ChildProcess) {}

  /** Spawns a worker and waits for its start-up line. */
  static async start(url: string, extra: readonly string[] = []): Promise<WorkerProcess> {
    const child = spawn("node", [BIN, "worker", "--redis", url, "--concurrency", "1", ...extra], {
      cwd: ROOT,
      detached: true,
      stdio: ["ignore", "ignore", "pipe"],
    });
    const worker = new WorkerProcess(child);
    child.stderr?.setEncoding("utf8");
    child.stderr?.on("data", (text: string) => {
      worker.stderr += text;
    });
    await waitFor("a worker's start-up line", () => {
      if (child.exitCode !== null) throw new Error(`worker exited: ${worker.stderr}`);
      return worker.stderr.includes("serving");
    });
    return worker;
  }

  get pid(): number {
    return this.child.pid!;
  }

  get alive(): boolean {
    return this.child.exitCode === null && this.child.signalCode === null;
  }

  /** SIGKILLs the worker's process group and waits for it. */
  async kill(): Promise<void> {
    killGroup(this.child);
    await exited(this.child);
  }
}

/** CLI processes still running, killed by {@link killCliProcesses}. */
const cliProcesses = new Set<ChildProcess>();

/** Kills every CLI process a test left running (afterAll). */
export function killCliProcesses(): void {
  for (const child of cliProcesses) killGroup(child);
}

/** Runs the built CLI; resolves with its exit code and output. */
export function gatesim(
  args: readonly string[],
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn("node", [BIN, ...args], {
      cwd: ROOT,
      detached: true,
      stdio: ["ignore", "pipe", "pipe"],
    });
    cliProcesses.add(child);
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (text: string) => {
      stdout += text;
    });
    child.stderr.setEncoding("utf8").on("data", (text: string) => {
      stderr += text;
    });
    child.on("close", (code) => {
      cliProcesses.delete(child);
      resolve({ code, stdout, stderr });
    });
  });
}

/** Every key of the Redis at `url`. */
export async function keysOf(redis: PrivateRedis): Promise<string[]> {
  const client = redis.client();
  try {
    return (await client.keys("*")).sort();
  } finally {
    client.disconnect();
  }
}
