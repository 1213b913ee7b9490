/**
 * Tables of the scenarios group's experiments: replications on 1 thread vs worker threads (next
 * to the machine's own parallelism), and the capacity plan.
 */
import type { Table } from "../harness/group.js";
import { median } from "../harness/median.js";
import { formatFixed, formatRatio } from "../harness/table.js";
import { PLAN_MAX_FACTOR, PLAN_PRESET, PLAN_TARGET, type ScenarioSizes, TARGETS } from "./cases.js";
import { verdict } from "./format.js";
import type { ReplicationsResult } from "./replications.js";
import type { ScenarioRuns, ScenarioSummary } from "./summary.js";

export function replicationsTable(
  summary: ScenarioSummary,
  runs: ScenarioRuns,
  sizes: ScenarioSizes,
): Table {
  const r = summary.replications;
  const { serial, workers } = runs.replications;
  const digests = (results: readonly ReplicationsResult[]) => {
    const last = results.at(-1);
    return last === undefined
      ? "–"
      : `${last.resultsDigest.slice(0, 8)}/${last.kpisDigest.slice(0, 8)}`;
  };
  const { preset, horizonDays, replications, workers: threads } = sizes.replications;
  const label = `${replications} × ${preset} ${horizonDays} d`;
  const fast = (v: number) => v >= TARGETS.workerSpeedup;
  const machine =
    r.ceiling !== undefined && r.ceiling < TARGETS.workerSpeedup
      ? ` (machine gave ${formatRatio(r.ceiling)})`
      : "";
  const identical = r.identical === undefined ? "–" : r.identical ? "yes (JSON)" : "NO";
  const cores = (value: number | undefined, cpu: number | undefined) =>
    `${formatFixed(value, 2)} (${formatFixed(cpu, 1)} CPU-s)`;
  return {
    title: `Replications through replicate(): serialRunner(gateModel) vs createRunner({ workers: ${threads} }) as the CLI builds it, one child each; replicate() called twice on the same runner (1st call includes runner creation)`,
    columns: [
      "runner",
      "call",
      "wall s",
      "cores used (CPU-s)",
      "speed-up",
      "÷ machine",
      "target",
      "status",
      "digest results/KPIs",
      "identical",
    ],
    rows: [
      [
        `serialRunner, ${label}`,
        "1st (cold JIT)",
        formatFixed(r.serialSeconds, 2),
        cores(r.serialCores, r.serialCpuSeconds),
        formatRatio(1),
        "–",
        "–",
        "–",
        digests(serial),
        "–",
      ],
      [
        `serialRunner, ${label}`,
        "2nd (warm)",
        formatFixed(r.serialWarmSeconds, 2),
        "–",
        formatRatio(1),
        "–",
        "–",
        "–",
        "–",
        "–",
      ],
      [
        `createRunner ${threads} workers, ${label}`,
        "1st (pool start-up)",
        formatFixed(r.workersSeconds, 2),
        cores(r.workersCores, r.workersCpuSeconds),
        formatRatio(r.speedup),
        "–",
        `≥${TARGETS.workerSpeedup}x`,
        `${verdict(r.speedup, fast)}${machine}`,
        digests(workers),
        identical,
      ],
      [
        `createRunner ${threads} workers, ${label}`,
        "2nd (warm pool)",
        formatFixed(r.workersWarmSeconds, 2),
        cores(r.workersWarmCores, r.workersWarmCpuSeconds),
        formatRatio(r.warmSpeedup),
        formatRatio(r.warmEfficiency),
        `≥${TARGETS.workerSpeedup}x`,
        `${verdict(r.warmSpeedup, fast)}${machine}`,
        "–",
        "–",
      ],
      [
        `machine probe: sqrt loop, 1 vs ${threads} threads`,
        `${(sizes.probeIterations / 1e6).toFixed(0)}M per thread`,
        formatFixed(median(runs.probe.map((p) => p.parallelSeconds)), 2),
        "–",
        formatRatio(r.ceiling),
        formatRatio(1),
        "–",
        "–",
        "–",
        "–",
      ],
    ],
  };
}

export function planTable(runs: ScenarioRuns, sizes: ScenarioSizes): Table {
  const plan = runs.plan;
  const target = PLAN_TARGET.map((t) =>
    "atMost" in t ? `${t.kpi} ≤ ${t.atMost}` : `${t.kpi} ≥ ${t.atLeast}`,
  ).join(" and ");
  const rows: string[][] = [
    ["scenario", `${PLAN_PRESET}, horizonDays ${sizes.plan.horizonDays} (not the preset's 28)`],
    ["target", `${target} (judged on the 95% CI's pessimistic bound)`],
  ];
  if (plan === undefined || typeof plan === "string") {
    rows.push(["result", `FAILED: ${plan ?? "not run"}`]);
  } else {
    rows.push(
      [
        "resources",
        plan.resources.map((r) => `${r.name} ${r.min}..${r.max}`).join(", ") +
          ` (max = today's × ${PLAN_MAX_FACTOR}); withServers, gateBottleneck`,
      ],
      [
        "runner",
        `${plan.replicationsPerCandidate} replications per candidate on ${plan.workers} workers`,
      ],
      [
        "wall time",
        `${plan.seconds.toFixed(1)} s (target ≤ ${TARGETS.planSeconds} s: ${verdict(plan.seconds, (s) => s <= TARGETS.planSeconds)})`,
      ],
      [
        "candidates",
        `${plan.evaluated} evaluated, ${plan.replicationsRun} replications, ${(plan.seconds / plan.evaluated).toFixed(2)} s per candidate`,
      ],
      [
        "cores used",
        `${(plan.processCpuSeconds / plan.seconds).toFixed(2)} (CPU ÷ wall, all threads); machine probe just before: ${plan.workers} threads gave ${formatRatio(runs.planProbe?.ceiling)} one thread`,
      ],
      [
        "answer",
        plan.feasible
          ? `${Object.entries(plan.bestLevels ?? {})
              .map(([k, v]) => `${k} ${v}`)
              .join(", ")}; bottleneck ${plan.bestBottleneck ?? "?"}`
          : "infeasible at the maximum levels",
      ],
      ["peak RSS", `${plan.peakRssMb.toFixed(0)} MB (parent + workers)`],
    );
  }
  return {
    title: "Capacity plan: planCapacity (greedy descent, binary search per resource)",
    columns: ["item", "value"],
    rows,
  };
}
