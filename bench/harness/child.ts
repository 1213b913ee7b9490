/**
 * Child processes for benchmarks: every heavy case runs in a fresh Node process (clean heap,
 * clean JIT state, its own RSS figure) and prints one JSON line as the last line of stdout.
 * The parent never measures anything itself.
 */
import { spawn } from "node:child_process";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { REPO_ROOT } from "./paths.js";

export { REPO_ROOT };

/** Output of an external command. */
export interface CommandResult {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly seconds: number;
}

/**
 * Runs a command to completion from the repository root (never throws on a non-zero exit).
 *
 * The command runs under a `/bin/sh` that forks it: on Linux a child's `ru_maxrss` starts at the
 * high-water mark of the process it was forked from, so a command forked straight from this
 * (large) parent would report the parent's RSS as its own peak. The small shell in between keeps
 * peak-RSS figures honest (checked: Python's reported peak went from 77 MB to 8 MB).
 */
export function runCommand(
  command: string,
  args: readonly string[],
  options: { timeoutMs?: number } = {},
): Promise<CommandResult> {
  const started = performance.now();
  return new Promise((resolve) => {
    let stdout = "";
    let stderr = "";
    // `"$@"; exit $?` is not a simple command, so sh forks instead of exec'ing it.
    const child = spawn("/bin/sh", ["-c", '"$@"; exit $?', "sh", command, ...args], {
      cwd: REPO_ROOT,
      stdio: ["ignore", "pipe", "pipe"],
      detached: true, // own process group, so a timeout ends the command too, not only sh
    });
    const timer = setTimeout(() => {
      stderr += `\ntimed out after ${options.timeoutMs ?? 300_000} ms`;
      if (child.pid !== undefined) process.kill(-child.pid, "SIGKILL");
    }, options.timeoutMs ?? 300_000);
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => {
      stdout += chunk;
    });
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => {
      stderr += chunk;
    });
    const finish = (code: number | null) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr, seconds: (performance.now() - started) / 1000 });
    };
    child.on("error", (error) => {
      stderr += String(error);
      finish(null);
    });
    child.on("close", finish);
  });
}

/** The last line of `stdout` that parses as a JSON object. */
export function lastJsonLine(stdout: string): unknown {
  const lines = stdout.trim().split("\n").reverse();
  for (const line of lines) {
    if (!line.startsWith("{")) continue;
    try {
      return JSON.parse(line);
    } catch {}
  }
  return undefined;
}

/** How a benchmark case file is run. */
export interface CaseOptions {
  /** Extra Node flags, e.g. `--cpu-prof`. */
  readonly nodeArgs?: readonly string[];
  /**
   * `compiled` (default): `node <tmp>/bench/file.js`, transpiled by {@link compiledBenchRoot}; for
   * files that import the library from `dist/`. `tsx`: `node --import tsx bench/file.ts`, for
   * files that import `src/` directly.
   */
  readonly mode?: "compiled" | "tsx";
  readonly timeoutMs?: number;
}

/**
 * Runs one benchmark case in a fresh Node process and returns the JSON line it printed.
 * @param file path relative to the repository root, e.g. `bench/kernel.bench.ts`
 * @throws Error naming the command and the child's stderr tail when it fails or prints no JSON.
 */
export async function runCase<T>(
  file: string,
  args: readonly string[],
  options: CaseOptions = {},
): Promise<T> {
  // Loaded lazily: it pulls in the TypeScript compiler, which child processes must not carry.
  const entry =
    options.mode === "tsx"
      ? ["--import", "tsx", file]
      : [
          path.join(
            (await import("./compile.js")).compiledBenchRoot(),
            file.replace(/\.ts$/, ".js"),
          ),
        ];
  const argv = [...(options.nodeArgs ?? []), ...entry, ...args];
  const result = await runCommand(process.execPath, argv, options);
  const parsed = result.code === 0 ? lastJsonLine(result.stdout) : undefined;
  if (parsed === undefined) {
    const tail = result.stderr.trim().split("\n").slice(-8).join("\n");
    throw new Error(
      `bench case "node ${argv.join(" ")}" failed (exit ${result.code}, ${result.seconds.toFixed(1)} s):\n${tail}`,
    );
  }
  return parsed as T;
}

/** True when the module at `importMetaUrl` is the process's entry point. */
export function isEntryPoint(importMetaUrl: string): boolean {
  const entry = process.argv[1];
  return entry !== undefined && importMetaUrl === pathToFileURL(path.resolve(entry)).href;
}
