/**
 * `gatesim run <scenario>`: one scenario; with one replication a detailed run table, with more
 * the KPIs' means and confidence intervals. `--trucks-csv` streams per-truck Time Release Study
 * records to a file (one replication, not kept in memory); `--report` writes an HTML page.
 */
import { closeSync, openSync, writeSync } from "node:fs";
import { type ReplicationSummary, replicate } from "../../experiment/index.js";
import { GATE_KPIS, type GateRunResult, gateExperimentModel, runGate } from "../../gate/index.js";
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
import { loadScenarioArg } from "../load-scenario.js";
import type { CommonFlags } from "../options.js";
import { print, writeOutputFile } from "../output.js";
import { createProgress } from "../progress.js";
import { gateRunner } from "../runner.js";

/** Runs the scenario and writes the requested outputs. */
export async function runCommand(
  arg: string,
  flags: CommonFlags,
  trucksCsv: string | undefined,
): Promise<void> {
  const scenario = loadScenarioArg(arg, flags);
  if (flags.replications === 1 || trucksCsv !== undefined) {
    const result =
      trucksCsv === undefined
        ? runGate(scenario, { seed: flags.seed })
        : runWithTruckRecords(scenario, flags.seed, trucksCsv);
    print(
      flags.json ? runJson(result, { command: "run", scenario: scenario.name }) : runTable(result),
    );
    await writeRunReport(flags.report, scenario.name, result);
    if (flags.csv !== undefined) {
      writeOutputFile(
        flags.csv,
        replicationsCsv(replicationRows(scenario.name, [result], GATE_KPIS)),
        "CSV",
      );
    }
    return;
  }
  const runner = gateRunner(flags.workers);
  const progress = createProgress(scenario.name, flags.quiet);
  try {
    const summary = await replicate<typeof scenario, GateRunResult>({
      model: gateExperimentModel,
      config: scenario,
      seed: flags.seed,
      replications: flags.replications,
      kpis: GATE_KPIS,
      keepResults: flags.csv !== undefined || flags.report !== undefined,
      runner,
      onProgress: ({ done, total }) => progress.update(done, total),
    });
    progress.finish();
    print(
      flags.json
        ? replicationJson(summary, { command: "run", scenario: scenario.name })
        : replicationTable(summary),
    );
    if (flags.csv !== undefined) {
      writeOutputFile(
        flags.csv,
        replicationsCsv(replicationRows(scenario.name, summary.results ?? [], GATE_KPIS)),
        "CSV",
      );
    }
    const first = summary.results?.[0];
    if (first !== undefined) {
      await writeRunReport(flags.report, scenario.name, first, summary.kpis, summary.replications);
    }
  } finally {
    progress.finish();
    await runner.close();
  }
}

function runWithTruckRecords(
  scenario: Parameters<typeof runGate>[0],
  seed: string,
  path: string,
): GateRunResult {
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

/** Writes the HTML page of a run when `--report` asked for one (charts load only then). */
async function writeRunReport(
  file: string | undefined,
  scenario: string,
  run: GateRunResult,
  kpis?: ReplicationSummary<GateRunResult>["kpis"],
  replications?: number,
): Promise<void> {
  if (file === undefined) return;
  const { runHtmlReport } = await import("../../report/charts/index.js");
  const html = await runHtmlReport({
    title: scenario,
    scenario,
    run,
    ...(kpis === undefined ? {} : { kpis }),
    ...(replications === undefined ? {} : { replications }),
  });
  writeOutputFile(file, html, "HTML report");
}
