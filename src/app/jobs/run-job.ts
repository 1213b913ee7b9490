/**
 * One scenario's replications on the page, computed exactly as `gatesim run --json` computes
 * them: the same model, KPIs, replication seeds and JSON function, run serially in the worker.
 */
import { replicate } from "../../experiment/replicate.js";
import type { ReplicationSummary } from "../../experiment/types.js";
import {
  GATE_KPIS,
  type GateRunResult,
  gateModel,
  gateRunKpis,
  runGate,
  type Scenario,
} from "../../gate/index.js";
import {
  displayUnit,
  estimateDecimals,
  formatEstimate,
  formatInterval,
  replicationJson,
  replicationRows,
  replicationsCsv,
  runJson,
  scaleEstimate,
} from "../../report/index.js";
import type { KpiRow } from "../protocol.js";

/** KPI key → unit, for the unit column of the per-replication CSV (as the CLI writes it). */
const UNITS: Readonly<Record<string, string>> = Object.fromEntries(
  GATE_KPIS.map((kpi) => [kpi.key, kpi.unit]),
);

/** What a run on the page produces. */
export interface RunOutcome {
  /** The `gatesim run --json` document, byte for byte. */
  readonly json: string;
  /** The per-replication CSV, as `gatesim run --csv` writes it. */
  readonly csv: string;
  /** The headline KPIs, formatted for the table. */
  readonly rows: readonly KpiRow[];
  /** The run the charts show (replication 0, or the single run). */
  readonly charted: GateRunResult;
}

/** Progress callback: replications done of total. */
export type OnProgress = (done: number, total: number | null, stage: string) => void;

/** The headline rows of a replication summary. */
export function kpiRows(summary: ReplicationSummary<GateRunResult>): KpiRow[] {
  return GATE_KPIS.flatMap((kpi) => {
    const estimate = summary.kpis[kpi.key];
    if (estimate === undefined) return [];
    const shown = displayUnit(kpi.unit);
    const scaled = scaleEstimate(estimate, shown.factor);
    return [
      {
        key: kpi.key,
        label: kpi.label,
        unit: shown.unit,
        estimate: formatEstimate(scaled),
        interval: formatInterval(scaled.lower, scaled.upper, estimateDecimals(scaled)),
        mean: estimate.mean,
      },
    ];
  });
}

/** The headline rows of a single run (no interval). */
function singleRunRows(result: GateRunResult): KpiRow[] {
  return GATE_KPIS.map((kpi) => {
    const value = kpi.read(result);
    const shown = displayUnit(kpi.unit);
    const estimate = { n: 1, mean: value, sd: null, halfWidth: null, lower: null, upper: null };
    const scaled = scaleEstimate({ ...estimate, level: 0.95 }, shown.factor);
    return {
      key: kpi.key,
      label: kpi.label,
      unit: shown.unit,
      estimate: formatEstimate(scaled),
      interval: "—",
      mean: value,
    };
  });
}

/**
 * Runs `scenario` as `gatesim run <scenario> --seed <seed> --replications <n> --json` does.
 *
 * @throws ExperimentError for bad options (e.g. replications < 1).
 */
export async function runScenario(
  scenario: Scenario,
  seed: string,
  replications: number,
  onProgress?: OnProgress,
): Promise<RunOutcome> {
  const meta = { command: "run", scenario: scenario.name };
  if (replications === 1) {
    // As the CLI's one-run path: runGate on the master seed, the gatesim.run/2 document.
    const result = runGate(scenario, { seed });
    onProgress?.(1, 1, "run");
    return {
      json: runJson(result, meta),
      csv: replicationsCsv(replicationRows(scenario.name, [result], GATE_KPIS), UNITS),
      rows: singleRunRows(result),
      charted: result,
    };
  }
  const summary = await replicate({
    model: gateModel,
    config: scenario,
    seed,
    replications,
    kpis: gateRunKpis(scenario),
    keepResults: true,
    ...(onProgress === undefined
      ? {}
      : { onProgress: (p) => onProgress(p.done, p.total, p.stage) }),
  });
  const results = summary.results ?? [];
  return {
    json: replicationJson(summary, meta),
    csv: replicationsCsv(replicationRows(scenario.name, results, GATE_KPIS), UNITS),
    rows: kpiRows(summary),
    charted: results[0]!,
  };
}
