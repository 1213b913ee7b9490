/** `gatesim compare <A> <B>`: paired replications on common random numbers, B − A with CIs. */
import { type ComparisonSummary, comparePaired } from "../../experiment/index.js";
import { GATE_KPIS, type GateRunResult, gateModel } from "../../gate/index.js";
import {
  comparisonCsv,
  comparisonJson,
  comparisonTable,
  varianceReductionLine,
} from "../../report/index.js";
import type { CommonFlags } from "../options.js";
import { runPipeline } from "../pipeline.js";

/** Runs the comparison and writes the requested outputs. */
export function compareCommand(nameA: string, nameB: string, flags: CommonFlags): Promise<void> {
  return runPipeline([nameA, nameB], flags, ([configA, configB]) => {
    const [labelA, labelB] = planLabels(configA.name, configB.name, nameA, nameB);
    const workers = Math.min(flags.workers, 2 * flags.replications);
    return {
      label: `${labelA} vs ${labelB}`,
      total: 2 * flags.replications,
      run: ({ runner, onProgress }): Promise<ComparisonSummary<GateRunResult>> =>
        comparePaired({
          model: gateModel,
          configA,
          configB,
          nameA: labelA,
          nameB: labelB,
          seed: flags.seed,
          replications: flags.replications,
          kpis: GATE_KPIS,
          keepResults: flags.report !== undefined,
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
      table: (summary) => comparisonTable(summary) + varianceReductionLine(summary.kpis),
      csv: (summary) => comparisonCsv(summary),
      report: (summary, charts) =>
        charts.htmlReport({
          title: `${labelA} vs ${labelB}`,
          comparison: summary,
          runsA: summary.resultsA![0]!,
          runsB: summary.resultsB![0]!,
          notes: [
            `${flags.replications} paired replications per plan, seed "${flags.seed}", ${configA.horizonDays} days simulated.`,
            "Both plans see the same simulated trucks (common random numbers), so the differences are the gates', not the dice's.",
          ],
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
