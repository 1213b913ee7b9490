/**
 * How much parallelism the machine really gives right now: the same CPU-bound loop once on the
 * main thread, then on `threads` worker threads at once. On a VM whose vCPUs share one physical
 * core (or that other load is using), `ceiling` is near 1 however many cores `os.cpus()` lists;
 * the worker runner's speed-up is read against it.
 */
import { Worker } from "node:worker_threads";

/** One probe measurement (one child process). */
export interface ParallelProbeResult {
  readonly threads: number;
  readonly iterations: number;
  /** Wall seconds of one loop alone, and of `threads` loops at once (worker start-up excluded). */
  readonly oneSeconds: number;
  readonly parallelSeconds: number;
  /** threads × oneSeconds / parallelSeconds: the best speed-up `threads` workers can reach. */
  readonly ceiling: number;
}

/**
 * A floating-point loop the JIT cannot remove. The workers get its source text
 * (`spinLoop.toString()`, plain JS once transpiled), so both sides run the same code.
 */
function spinLoop(n: number): number {
  let x = 0;
  for (let i = 0; i < n; i++) x += Math.sqrt(i);
  return x;
}

/** Runs the loop alone, then on `threads` threads at once (timed from "go", after start-up). */
export async function runParallelProbe(
  threads: number,
  iterations: number,
): Promise<ParallelProbeResult> {
  const started = performance.now();
  if (!(spinLoop(iterations) > 0)) throw new Error("parallel probe: loop result lost");
  const oneSeconds = (performance.now() - started) / 1000;

  const source = `const { parentPort, workerData } = require("node:worker_threads");
    ${spinLoop.toString()}
    parentPort.once("message", () => parentPort.postMessage(spinLoop(workerData)));
    parentPort.postMessage("ready");`;
  const workers = Array.from(
    { length: threads },
    () => new Worker(source, { eval: true, workerData: iterations }),
  );
  try {
    await Promise.all(workers.map((w) => nextMessage(w)));
    const parallelStarted = performance.now();
    const done = workers.map((w) => nextMessage(w));
    for (const w of workers) w.postMessage("go");
    await Promise.all(done);
    const parallelSeconds = (performance.now() - parallelStarted) / 1000;
    return {
      threads,
      iterations,
      oneSeconds,
      parallelSeconds,
      ceiling: (threads * oneSeconds) / parallelSeconds,
    };
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}

function nextMessage(worker: Worker): Promise<unknown> {
  return new Promise((resolve, reject) => {
    worker.once("message", resolve);
    worker.once("error", reject);
  });
}
