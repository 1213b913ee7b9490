/**
 * A capacity plan for smart-doubled against PLAN_TARGET (cases.ts): `planCapacity` over the
 * named stations (min 1, max = today's servers × PLAN_MAX_FACTOR), `withServers` as apply,
 * `gateBottleneck`, the given replications per candidate on a worker runner. Wall time covers
 * the runner's start-up and shutdown too (what `gatesim plan` waits for).
 */
import {
  GATE_KPIS,
  gateBottleneck,
  gateModel,
  loadScenario,
  planCapacity,
  preset,
  withServers,
} from "../../dist/index.js";
import { memoryMb } from "../harness/measure.js";
import { BENCH_SEED, PLAN_MAX_FACTOR, PLAN_PRESET, PLAN_TARGET } from "./cases.js";
import { gateRunner } from "./replications.js";

/** One capacity-plan measurement (one child process). */
export interface PlanResult {
  readonly preset: string;
  readonly horizonDays: number;
  readonly replicationsPerCandidate: number;
  readonly workers: number;
  readonly resources: readonly { name: string; min: number; max: number }[];
  readonly seconds: number;
  readonly processCpuSeconds: number;
  readonly evaluated: number;
  readonly replicationsRun: number;
  readonly feasible: boolean;
  readonly bestLevels: Record<string, number> | null;
  readonly bestBottleneck: string | null;
  readonly statement: string;
  readonly rssMb: number;
  readonly peakRssMb: number;
  readonly heapUsedMb: number;
}

/** Plans `resources` of smart-doubled over `horizonDays` with `replications` per candidate. */
export async function runPlan(
  horizonDays: number,
  replications: number,
  workers: number,
  resourceNames: readonly string[],
): Promise<PlanResult> {
  const base = loadScenario({ ...preset(PLAN_PRESET), horizonDays });
  const resources = resourceNames.map((name) => {
    const station = base.stations.find((s) => s.id === name);
    if (station === undefined)
      throw new Error(`plan bench: no station "${name}" in ${PLAN_PRESET}`);
    // A station staffed by shifts is planned from its largest shift.
    const today = station.servers ?? Math.max(...(station.shifts ?? []).map((s) => s.servers));
    return { name, min: 1, max: Math.floor(today * PLAN_MAX_FACTOR) };
  });
  const cpuStart = process.cpuUsage();
  const started = performance.now();
  const runner = gateRunner(workers > 1 ? "workers" : "serial", workers);
  let plan: Awaited<ReturnType<typeof planCapacity>>;
  try {
    plan = await planCapacity({
      model: gateModel,
      baseConfig: base,
      resources,
      apply: withServers,
      target: PLAN_TARGET,
      seed: BENCH_SEED,
      replications,
      kpis: GATE_KPIS,
      bottleneck: gateBottleneck,
      runner,
    });
  } finally {
    await runner.close();
  }
  const seconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuStart);
  return {
    preset: PLAN_PRESET,
    horizonDays,
    replicationsPerCandidate: replications,
    workers,
    resources,
    seconds,
    processCpuSeconds: (cpu.user + cpu.system) / 1e6,
    evaluated: plan.evaluated,
    replicationsRun: plan.evaluated * replications,
    feasible: plan.feasible,
    bestLevels: plan.best?.levels ?? null,
    bestBottleneck: plan.best?.bottleneck ?? null,
    statement: plan.statement,
    ...memoryMb(),
  };
}
