/**
 * `gatesim run <scenario>`: one scenario; with one replication a detailed run table, with more
 * the KPIs' means and confidence intervals. `--trucks-csv` streams per-truck Time Release Study
 * records and `--trace` the event log to files (one replication, not kept in memory);
 * `--report` writes an HTML page.
 */
import {
  type ExperimentLimits,
  type ReplicationSummary,
  replicate,
} from "../../experiment/index.js";
import {
  DEFAULT_TRACE_LIMIT,
  GATE_KPIS,
  type GateRunResult,
  gateModel,
  gateRunKpis,
  runGate,
  type Scenario,
} from "../../gate/index.js";
import {
  type ReplicationRow,
  replicationJson,
  replicationRows,
  replicationsCsv,
  replicationTable,
  runJson,
  runTable,
  traceCsvHeader,
  traceCsvRow,
  trsBreakdown,
  trsTable,
  truckRecordCsvRow,
  truckRecordsCsvHeader,
} from "../../report/index.js";
import { type CommonFlags, integerFlag } from "../options.js";
import { terminalWidth } from "../output.js";
import { type ExperimentCommand, runPipeline } from "../pipeline.js";
import { reportInputs } from "../report-inputs.js";
import { slimRun } from "../slim-runs.js";
import { StreamedFile } from "../streamed-file.js";

/** The flags only `run` has, as commander hands them over. */
export interface RawRunFlags {
  readonly trucksCsv?: string;
  readonly trace?: string;
  readonly traceLimit?: string;
}

/** The files one detailed run streams to, and the trace's row limit. */
export interface RunFlags {
  readonly trucksCsv: string | undefined;
  readonly trace: string | undefined;
  readonly traceLimit: number;
}

/** Checks the run-only flags (a bad --trace-limit is a usage error). */
export function runFlags(raw: RawRunFlags): RunFlags {
  return {
    trucksCsv: raw.trucksCsv,
    trace: raw.trace,
    traceLimit: integerFlag("--trace-limit", raw.traceLimit, 1, 100_000_000) ?? DEFAULT_TRACE_LIMIT,
  };
}

/** Runs the scenario and writes the requested outputs. */
export function runCommand(arg: string, flags: CommonFlags, run: RunFlags): Promise<void> {
  const outputs = [
    ...(run.trucksCsv === undefined ? [] : [{ flag: "--trucks-csv", path: run.trucksCsv }]),
    ...(run.trace === undefined ? [] : [{ flag: "--trace", path: run.trace }]),
  ];
  if (flags.replications === 1 || run.trucksCsv !== undefined || run.trace !== undefined) {
    return runPipeline([arg], flags, ([scenario]) => oneRun(scenario, flags, run), outputs);
  }
  return runPipeline([arg], flags, ([scenario]) => replications(scenario, flags));
}

/** One replication in this thread, in detail; per-truck records and the trace streamed when asked. */
function oneRun(
  scenario: Scenario,
  flags: CommonFlags,
  run: RunFlags,
): ExperimentCommand<GateRunResult> {
  return {
    label: scenario.name,
    unit: "days simulated",
    total: scenario.horizonDays + (scenario.drainDays ?? 0),
    run: async ({ limits, onSimulated }) =>
      streamedRun(scenario, flags.seed, run, limits, onSimulated),
    json: (result) => runJson(result, { command: "run", scenario: scenario.name }),
    table: (result) =>
      `${runTable(result, { width: terminalWidth() })}\n${trsTable([trsBreakdown(scenario.name, [result])])}`,
    csv: (result) => replicationsCsv(replicationRows(scenario.name, [result], GATE_KPIS)),
    report: (result, charts) =>
      charts.runHtmlReport({
        title: scenario.name,
        scenario: scenario.name,
        run: result,
        inputs: reportInputs([scenario], { seed: flags.seed, replications: 1 }),
      }),
  };
}

/** The summary with the headline KPIs only (the terminal table). */
function headline<R>(summary: ReplicationSummary<R>): ReplicationSummary<R> {
  const keys = new Set(GATE_KPIS.map((kpi) => kpi.key));
  const kpis = Object.fromEntries(Object.entries(summary.kpis).filter(([key]) => keys.has(key)));
  return { ...summary, kpis };
}

/** `--replications` runs on worker threads: KPI means with confidence intervals. */
function replications(
  scenario: Scenario,
  flags: CommonFlags,
): ExperimentCommand<ReplicationSummary<GateRunResult>> {
  // Per-replication KPI rows (for --csv), the first run (for --report) and a slim copy of every
  // run (the Time Release Study breakdown) are taken as results stream past; whole results are
  // never kept (about 70 KB each for 28 days).
  const rows: ReplicationRow[] = [];
  const slim: GateRunResult[] = [];
  let first: GateRunResult | undefined;
  const keep = (results: readonly GateRunResult[], from: number): void => {
    first ??= results[0];
    for (const result of results) slim.push(slimRun(result));
    if (flags.csv === undefined) return;
    for (const row of replicationRows(scenario.name, results, GATE_KPIS)) {
      rows.push({ ...row, replication: from + row.replication });
    }
  };
  return {
    label: scenario.name,
    total: flags.replications,
    run: ({ runner, onProgress, limits }) =>
      replicate({
        ...limits,
        model: gateModel,
        config: scenario,
        seed: flags.seed,
        replications: flags.replications,
        // The headline KPIs first; the detailed ones (station waits, backlog by day) go to --json.
        kpis: gateRunKpis(scenario),
        ...(flags.json && flags.csv === undefined && flags.report === undefined
          ? {}
          : { onResults: keep }),
        runner: runner(flags.replications),
        onProgress,
      }),
    json: (summary) => replicationJson(summary, { command: "run", scenario: scenario.name }),
    table: (summary) => {
      const table = replicationTable(headline(summary), { width: terminalWidth() });
      return slim.length === 0
        ? table
        : `${table}\n${trsTable([trsBreakdown(scenario.name, slim)])}`;
    },
    csv: () => replicationsCsv(rows),
    report: (summary, charts) =>
      charts.runHtmlReport({
        title: scenario.name,
        scenario: scenario.name,
        run: first!,
        runs: slim,
        kpis: summary.kpis,
        replications: summary.replications,
        inputs: reportInputs([scenario], { seed: flags.seed, replications: summary.replications }),
      }),
  };
}

/**
 * One run whose per-truck records and trace stream to files as it goes (memory stays bounded);
 * the files appear only when the run has finished (see StreamedFile).
 */
function streamedRun(
  scenario: Scenario,
  seed: string,
  run: RunFlags,
  limits: ExperimentLimits,
  onProgress: (simulatedSeconds: number, endSeconds: number) => void,
): GateRunResult {
  const trucks =
    run.trucksCsv === undefined ? null : new StreamedFile(run.trucksCsv, "truck records");
  const trace = run.trace === undefined ? null : new StreamedFile(run.trace, "trace");
  try {
    trucks?.write(truckRecordsCsvHeader());
    trace?.write(traceCsvHeader());
    const result = runGate(scenario, {
      seed,
      ...(limits.maxEvents === undefined ? {} : { maxEvents: limits.maxEvents }),
      onProgress,
      ...(trucks === null ? {} : { onTruck: (record) => trucks.write(truckRecordCsvRow(record)) }),
      ...(trace === null
        ? {}
        : { trace: (entry) => trace.write(traceCsvRow(entry)), traceLimit: run.traceLimit }),
    });
    trucks?.commit();
    trace?.commit();
    return result;
  } catch (error) {
    trucks?.abort();
    trace?.abort();
    throw error;
  }
}
