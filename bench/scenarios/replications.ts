/**
 * Replications through `replicate`, in this thread (`serialRunner(gateModel)`) or on
 * worker threads (`createRunner`, built as the CLI builds it), each in its own child process, so
 * both start with a cold JIT. `replicate` is called twice on the same runner: the first call is
 * what a one-shot CLI command waits for (pool start-up, module import and JIT warm-up in every
 * thread), the second what each further call of a long experiment costs (a capacity plan makes
 * dozens). Digests of the per-replication results and of the KPI summary let the parent check
 * that both runners give identical results.
 */
import { createHash } from "node:crypto";
import { realpathSync } from "node:fs";
import path from "node:path";
import {
  createRunner,
  GATE_KPIS,
  type GateRunResult,
  gateModel,
  loadScenario,
  preset,
  type ReplicationSummary,
  type Runner,
  replicate,
  type Scenario,
  serialRunner,
} from "../../dist/index.js";
import { memoryMb } from "../harness/measure.js";
import { REPO_ROOT } from "../harness/paths.js";
import { BENCH_SEED, type RunnerKind } from "./cases.js";

/** One replication measurement (one child process). */
export interface ReplicationsResult {
  readonly runner: RunnerKind;
  readonly workers: number;
  readonly preset: string;
  readonly horizonDays: number;
  readonly replications: number;
  readonly trucks: number;
  /** Runner creation to the end of the first `replicate` call (pool start-up included). */
  readonly seconds: number;
  /** The first `replicate` call alone. */
  readonly replicateSeconds: number;
  /** The second `replicate` call (same runner, warm threads). */
  readonly warmSeconds: number;
  /** CPU seconds of the whole process, every thread (workers and GC included), first call. */
  readonly processCpuSeconds: number;
  readonly warmProcessCpuSeconds: number;
  /** Whether the second call's results equal the first's. */
  readonly repeatable: boolean;
  /** sha256 (16 hex) of JSON.stringify(results), and of the KPI summary. */
  readonly resultsDigest: string;
  readonly kpisDigest: string;
  readonly rssMb: number;
  readonly peakRssMb: number;
  readonly heapUsedMb: number;
}

/** The compiled gate adapter, as the CLI passes it to worker threads (symlinks resolved). */
export function gateAdapterPath(): string {
  return realpathSync(path.join(REPO_ROOT, "dist", "gate", "experiment-adapter.js"));
}

/** A gate runner: in-process, or on `workers` threads. */
export function gateRunner(kind: RunnerKind, workers: number): Runner<Scenario, GateRunResult> {
  if (kind === "serial") return serialRunner(gateModel);
  return createRunner<Scenario, GateRunResult>({
    workers,
    model: { modulePath: gateAdapterPath(), exportName: "gateModel" },
  });
}

const digest = (value: unknown) =>
  createHash("sha256").update(JSON.stringify(value)).digest("hex").slice(0, 16);

/** Replicates `presetName` over `horizonDays` `replications` times on the given runner. */
export async function runReplications(
  kind: RunnerKind,
  presetName: string,
  horizonDays: number,
  replications: number,
  workers: number,
): Promise<ReplicationsResult> {
  const base = preset(presetName);
  if (base === undefined) throw new Error(`replications bench: unknown preset "${presetName}"`);
  const scenario = loadScenario({ ...base, horizonDays });
  const cpuSeconds = (since: NodeJS.CpuUsage) => {
    const usage = process.cpuUsage(since);
    return (usage.user + usage.system) / 1e6;
  };
  const cpuStart = process.cpuUsage();
  const started = performance.now();
  const runner = gateRunner(kind, workers);
  const options = {
    model: gateModel,
    config: scenario,
    seed: BENCH_SEED,
    replications,
    kpis: GATE_KPIS,
    keepResults: true,
    runner,
  };
  let first: ReplicationSummary<GateRunResult>;
  let second: ReplicationSummary<GateRunResult>;
  let seconds: number;
  let replicateSeconds: number;
  let processCpuSeconds: number;
  let warmSeconds: number;
  let warmProcessCpuSeconds: number;
  try {
    const replicateStarted = performance.now();
    first = await replicate(options);
    seconds = (performance.now() - started) / 1000;
    replicateSeconds = (performance.now() - replicateStarted) / 1000;
    processCpuSeconds = cpuSeconds(cpuStart);
    const warmCpuStart = process.cpuUsage();
    const warmStarted = performance.now();
    second = await replicate(options);
    warmSeconds = (performance.now() - warmStarted) / 1000;
    warmProcessCpuSeconds = cpuSeconds(warmCpuStart);
  } finally {
    await runner.close();
  }
  const results = first.results ?? [];
  return {
    runner: kind,
    workers: kind === "serial" ? 1 : workers,
    preset: presetName,
    horizonDays,
    replications,
    trucks: results.reduce((sum, r) => sum + r.trucks.arrived, 0),
    seconds,
    replicateSeconds,
    warmSeconds,
    processCpuSeconds,
    warmProcessCpuSeconds,
    repeatable: digest(results) === digest(second.results ?? []),
    resultsDigest: digest(results),
    kpisDigest: digest(first.kpis),
    ...memoryMb(),
  };
}
