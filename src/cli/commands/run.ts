/**
 * `gatesim run <scenario>`: one scenario; with one replication a detailed run table, with more
 * the KPIs' means and confidence intervals. `--trucks-csv` streams per-truck Time Release Study
 * records and `--trace` the event log to files (one replication, not kept in memory);
 * `--report` writes an HTML page.
 */
import { type ReplicationSummary, replicate } from "../../experiment/index.js";
import {
  DEFAULT_TRACE_LIMIT,
  GATE_KPIS,
  type GateRunResult,
  gateDetailKpis,
  gateModel,
  runGate,
  type Scenario,
} from "../../gate/index.js";
import {
  replicationJson,
  replicationRows,
  replicationsCsv,
  replicationTable,
  runJson,
  runTable,
  traceCsvHeader,
  traceCsvRow,
  truckRecordCsvRow,
  truckRecordsCsvHeader,
} from "../../report/index.js";
import { type CommonFlags, integerFlag } from "../options.js";
import { type ExperimentCommand, runPipeline } from "../pipeline.js";
import { StreamedFile } from "../streamed-file.js";

/** KPI key → unit, for the unit column of the per-replication CSV. */
const UNITS: Readonly<Record<string, string>> = Object.fromEntries(
  GATE_KPIS.map((kpi) => [kpi.key, kpi.unit]),
);

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
    run: async ({ onSimulated }) => streamedRun(scenario, flags.seed, run, onSimulated),
    json: (result) => runJson(result, { command: "run", scenario: scenario.name }),
    table: (result) => runTable(result),
    csv: (result) => replicationsCsv(replicationRows(scenario.name, [result], GATE_KPIS), UNITS),
    report: (result, charts) =>
      charts.runHtmlReport({ title: scenario.name, scenario: scenario.name, run: result }),
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
  return {
    label: scenario.name,
    total: flags.replications,
    run: ({ runner, onProgress }) =>
      replicate({
        model: gateModel,
        config: scenario,
        seed: flags.seed,
        replications: flags.replications,
        // The headline KPIs first; the detailed ones (station waits, backlog by day) go to --json.
        kpis: [...GATE_KPIS, ...gateDetailKpis(scenario)],
        keepResults: flags.csv !== undefined || flags.report !== undefined,
        runner: runner(flags.replications),
        onProgress,
      }),
    json: (summary) => replicationJson(summary, { command: "run", scenario: scenario.name }),
    table: (summary) => replicationTable(headline(summary)),
    csv: (summary) =>
      replicationsCsv(replicationRows(scenario.name, summary.results ?? [], GATE_KPIS), UNITS),
    report: (summary, charts) =>
      charts.runHtmlReport({
        title: scenario.name,
        scenario: scenario.name,
        run: summary.results![0]!,
        kpis: summary.kpis,
        replications: summary.replications,
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
