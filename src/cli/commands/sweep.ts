/**
 * `gatesim sweep <scenario> --vary stations.identity.servers=2,4,6 --vary arrivals.trucksPerDay=3000,3600`:
 * a grid over scenario parameters, a tidy table of KPIs with confidence intervals (JSON, CSV,
 * and an HTML page with one chart per KPI).
 */
import { sweep } from "../../experiment/index.js";
import {
  GATE_KPIS,
  type GateRunResult,
  gateExperimentModel,
  type Scenario,
  withParameter,
} from "../../gate/index.js";
import { csvRow, formatEstimate, textTable } from "../../report/index.js";
import { CliError, EXIT } from "../errors.js";
import { loadScenarioArg } from "../load-scenario.js";
import type { CommonFlags } from "../options.js";
import { print, writeOutputFile } from "../output.js";
import { createProgress } from "../progress.js";
import { gateRunner } from "../runner.js";

/** Parses `path=v1,v2,...` flags into a grid (numbers where they parse, else strings). */
export function parseGrid(vary: readonly string[]): Record<string, unknown[]> {
  if (vary.length === 0) {
    throw new CliError("gatesim sweep: expected at least one --vary path=v1,v2,...", EXIT.USAGE);
  }
  const grid: Record<string, unknown[]> = {};
  for (const item of vary) {
    const at = item.indexOf("=");
    if (at <= 0 || at === item.length - 1) {
      throw new CliError(
        `gatesim sweep: --vary expected "path=v1,v2,...", received "${item}"`,
        EXIT.USAGE,
      );
    }
    grid[item.slice(0, at)] = item
      .slice(at + 1)
      .split(",")
      .map((v) => (v.trim() !== "" && Number.isFinite(Number(v)) ? Number(v) : v.trim()));
  }
  return grid;
}

/** Runs the sweep and prints the table. */
export async function sweepCommand(
  arg: string,
  flags: CommonFlags,
  vary: readonly string[],
): Promise<void> {
  const scenario = loadScenarioArg(arg, flags);
  const grid = parseGrid(vary);
  const apply = (config: Scenario, point: Record<string, unknown>) =>
    Object.entries(point).reduce(
      (current, [path, value]) => withParameter(current, path, value),
      config,
    );
  for (const [path, values] of Object.entries(grid)) apply(scenario, { [path]: values[0] }); // fail fast on bad paths
  const runner = gateRunner(flags.workers);
  const progress = createProgress(`sweep ${scenario.name}`, flags.quiet);
  try {
    const rows = await sweep<Scenario, GateRunResult>({
      model: gateExperimentModel,
      baseConfig: scenario,
      grid,
      apply,
      seed: flags.seed,
      replications: flags.replications,
      kpis: GATE_KPIS,
      runner,
      onProgress: ({ done, total }) => progress.update(done, total),
    });
    progress.finish();
    const paths = Object.keys(grid);
    const shown = GATE_KPIS.slice(0, 4);
    if (flags.json) {
      print(
        JSON.stringify(
          {
            format: "gatesim.sweep/1",
            scenario: scenario.name,
            seed: flags.seed,
            replications: flags.replications,
            rows,
          },
          null,
          2,
        ),
      );
    } else {
      print(
        textTable({
          title: `Sweep of ${scenario.name} (${flags.replications} replications per point, mean ± 95% CI half-width)`,
          columns: [
            ...paths.map((path) => ({ header: path, align: "right" as const })),
            ...shown.map((kpi) => ({
              header: `${kpi.label} (${kpi.unit})`,
              align: "right" as const,
            })),
          ],
          rows: rows.map((row) => [
            ...paths.map((path) => String(row.point[path])),
            ...shown.map((kpi) => formatEstimate(row.kpis[kpi.key] ?? null)),
          ]),
        }),
      );
    }
    if (flags.report !== undefined) {
      const { sweepHtmlReport } = await import("../../report/charts/index.js");
      const html = await sweepHtmlReport({
        title: `Sweep of ${scenario.name}`,
        summary: `${rows.length} points × ${flags.replications} replications of ${scenario.name} (${scenario.horizonDays} days each, seed "${flags.seed}", common random numbers across points); mean ± 95% CI half-width.`,
        parameters: paths,
        rows,
        kpis: shown,
      });
      writeOutputFile(flags.report, html, "HTML report");
    }
    if (flags.csv !== undefined) {
      const header = csvRow([...paths, "kpi", "unit", "n", "mean", "half_width", "lower", "upper"]);
      const lines = rows.flatMap((row) =>
        GATE_KPIS.map((kpi) => {
          const e = row.kpis[kpi.key];
          return csvRow([
            ...paths.map((p) => String(row.point[p])),
            kpi.key,
            kpi.unit,
            e?.n ?? 0,
            e?.mean ?? null,
            e?.halfWidth ?? null,
            e?.lower ?? null,
            e?.upper ?? null,
          ]);
        }),
      );
      writeOutputFile(flags.csv, header + lines.join(""), "CSV");
    }
  } finally {
    progress.finish();
    await runner.close();
  }
}
