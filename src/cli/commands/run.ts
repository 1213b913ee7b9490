/**
 * `gatesim run <scenario>`: one scenario; with one replication a detailed run table, with more
 * the KPIs' means and confidence intervals. `--trucks-csv` streams per-truck Time Release Study
 * records to a file (one replication, not kept in memory); `--report` writes an HTML page.
 */
import { closeSync, openSync, writeSync } from "node:fs";
import { type ReplicationSummary, replicate } from "../../experiment/index.js";
import {
  GATE_KPIS,
  type GateRunResult,
  gateExperimentModel,
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
  truckRecordCsvRow,
  truckRecordsCsvHeader,
} from "../../report/index.js";
import { CliError, EXIT } from "../errors.js";
import type { CommonFlags } from "../options.js";
import { type ExperimentCommand, runPipeline } from "../pipeline.js";

/** KPI key → unit, for the unit column of the per-replication CSV. */
const UNITS: Readonly<Record<string, string>> = Object.fromEntries(
  GATE_KPIS.map((kpi) => [kpi.key, kpi.unit]),
);

/** Runs the scenario and writes the requested outputs. */
export function runCommand(
  arg: string,
  flags: CommonFlags,
  trucksCsv: string | undefined,
): Promise<void> {
  if (flags.replications === 1 || trucksCsv !== undefined) {
    return runPipeline([arg], flags, ([scenario]) => oneRun(scenario, flags, trucksCsv));
  }
  return runPipeline([arg], flags, ([scenario]) => replications(scenario, flags));
}

/** One replication in this thread, in detail; per-truck records streamed when asked. */
function oneRun(
  scenario: Scenario,
  flags: CommonFlags,
  trucksCsv: string | undefined,
): ExperimentCommand<GateRunResult> {
  return {
    label: scenario.name,
    run: async () =>
      trucksCsv === undefined
        ? runGate(scenario, { seed: flags.seed })
        : runWithTruckRecords(scenario, flags.seed, trucksCsv),
    json: (result) => runJson(result, { command: "run", scenario: scenario.name }),
    table: (result) => runTable(result),
    csv: (result) => replicationsCsv(replicationRows(scenario.name, [result], GATE_KPIS), UNITS),
    report: (result, charts) =>
      charts.runHtmlReport({ title: scenario.name, scenario: scenario.name, run: result }),
  };
}

/** `--replications` runs on worker threads: KPI means with confidence intervals. */
function replications(
  scenario: Scenario,
  flags: CommonFlags,
): ExperimentCommand<ReplicationSummary<GateRunResult>> {
  return {
    label: scenario.name,
    run: ({ runner, onProgress }) =>
      replicate({
        model: gateExperimentModel,
        config: scenario,
        seed: flags.seed,
        replications: flags.replications,
        kpis: GATE_KPIS,
        keepResults: flags.csv !== undefined || flags.report !== undefined,
        runner: runner(),
        onProgress,
      }),
    json: (summary) => replicationJson(summary, { command: "run", scenario: scenario.name }),
    table: (summary) => replicationTable(summary),
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

function runWithTruckRecords(scenario: Scenario, seed: string, path: string): GateRunResult {
  let fd: number;
  try {
    fd = openSync(path, "w");
  } catch (error) {
    throw new CliError(
      `gatesim: cannot write truck records to "${path}": ${(error as NodeJS.ErrnoException).code}`,
      EXIT.INVALID_INPUT,
    );
  }
  try {
    writeSync(fd, truckRecordsCsvHeader());
    // Records stream to the file as trucks exit, in buffered chunks: memory stays bounded.
    let buffer = "";
    const result = runGate(scenario, {
      seed,
      onTruck: (record) => {
        buffer += truckRecordCsvRow(record);
        if (buffer.length > 1 << 16) {
          writeSync(fd, buffer);
          buffer = "";
        }
      },
    });
    writeSync(fd, buffer);
    return result;
  } finally {
    closeSync(fd);
  }
}
