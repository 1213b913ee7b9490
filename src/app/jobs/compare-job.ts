/**
 * Two variants on common random numbers, as `gatesim compare` computes them: paired
 * replications, B − A with its confidence interval, run serially in the worker.
 */
import { comparePaired } from "../../experiment/compare.js";
import type { ComparisonSummary } from "../../experiment/types.js";
import { GATE_KPIS, type GateRunResult, gateModel, type Scenario } from "../../gate/index.js";
import {
  comparisonCsv,
  comparisonJson,
  comparisonTable,
  displayUnit,
  estimateDecimals,
  formatEstimate,
  formatInterval,
  scaleEstimate,
  varianceReductionLine,
  verdictOf,
  verdictText,
} from "../../report/index.js";
import type { PairedRow } from "../protocol.js";
import type { OnProgress } from "./run-job.js";

/** What a comparison on the page produces. */
export interface CompareOutcome {
  /** The `gatesim compare --json` document. */
  readonly json: string;
  /** The `gatesim compare --csv` text. */
  readonly csv: string;
  /** The table `gatesim compare` prints. */
  readonly text: string;
  /** One row per KPI, formatted. */
  readonly rows: readonly PairedRow[];
  /** The summary (with replication 0 of each variant kept for the chart). */
  readonly summary: ComparisonSummary<GateRunResult>;
}

function shown(estimate: Parameters<typeof formatEstimate>[0] & object, factor: number): string {
  return formatEstimate(scaleEstimate(estimate, factor));
}

/** Compares B against A (B − A) over `replications` paired replications. */
export async function compareScenarios(
  a: Scenario,
  b: Scenario,
  seed: string,
  replications: number,
  onProgress?: OnProgress,
): Promise<CompareOutcome> {
  // Two variants of one scenario keep their name; B is told apart in the tables.
  const nameB = b.name === a.name ? `${b.name} (B)` : b.name;
  const summary = await comparePaired({
    model: gateModel,
    configA: a,
    configB: b,
    nameA: a.name,
    nameB,
    seed,
    replications,
    kpis: GATE_KPIS,
    keepResults: true,
    ...(onProgress === undefined
      ? {}
      : { onProgress: (p) => onProgress(p.done, p.total, p.stage) }),
  });
  const rows = summary.kpis.map((kpi): PairedRow => {
    const unit = displayUnit(kpi.unit);
    const difference = scaleEstimate(kpi.difference, unit.factor);
    return {
      key: kpi.key,
      label: kpi.label,
      unit: unit.unit,
      a: shown(kpi.a, unit.factor),
      b: shown(kpi.b, unit.factor),
      difference: formatEstimate(difference),
      interval: formatInterval(difference.lower, difference.upper, estimateDecimals(difference)),
      verdict: verdictText(verdictOf(kpi), "A", "B"),
      differenceMean: kpi.difference.mean,
    };
  });
  return {
    json: comparisonJson(summary, {
      command: "compare",
      scenarioA: a.name,
      scenarioB: nameB,
      horizonDays: a.horizonDays,
    }),
    csv: comparisonCsv(summary),
    text: comparisonTable(summary) + varianceReductionLine(summary.kpis),
    rows,
    summary,
  };
}
