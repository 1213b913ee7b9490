/** `gatesim compare <A> <B>`: paired replications on common random numbers, B − A with CIs. */
import { type ComparisonSummary, comparePaired } from "../../experiment/index.js";
import { GATE_KPIS, type GateRunResult, gateModel } from "../../gate/index.js";
import {
  comparisonCsv,
  comparisonJson,
  comparisonTable,
  trsBreakdown,
  trsTable,
  varianceReductionLine,
} from "../../report/index.js";
import type { CommonFlags } from "../options.js";
import { runPipeline } from "../pipeline.js";
import { reportInputs } from "../report-inputs.js";

/** Runs the comparison and writes the requested outputs. */
export function compareCommand(nameA: string, nameB: string, flags: CommonFlags): Promise<void> {
  return runPipeline([nameA, nameB], flags, ([configA, configB]) => ({
    label: `${configA.name} vs ${configB.name}`,
    run: ({ runner, onProgress }): Promise<ComparisonSummary<GateRunResult>> =>
      comparePaired({
        model: gateModel,
        configA,
        configB,
        nameA: configA.name,
        nameB: configB.name,
        seed: flags.seed,
        replications: flags.replications,
        kpis: GATE_KPIS,
        // Kept for the Time Release Study breakdown in the table and for the report.
        keepResults: !flags.json || flags.report !== undefined,
        runner: runner(),
        onProgress,
      }),
    json: (summary) =>
      comparisonJson(summary, {
        command: "compare",
        scenarioA: configA.name,
        scenarioB: configB.name,
        horizonDays: configA.horizonDays,
      }),
    table: (summary) =>
      comparisonTable(summary) +
      varianceReductionLine(summary.kpis) +
      (summary.resultsA === undefined || summary.resultsB === undefined
        ? ""
        : `\n${trsTable([trsBreakdown(configA.name, summary.resultsA), trsBreakdown(configB.name, summary.resultsB)])}`),
    csv: (summary) => comparisonCsv(summary),
    report: (summary, charts) =>
      charts.htmlReport({
        title: `${configA.name} vs ${configB.name}`,
        comparison: summary,
        runsA: summary.resultsA![0]!,
        runsB: summary.resultsB![0]!,
        inputs: reportInputs([configA, configB], flags),
      }),
    note: (_summary, seconds) =>
      `(${flags.replications} replications × 2 plans in ${seconds.toFixed(1)} s on ${flags.workers} worker${flags.workers === 1 ? "" : "s"})`,
  }));
}
