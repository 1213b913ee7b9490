/**
 * `gatesim run <corridor>`: with one replication, the per-gate table of one run; with more, the
 * corridor's KPIs and each gate's headline KPIs with confidence intervals.
 */
import {
  type Corridor,
  type CorridorRunResult,
  corridorKpis,
  corridorModel,
  runCorridor,
} from "../../corridor/index.js";
import { type ReplicationSummary, replicate } from "../../experiment/index.js";
import { GATE_KPIS } from "../../gate/index.js";
import {
  corridorHtmlReport,
  corridorRunJson,
  corridorRunTable,
  replicationJson,
  replicationRows,
  replicationsCsv,
  replicationTable,
} from "../../report/index.js";
import type { CommonFlags } from "../options.js";
import { type CorridorCommand, runCorridorPipeline } from "./pipeline.js";

/** The gate KPIs shown per gate in the terminal table (every one goes to --json). */
const PER_GATE_SHOWN = new Set([
  "meanClearedPerDay",
  "meanTimeInSystemHours",
  "backlogAtEndTrucks",
]);

/** Runs the corridor and writes the requested outputs. */
export function corridorRunCommand(corridor: Corridor, flags: CommonFlags): Promise<void> {
  const kpis = corridorKpis(corridor);
  const units = Object.fromEntries(kpis.map((kpi) => [kpi.key, kpi.unit]));
  const csv = (results: readonly CorridorRunResult[]) =>
    replicationsCsv(replicationRows(corridor.name, results, kpis), units);
  if (flags.replications === 1) {
    const one: CorridorCommand<CorridorRunResult> = {
      label: corridor.name,
      run: async () => runCorridor(corridor, { seed: flags.seed }),
      json: (result) => corridorRunJson(result, { command: "run", corridor: corridor.name }),
      table: (result) => corridorRunTable(result),
      csv: (result) => csv([result]),
      report: (result) => corridorHtmlReport(result),
    };
    return runCorridorPipeline(one, flags);
  }
  const shown = new Set([
    ...kpis.slice(0, kpis.length - corridor.gates.length * GATE_KPIS.length).map((kpi) => kpi.key),
    ...corridor.gates.flatMap((gate) => [...PER_GATE_SHOWN].map((key) => `${gate.id}.${key}`)),
  ]);
  const many: CorridorCommand<ReplicationSummary<CorridorRunResult>> = {
    label: corridor.name,
    run: ({ runner, onProgress }) =>
      replicate({
        model: corridorModel,
        config: corridor,
        seed: flags.seed,
        replications: flags.replications,
        kpis,
        keepResults: flags.csv !== undefined || flags.report !== undefined,
        runner: runner(),
        onProgress,
      }),
    json: (summary) => replicationJson(summary, { command: "run", corridor: corridor.name }),
    table: (summary) =>
      replicationTable({
        ...summary,
        kpis: Object.fromEntries(Object.entries(summary.kpis).filter(([key]) => shown.has(key))),
      }),
    csv: (summary) => csv(summary.results ?? []),
    report: (summary) => corridorHtmlReport(summary.results![0]!),
    note: (_summary, seconds) =>
      `(${flags.replications} replications in ${seconds.toFixed(1)} s; the --report page shows replication 0 gate by gate)`,
  };
  return runCorridorPipeline(many, flags);
}
