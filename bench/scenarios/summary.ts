/**
 * What one run of the scenarios group measured, and its medians: each line over its rounds, its
 * events/s as a ratio of the kernel's raw hold rate of the same round, the replication pair's
 * same-round speed-ups next to the machine probe's.
 */
import { median } from "../harness/median.js";
import type { HoldResult } from "../kernel/hold.js";
import type { ScenarioSizes } from "./cases.js";
import type { ParallelProbeResult } from "./parallel-probe.js";
import type { PlanResult } from "./plan.js";
import type { ReplicationsResult } from "./replications.js";
import type { ScenarioResult } from "./run-scenario.js";

/** A measurement tagged with the round it ran in (to pair it with that round's hold rate). */
export interface InRound<T> {
  readonly round: number;
  readonly result: T;
}

/** Everything measured by one run of the group. */
export interface ScenarioRuns {
  /** The kernel's hold model, one per round (index = round - 1). */
  readonly hold: HoldResult[];
  readonly lines: Map<string, InRound<ScenarioResult>[]>;
  readonly replications: { serial: ReplicationsResult[]; workers: ReplicationsResult[] };
  /** The machine's own 2-thread speed-up, measured just before each worker case. */
  readonly probe: ParallelProbeResult[];
  /** The same, measured just before the plan. */
  planProbe: ParallelProbeResult | undefined;
  /** The plan's result, or the error message when it failed. */
  plan: PlanResult | string | undefined;
}

/** Medians of one scenario line. */
export interface LineSummary {
  readonly key: string;
  readonly label: string;
  readonly rounds: number;
  readonly trucks: number | undefined;
  readonly events: number | undefined;
  readonly firstSeconds: number | undefined;
  readonly trucksPerS: number | undefined;
  readonly eventsPerS: number | undefined;
  readonly trucksPerCpuS: number | undefined;
  readonly onCpu: number | undefined;
  /** Median of same-round (model events/s) / (kernel hold events/s). */
  readonly vsKernel: number | undefined;
  readonly peakRssMb: number | undefined;
  readonly heapUsedMb: number | undefined;
  readonly baselineRssMb: number | undefined;
  readonly csvBytes: number | undefined;
  readonly digest: string | undefined;
  readonly ratedRuns: number | undefined;
}

export interface ScenarioSummary {
  readonly holdEventsPerS: number | undefined;
  readonly holdOnCpu: number | undefined;
  readonly holdPeakRssMb: number | undefined;
  readonly lines: LineSummary[];
  readonly replications: {
    /** Medians of the first call (runner creation included) and of the second (warm) call. */
    readonly serialSeconds: number | undefined;
    readonly workersSeconds: number | undefined;
    readonly serialWarmSeconds: number | undefined;
    readonly workersWarmSeconds: number | undefined;
    /** Median of same-round serial / workers wall time: first call, and warm call. */
    readonly speedup: number | undefined;
    readonly warmSpeedup: number | undefined;
    /** Median of the machine probe's ceiling, and of same-round warm speed-up ÷ ceiling. */
    readonly ceiling: number | undefined;
    readonly warmEfficiency: number | undefined;
    /** Median process CPU ÷ wall (every thread): the cores each call actually obtained. */
    readonly serialCores: number | undefined;
    readonly workersCores: number | undefined;
    readonly workersWarmCores: number | undefined;
    /** CPU seconds of every thread: what the workers' first call costs beyond the serial one. */
    readonly serialCpuSeconds: number | undefined;
    readonly workersCpuSeconds: number | undefined;
    readonly workersWarmCpuSeconds: number | undefined;
    /** Every round's results and KPI digests agree between the runners, and between calls. */
    readonly identical: boolean | undefined;
  };
}

const onCpu = (r: { cpuSeconds: number; seconds: number }) => r.cpuSeconds / r.seconds;

export function summarise(sizes: ScenarioSizes, runs: ScenarioRuns): ScenarioSummary {
  const lines = sizes.lines.map((line): LineSummary => {
    const entries = runs.lines.get(line.key) ?? [];
    const results = entries.map((e) => e.result);
    const last = results.at(-1);
    return {
      key: line.key,
      label: line.label,
      rounds: results.length,
      trucks: last?.trucks,
      events: last?.events,
      firstSeconds: median(results.map((r) => r.firstSeconds)),
      trucksPerS: median(results.map((r) => r.trucksPerS)),
      eventsPerS: median(results.map((r) => r.eventsPerS)),
      trucksPerCpuS: median(results.map((r) => r.trucksPerCpuS)),
      onCpu: median(results.map(onCpu)),
      vsKernel: median(
        entries.map(({ round, result }) => {
          const hold = runs.hold[round - 1]?.eventsPerS;
          return hold === undefined ? undefined : result.eventsPerS / hold;
        }),
      ),
      peakRssMb: median(results.map((r) => r.peakRssMb)),
      heapUsedMb: median(results.map((r) => r.heapUsedMb)),
      baselineRssMb: median(results.map((r) => r.baselineRssMb)),
      csvBytes: last?.csvBytes,
      digest: last?.digest,
      ratedRuns: last?.ratedRuns,
    };
  });
  const { serial, workers } = runs.replications;
  const pairs = serial.map((s, i) => [s, workers[i]] as const);
  return {
    holdEventsPerS: median(runs.hold.map((h) => h.eventsPerS)),
    holdOnCpu: median(runs.hold.map(onCpu)),
    holdPeakRssMb: median(runs.hold.map((h) => h.peakRssMb)),
    lines,
    replications: {
      serialSeconds: median(serial.map((r) => r.seconds)),
      workersSeconds: median(workers.map((r) => r.seconds)),
      serialWarmSeconds: median(serial.map((r) => r.warmSeconds)),
      workersWarmSeconds: median(workers.map((r) => r.warmSeconds)),
      speedup: median(pairs.map(([s, w]) => (w === undefined ? undefined : s.seconds / w.seconds))),
      warmSpeedup: median(
        pairs.map(([s, w]) => (w === undefined ? undefined : s.warmSeconds / w.warmSeconds)),
      ),
      ceiling: median(runs.probe.map((p) => p.ceiling)),
      warmEfficiency: median(
        pairs.map(([s, w], i) => {
          const ceiling = runs.probe[i]?.ceiling;
          return w === undefined || ceiling === undefined
            ? undefined
            : s.warmSeconds / w.warmSeconds / ceiling;
        }),
      ),
      serialCores: median(serial.map((r) => r.processCpuSeconds / r.seconds)),
      workersCores: median(workers.map((r) => r.processCpuSeconds / r.seconds)),
      workersWarmCores: median(workers.map((r) => r.warmProcessCpuSeconds / r.warmSeconds)),
      serialCpuSeconds: median(serial.map((r) => r.processCpuSeconds)),
      workersCpuSeconds: median(workers.map((r) => r.processCpuSeconds)),
      workersWarmCpuSeconds: median(workers.map((r) => r.warmProcessCpuSeconds)),
      identical:
        pairs.length === 0
          ? undefined
          : pairs.every(
              ([s, w]) =>
                w !== undefined &&
                s.resultsDigest === w.resultsDigest &&
                s.kpisDigest === w.kpisDigest &&
                s.repeatable &&
                w.repeatable,
            ),
    },
  };
}
