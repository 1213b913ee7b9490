/**
 * SimPy peer reference: runs `../shared/peers/simpy_bench.py` (outside this repository, run not
 * copied) with Debian's `/usr/bin/python3`, which has `python3-simpy3` installed. Every result
 * is measured in the same harness run as the gatesim figures it is compared with.
 */
import { existsSync } from "node:fs";
import path from "node:path";
import { lastJsonLine, REPO_ROOT, runCommand } from "../harness/child.js";

/** The peer script, resolved from the repository root (/work/main → /work/shared/peers). */
export const SIMPY_SCRIPT = path.resolve(REPO_ROOT, "../shared/peers/simpy_bench.py");
/** Debian's system Python: the `python3` first on PATH may not see the Debian package. */
export const SIMPY_PYTHON = "/usr/bin/python3";

/** Whether SimPy can run here, and if not, why (printed in place of the column). */
export type SimpyAvailability =
  | { readonly available: true; readonly version: string }
  | { readonly available: false; readonly reason: string };

export async function simpyAvailability(): Promise<SimpyAvailability> {
  if (!existsSync(SIMPY_SCRIPT)) {
    return { available: false, reason: `peer script not found at ${SIMPY_SCRIPT}` };
  }
  if (!existsSync(SIMPY_PYTHON)) {
    return { available: false, reason: `${SIMPY_PYTHON} not found` };
  }
  const probe = await runCommand(SIMPY_PYTHON, ["-c", "import simpy; print(simpy.__version__)"], {
    timeoutMs: 30_000,
  });
  if (probe.code !== 0) {
    const why = probe.stderr.trim().split("\n").at(-1) ?? "unknown error";
    return {
      available: false,
      reason: `\`${SIMPY_PYTHON} -c "import simpy"\` failed (${why}); install with apt-get install -y python3-simpy3`,
    };
  }
  return { available: true, version: probe.stdout.trim() };
}

/** SimPy hold-model figures (fields as printed by the peer script). */
export interface SimpyHold {
  readonly n: number;
  readonly events: number;
  readonly events_per_s: number;
  readonly setup_s: number;
  readonly max_rss_mb: number;
}

/** SimPy M/M/c figures (fields as printed by the peer script). */
export interface SimpyMmc {
  readonly customers: number;
  readonly customers_per_s: number;
  readonly events_per_s: number;
  readonly events_per_customer: number;
  readonly mean_wait: number;
  readonly mean_wait_ci95: number;
  readonly erlang_c_wq: number;
  readonly max_rss_mb: number;
}

async function runPeer<T>(args: readonly string[]): Promise<T> {
  const result = await runCommand(SIMPY_PYTHON, [SIMPY_SCRIPT, ...args], { timeoutMs: 600_000 });
  const parsed = result.code === 0 ? lastJsonLine(result.stdout) : undefined;
  if (parsed === undefined) {
    throw new Error(
      `SimPy peer "${args.join(" ")}" failed (exit ${result.code}): ${result.stderr.trim().slice(-400)}`,
    );
  }
  return parsed as T;
}

/** `simpy_bench.py hold N EVENTS`. */
export function simpyHold(n: number, events: number): Promise<SimpyHold> {
  return runPeer<SimpyHold>(["hold", String(n), String(events)]);
}

/** `simpy_bench.py mmc C RHO CUSTOMERS`. */
export function simpyMmc(c: number, rho: number, customers: number): Promise<SimpyMmc> {
  return runPeer<SimpyMmc>(["mmc", String(c), String(rho), String(customers)]);
}
