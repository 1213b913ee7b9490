/** `gatesim compare <A> <B>`: paired replications on common random numbers, B − A with CIs. */
import { comparePaired, type PairedKpi } from "../../experiment/index.js";
import { GATE_KPIS, type GateRunResult, gateExperimentModel } from "../../gate/index.js";
import { comparisonCsv, comparisonJson, comparisonTable } from "../../report/index.js";
import { loadScenarioArg } from "../load-scenario.js";
import type { CommonFlags } from "../options.js";
import { note, print, writeOutputFile } from "../output.js";
import { createProgress } from "../progress.js";
import { gateRunner } from "../runner.js";

/** Runs the comparison and writes the requested outputs. */
export async function compareCommand(
  nameA: string,
  nameB: string,
  flags: CommonFlags,
): Promise<void> {
  const configA = loadScenarioArg(nameA, flags);
  const configB = loadScenarioArg(nameB, flags);
  const runner = gateRunner(flags.workers);
  const progress = createProgress(`${configA.name} vs ${configB.name}`, flags.quiet);
  const started = Date.now();
  try {
    const summary = await comparePaired<typeof configA, GateRunResult>({
      model: gateExperimentModel,
      configA,
      configB,
      nameA: configA.name,
      nameB: configB.name,
      seed: flags.seed,
      replications: flags.replications,
      kpis: GATE_KPIS,
      keepResults: flags.report !== undefined,
      runner,
      onProgress: ({ done, total }) => progress.update(done, total),
    });
    progress.finish();
    const meta = {
      command: "compare",
      scenarioA: configA.name,
      scenarioB: configB.name,
      horizonDays: configA.horizonDays,
    };
    print(
      flags.json
        ? comparisonJson(summary, meta)
        : comparisonTable(summary) + varianceReductionLine(summary.kpis),
    );
    if (flags.csv !== undefined) writeOutputFile(flags.csv, comparisonCsv(summary), "CSV");
    if (flags.report !== undefined) {
      const { htmlReport } = await import("../../report/charts/index.js");
      const html = await htmlReport({
        title: `${configA.name} vs ${configB.name}`,
        comparison: summary,
        runsA: summary.resultsA![0]!,
        runsB: summary.resultsB![0]!,
        notes: [
          `${flags.replications} paired replications per plan, seed "${flags.seed}", ${configA.horizonDays} days simulated.`,
          "Both plans see the same simulated trucks (common random numbers), so the differences are the gates', not the dice's.",
        ],
      });
      writeOutputFile(flags.report, html, "HTML report");
    }
    note(
      flags.quiet || flags.json,
      `(${flags.replications} replications × 2 plans in ${((Date.now() - started) / 1000).toFixed(1)} s on ${flags.workers} worker${flags.workers === 1 ? "" : "s"})`,
    );
  } finally {
    progress.finish();
    await runner.close();
  }
}

/** One line on what common random numbers bought: Var(A)+Var(B) over Var(B−A) per main KPI. */
function varianceReductionLine(kpis: readonly PairedKpi[]): string {
  const parts = kpis
    .filter((kpi) => kpi.varianceReduction !== null)
    .slice(0, 3)
    .map((kpi) => `${kpi.label.toLowerCase()} ×${kpi.varianceReduction!.toFixed(1)}`);
  return parts.length === 0
    ? ""
    : `Variance of the differences vs independent runs, reduced by common random numbers: ${parts.join(", ")}.\n`;
}
