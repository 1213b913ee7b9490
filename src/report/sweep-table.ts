/**
 * A parameter sweep for terminals: one row per grid point, the varied parameters then the
 * chosen KPIs as mean ± confidence half-width, each in its KPI's display unit (named in the
 * header; shares as percentages, as in every other table).
 */
import type { SweepRow } from "../experiment/sweep.js";
import { formatKpiEstimate, kpiHeader, levelLabel } from "./kpi-display.js";
import { textTable } from "./text-table.js";

/**
 * A KPI column of {@link sweepTable}.
 *
 * @inline
 */
export interface SweepTableKpi {
  /** The KPI's key in the rows' `kpis`. */
  readonly key: string;
  /** The column's label. */
  readonly label: string;
  /** The KPI's unit ("share" is shown as %). */
  readonly unit: string;
}

/**
 * What {@link sweepTable} shows.
 *
 * @inline
 */
export interface SweepTableInput {
  /** The swept scenario's name. */
  readonly scenario: string;
  /** Replications per point. */
  readonly replications: number;
  /** The varied parameter paths, in grid order (one column each). */
  readonly parameters: readonly string[];
  readonly rows: readonly SweepRow[];
  /** The KPIs to show, in order. */
  readonly kpis: readonly SweepTableKpi[];
  /** The terminal's columns: a wider table is printed compactly (see textTable). */
  readonly width?: number | undefined;
}

/**
 * The sweep as a table with a title naming the scenario, the replications and the interval.
 *
 * @example
 * const smart = { ...preset("huu-nghi-smart-2024")!, horizonDays: 2 };
 * const rows = await sweep({
 *   model: gateModel, baseConfig: smart, grid: { "stations.customs.servers": [8, 10] },
 *   apply: (scenario, point) =>
 *     withParameter(scenario, "stations.customs.servers", point["stations.customs.servers"]),
 *   seed: "1", replications: 3, kpis: GATE_KPIS,
 * });
 * console.log(sweepTable({ scenario: "smart", replications: 3,
 *   parameters: ["stations.customs.servers"], rows, kpis: GATE_KPIS.slice(0, 4) }));
 * // prints:
 * // Sweep of smart (3 replications per point, mean ± 95% CI half-width)
 * // stations.customs.servers  Trucks cleared per day (trucks/day)  …  Cleared within 24 h (%)
 * // ---…
 * // … 8  …
 * // … 10  …
 */
export function sweepTable(input: SweepTableInput): string {
  const first = input.kpis[0];
  const level = first === undefined ? undefined : input.rows[0]?.kpis[first.key]?.level;
  return textTable({
    title: `Sweep of ${input.scenario} (${input.replications} replications per point, mean ± ${levelLabel(level ?? 0.95)} half-width)`,
    columns: [
      ...input.parameters.map((path) => ({ header: path, align: "right" as const })),
      ...input.kpis.map((kpi) => ({
        header: kpiHeader(kpi.label, kpi.unit),
        align: "right" as const,
      })),
    ],
    rows: input.rows.map((row) => [
      ...input.parameters.map((path) => String(row.point[path])),
      ...input.kpis.map((kpi) => formatKpiEstimate(row.kpis[kpi.key], kpi.unit)),
    ]),
    width: input.width,
  });
}
