/** `gatesim compare <A> <B>`: paired replications on common random numbers, B − A with CIs. */
import { type ComparisonSummary, comparePaired } from "../../experiment/index.js";
import { GATE_KPIS, type GateRunResult, gateModel } from "../../gate/index.js";
import {
  comparisonCsv,
  comparisonJson,
  comparisonTable,
  varianceReductionLine,
  wrapText,
} from "../../report/index.js";
import type { CommonFlags } from "../options.js";
import { terminalWidth } from "../output.js";
import { runPipeline } from "../pipeline.js";

/** Runs the comparison and writes the requested outputs. */
export function compareCommand(nameA: string, nameB: string, flags: CommonFlags): Promise<void> {
  let firstA: GateRunResult | undefined;
  let firstB: GateRunResult | undefined;
  return runPipeline([nameA, nameB], flags, ([configA, configB]) => ({
    label: `${configA.name} vs ${configB.name}`,
    run: ({ runner, onProgress, limits }): Promise<ComparisonSummary<GateRunResult>> =>
      comparePaired({
        ...limits,
        model: gateModel,
        configA,
        configB,
        nameA: configA.name,
        nameB: configB.name,
        seed: flags.seed,
        replications: flags.replications,
        kpis: GATE_KPIS,
        // The page shows the first pair of runs: keep that pair, not every result.
        ...(flags.report === undefined
          ? {}
          : {
              onResults: (a: readonly GateRunResult[], b: readonly GateRunResult[]) => {
                firstA ??= a[0];
                firstB ??= b[0];
              },
            }),
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
    table: (summary) => {
      const width = terminalWidth();
      const line = varianceReductionLine(summary.kpis);
      const wrapped =
        width === undefined || line === ""
          ? line
          : `${wrapText(line.trimEnd(), width).join("\n")}\n`;
      return comparisonTable(summary, { width }) + wrapped;
    },
    csv: (summary) => comparisonCsv(summary),
    report: (summary, charts) =>
      charts.htmlReport({
        title: `${configA.name} vs ${configB.name}`,
        comparison: summary,
        runsA: firstA!,
        runsB: firstB!,
        notes: [
          `${flags.replications} paired replications per plan, seed "${flags.seed}", ${configA.horizonDays} days simulated.`,
          "Both plans see the same simulated trucks (common random numbers), so the differences are the gates', not the dice's.",
        ],
      }),
    note: (_summary, seconds) =>
      `(${flags.replications} replications × 2 plans in ${seconds.toFixed(1)} s on ${flags.workers} worker${flags.workers === 1 ? "" : "s"})`,
  }));
}
