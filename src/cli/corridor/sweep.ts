/**
 * `gatesim sweep <corridor> --vary routing.refreshMinutes=0,30,240 --vary gates.chi-ma.scenario.stations.customs.servers=2,3`:
 * a grid over corridor parameters (list items by id), the corridor's KPIs with CIs per point.
 */
import { listIssues } from "../../common/index.js";
import {
  CORRIDOR_KPIS,
  type Corridor,
  CorridorError,
  corridorKpis,
  corridorModel,
  withCorridorParameter,
} from "../../corridor/index.js";
import { type GridPoint, gridPoints, sweep } from "../../experiment/index.js";
import { sweepCsv, sweepJson, sweepTable } from "../../report/index.js";
import { parseGrid } from "../commands/sweep.js";
import { CliError, EXIT } from "../errors.js";
import type { CommonFlags } from "../options.js";
import { runCorridorPipeline } from "./pipeline.js";

/** The KPIs in the table and the HTML page (the JSON and CSV hold every KPI, per gate too). */
const SHOWN_KPIS = CORRIDOR_KPIS.slice(0, 4);

function apply(config: Corridor, point: GridPoint): Corridor {
  return Object.entries(point).reduce(
    (current, [path, value]) => withCorridorParameter(current, path, value),
    config,
  );
}

/** Applies every grid point first: a bad path or value is invalid input listing each problem once. */
function checkGrid(corridor: Corridor, grid: Record<string, unknown[]>): void {
  const problems = new Map<string, CorridorError["issues"][number]>();
  for (const point of gridPoints(grid)) {
    try {
      apply(corridor, point);
    } catch (error) {
      if (!(error instanceof CorridorError)) throw error;
      const where = Object.entries(point)
        .map(([path, value]) => `${path}=${String(value)}`)
        .join(" ");
      for (const issue of error.issues) {
        if (!problems.has(issue.message))
          problems.set(issue.message, { ...issue, message: `${issue.message} (at ${where})` });
      }
    }
  }
  if (problems.size === 0) return;
  const lines = listIssues([...problems.values()]).map((line) => `  - ${line}`);
  throw new CliError(
    `gatesim sweep: --vary gives an invalid corridor (${problems.size} problem${problems.size === 1 ? "" : "s"}):\n${lines.join("\n")}`,
    EXIT.INVALID_INPUT,
  );
}

/** Runs the sweep over the corridor and writes the requested outputs. */
export function corridorSweepCommand(
  corridor: Corridor,
  flags: CommonFlags,
  vary: readonly string[],
): Promise<void> {
  const grid = parseGrid(vary);
  checkGrid(corridor, grid);
  const parameters = Object.keys(grid);
  return runCorridorPipeline(
    {
      label: `sweep ${corridor.name}`,
      run: ({ runner, onProgress }) =>
        sweep({
          model: corridorModel,
          baseConfig: corridor,
          grid,
          apply,
          seed: flags.seed,
          replications: flags.replications,
          kpis: corridorKpis(corridor),
          runner: runner(),
          onProgress,
        }),
      json: (rows) =>
        sweepJson({
          scenario: corridor.name,
          seed: flags.seed,
          replications: flags.replications,
          rows,
        }),
      table: (rows) =>
        sweepTable({
          scenario: corridor.name,
          replications: flags.replications,
          parameters,
          rows,
          kpis: SHOWN_KPIS,
        }),
      csv: (rows) => sweepCsv(parameters, rows),
      report: (rows, charts) =>
        charts.sweepHtmlReport({
          title: `Sweep of ${corridor.name}`,
          summary: `${rows.length} points × ${flags.replications} replications of ${corridor.name} (common random numbers across points); mean ± 95% CI half-width.`,
          parameters,
          rows,
          kpis: SHOWN_KPIS,
        }),
    },
    flags,
  );
}
