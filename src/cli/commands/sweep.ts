/**
 * `gatesim sweep <scenario> --vary stations.identity.servers=2,4,6 --vary arrivals.trucksPerDay=3000,3600`:
 * a grid over scenario parameters, a tidy table of KPIs with confidence intervals (JSON, CSV,
 * and an HTML page with one chart per KPI).
 */

import { listIssues, truncate } from "../../common/index.js";
import { type GridPoint, gridPoints, gridSize, sweep } from "../../experiment/index.js";
import {
  GATE_KPIS,
  gateModel,
  type Scenario,
  ScenarioError,
  withParameter,
} from "../../gate/index.js";
import { sweepCsv, sweepJson, sweepTable } from "../../report/index.js";
import { checkSweepSize } from "../budget.js";
import { CliError, EXIT } from "../errors.js";
import type { CommonFlags } from "../options.js";
import { terminalWidth } from "../output.js";
import { runPipeline } from "../pipeline.js";
import { reportInputs } from "../report-inputs.js";
import { shownPath } from "../shown.js";

/** The KPIs in the table and the HTML page (the JSON and CSV hold every KPI). */
const SHOWN_KPIS = GATE_KPIS.slice(0, 4);

/**
 * Parses `path=v1,v2,...` flags into a grid (numbers where they parse, else strings). The grid is
 * built from a Map, so a path such as `__proto__` is a key like any other (and refused later as
 * no parameter of the scenario); a path given twice is a usage error.
 */
export function parseGrid(vary: readonly string[]): Record<string, unknown[]> {
  if (vary.length === 0) {
    throw new CliError("gatesim sweep: expected at least one --vary path=v1,v2,...", EXIT.USAGE);
  }
  const grid = new Map<string, unknown[]>();
  for (const item of vary) {
    const at = item.indexOf("=");
    if (at <= 0 || at === item.length - 1) {
      throw new CliError(
        `gatesim sweep: --vary expected "path=v1,v2,...", received ${shownPath(item)}`,
        EXIT.USAGE,
      );
    }
    const path = item.slice(0, at);
    if (grid.has(path)) {
      throw new CliError(
        `gatesim sweep: --vary expected each path once, received ${shownPath(path)} twice`,
        EXIT.USAGE,
      );
    }
    grid.set(
      path,
      item
        .slice(at + 1)
        .split(",")
        .map((v) => (v.trim() !== "" && Number.isFinite(Number(v)) ? Number(v) : v.trim())),
    );
  }
  return Object.fromEntries(grid);
}

/** The scenario at one grid point. */
function apply(config: Scenario, point: GridPoint): Scenario {
  return Object.entries(point).reduce(
    (current, [path, value]) => withParameter(current, path, value),
    config,
  );
}

/**
 * Applies every grid point before anything runs, so a bad path or value is invalid input
 * (exit 1) listing each problem once, with the first point where it occurs.
 */
function checkGrid(scenario: Scenario, grid: Record<string, unknown[]>): void {
  const problems = new Map<string, ScenarioError["issues"][number]>();
  for (const point of gridPoints(grid)) {
    try {
      apply(scenario, point);
    } catch (error) {
      if (!(error instanceof ScenarioError)) throw error;
      const where = Object.entries(point)
        .map(([path, value]) => `${truncate(path, 80)}=${truncate(String(value), 40)}`)
        .join(" ");
      for (const issue of error.issues) {
        if (!problems.has(issue.message)) {
          problems.set(issue.message, { ...issue, message: `${issue.message} (at ${where})` });
        }
      }
    }
  }
  if (problems.size === 0) return;
  const lines = listIssues([...problems.values()]).map((line) => `  - ${line}`);
  throw new CliError(
    `gatesim sweep: --vary gives an invalid scenario (${problems.size} problem${problems.size === 1 ? "" : "s"}):\n${lines.join("\n")}`,
    EXIT.INVALID_INPUT,
  );
}

/** Runs the sweep and writes the requested outputs. */
export function sweepCommand(
  arg: string,
  flags: CommonFlags,
  vary: readonly string[],
): Promise<void> {
  return runPipeline([arg], flags, ([scenario]) => {
    const grid = parseGrid(vary);
    checkSweepSize(scenario, gridSize(grid), flags.replications);
    checkGrid(scenario, grid);
    const parameters = Object.keys(grid);
    return {
      label: `sweep ${scenario.name}`,
      total: gridSize(grid) * flags.replications,
      run: ({ runner, onProgress, limits }) =>
        sweep({
          ...limits,
          model: gateModel,
          baseConfig: scenario,
          grid,
          apply,
          seed: flags.seed,
          replications: flags.replications,
          kpis: GATE_KPIS,
          runner: runner(gridSize(grid) * flags.replications),
          onProgress,
        }),
      json: (rows) =>
        sweepJson({
          scenario: scenario.name,
          seed: flags.seed,
          replications: flags.replications,
          rows,
        }),
      table: (rows) =>
        sweepTable({
          scenario: scenario.name,
          replications: flags.replications,
          parameters,
          rows,
          kpis: SHOWN_KPIS,
          width: terminalWidth(),
        }),
      csv: (rows) => sweepCsv(parameters, rows),
      report: (rows, charts) =>
        charts.sweepHtmlReport({
          title: `Sweep of ${scenario.name}`,
          summary: `${rows.length} points × ${flags.replications} replications of ${scenario.name} (${scenario.horizonDays} days each, seed "${flags.seed}", common random numbers across points); mean ± 95% CI half-width.`,
          parameters,
          rows,
          kpis: SHOWN_KPIS,
          inputs: reportInputs([scenario], flags),
        }),
    };
  });
}
