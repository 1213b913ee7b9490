/**
 * `gatesim compare <corridor A> <corridor B>`: paired replications on common random numbers,
 * B − A with CIs for the corridor's KPIs and each gate's.
 */
import {
  type Corridor,
  type CorridorRunResult,
  corridorKpis,
  corridorModel,
} from "../../corridor/index.js";
import { type ComparisonSummary, comparePaired } from "../../experiment/index.js";
import {
  comparisonCsv,
  comparisonJson,
  comparisonTable,
  corridorHtmlReport,
  varianceReductionLine,
} from "../../report/index.js";
import { CliError, EXIT } from "../errors.js";
import type { CommonFlags } from "../options.js";
import { runCorridorPipeline } from "./pipeline.js";

/** Runs the comparison and writes the requested outputs. */
export function corridorCompareCommand(
  a: Corridor,
  b: Corridor,
  flags: CommonFlags,
): Promise<void> {
  const idsA = a.gates.map((gate) => gate.id).join(",");
  const idsB = b.gates.map((gate) => gate.id).join(",");
  if (idsA !== idsB) {
    throw new CliError(
      `gatesim compare: expected two corridors with the same gates in the same order, received ${idsA} and ${idsB}`,
      EXIT.INVALID_INPUT,
    );
  }
  return runCorridorPipeline(
    {
      label: `${a.name} vs ${b.name}`,
      run: ({ runner, onProgress }): Promise<ComparisonSummary<CorridorRunResult>> =>
        comparePaired({
          model: corridorModel,
          configA: a,
          configB: b,
          nameA: a.name,
          nameB: b.name,
          seed: flags.seed,
          replications: flags.replications,
          kpis: corridorKpis(a),
          keepResults: flags.report !== undefined,
          runner: runner(),
          onProgress,
        }),
      json: (summary) =>
        comparisonJson(summary, { command: "compare", corridorA: a.name, corridorB: b.name }),
      table: (summary) => comparisonTable(summary) + varianceReductionLine(summary.kpis),
      csv: (summary) => comparisonCsv(summary),
      report: (summary) =>
        corridorHtmlReport(summary.resultsA![0]!, {
          title: `${a.name} vs ${b.name}`,
          more: [{ heading: `B: ${b.name}, replication 0`, result: summary.resultsB![0]! }],
          appendix: [
            {
              heading: `B − A over ${summary.replications} paired replications (same trucks)`,
              text: comparisonTable(summary),
            },
          ],
        }),
      note: (_summary, seconds) =>
        `(${flags.replications} replications × 2 corridors in ${seconds.toFixed(1)} s on ${flags.workers} worker${flags.workers === 1 ? "" : "s"})`,
    },
    flags,
  );
}
