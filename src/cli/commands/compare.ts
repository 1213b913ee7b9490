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
  wrapText,
} from "../../report/index.js";
import type { CommonFlags } from "../options.js";
import { terminalWidth } from "../output.js";
import { runPipeline } from "../pipeline.js";
import { reportInputs } from "../report-inputs.js";
import { slimRun } from "../slim-runs.js";

/** Runs the comparison and writes the requested outputs. */
export function compareCommand(nameA: string, nameB: string, flags: CommonFlags): Promise<void> {
  let firstA: GateRunResult | undefined;
  let firstB: GateRunResult | undefined;
  const slimA: GateRunResult[] = [];
  const slimB: GateRunResult[] = [];
  return runPipeline([nameA, nameB], flags, ([configA, configB]) => {
    const [labelA, labelB] = planLabels(configA.name, configB.name, nameA, nameB);
    const workers = Math.min(flags.workers, 2 * flags.replications);
    return {
      label: `${labelA} vs ${labelB}`,
      total: 2 * flags.replications,
      run: ({ runner, onProgress, limits }): Promise<ComparisonSummary<GateRunResult>> =>
        comparePaired({
          ...limits,
          model: gateModel,
          configA,
          configB,
          nameA: labelA,
          nameB: labelB,
          seed: flags.seed,
          replications: flags.replications,
          kpis: GATE_KPIS,
          // The table's Time Release Study and the page's "same trucks" check read a slim copy
          // of every run; the page also shows the first pair of runs. Whole results are not kept.
          ...(flags.json && flags.report === undefined
            ? {}
            : {
                onResults: (a: readonly GateRunResult[], b: readonly GateRunResult[]) => {
                  firstA ??= a[0];
                  firstB ??= b[0];
                  for (const run of a) slimA.push(slimRun(run));
                  for (const run of b) slimB.push(slimRun(run));
                },
              }),
          runner: runner(2 * flags.replications),
          onProgress,
        }),
      json: (summary) =>
        comparisonJson(summary, {
          command: "compare",
          scenarioA: labelA,
          scenarioB: labelB,
          horizonDays: configA.horizonDays,
        }),
      table: (summary) => {
        const width = terminalWidth();
        const line = varianceReductionLine(summary.kpis);
        const wrapped =
          width === undefined || line === ""
            ? line
            : `${wrapText(line.trimEnd(), width).join("\n")}\n`;
        const trs =
          slimA.length === 0
            ? ""
            : `\n${trsTable([trsBreakdown(labelA, slimA), trsBreakdown(labelB, slimB)])}`;
        return comparisonTable(summary, { width }) + wrapped + trs;
      },
      csv: (summary) => comparisonCsv(summary),
      report: (summary, charts) =>
        charts.htmlReport({
          title: `${labelA} vs ${labelB}`,
          comparison: { ...summary, resultsA: slimA, resultsB: slimB },
          runsA: firstA!,
          runsB: firstB!,
          inputs: reportInputs([configA, configB], flags),
        }),
      note: (_summary, seconds) =>
        `(${flags.replications} replications × 2 plans in ${seconds.toFixed(1)} s on ${workers} worker${workers === 1 ? "" : "s"})`,
    };
  });
}

/**
 * What the two plans are called in tables, verdicts and chart series: their scenario names, or,
 * when the names are the same, the arguments that named them (`a.json`, `b.json`), or when those
 * are the same too, the name marked (A) and (B) — never "X better than X".
 */
export function planLabels(
  nameA: string,
  nameB: string,
  argA: string,
  argB: string,
): [string, string] {
  if (nameA !== nameB) return [nameA, nameB];
  if (argA !== argB) return [`${argA} (A)`, `${argB} (B)`];
  return [`${nameA} (A)`, `${nameB} (B)`];
}
