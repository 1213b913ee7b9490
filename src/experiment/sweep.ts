/**
 * Parameter sweeps: replicate every point of a Cartesian grid and return tidy rows, one per
 * point, in a deterministic order.
 */
import { OptionCheck } from "./errors.js";
import { checkKpis, estimateKpis, type LabelledKpiEstimate } from "./estimate.js";
import { checkLimits, type ExperimentLimits, startControl } from "./limits.js";
import type { ExperimentModel, ProgressCallback, ReplicationTask } from "./model.js";
import { type Runner, replicationTasks, serialRunner } from "./runner.js";
import { checkSizes, MAX_REPLICATIONS, MAX_SWEEP_POINTS, sliceSize } from "./sizes.js";
import type { KpiDefinition } from "./types.js";

/**
 * One point of a grid: a value for each grid key.
 *
 * @inline
 */
export type GridPoint = Record<string, unknown>;

/** Options of {@link sweep}. */
export interface SweepOptions<C, R> extends ExperimentLimits {
  /** The model run at every point. */
  readonly model: ExperimentModel<C, R>;
  /** The configuration `apply` changes at each point. */
  readonly baseConfig: C;
  /** Values per parameter, e.g. `{ servers: [1, 2, 3], arrivalRate: [0.5, 0.9] }`. */
  readonly grid: Readonly<Record<string, readonly unknown[]>>;
  /** The configuration of one point; must not mutate `config` (return a new object). */
  readonly apply: (config: C, point: GridPoint) => C;
  /** Master seed shared by every point (common random numbers across points). */
  readonly seed: string;
  /**
   * Replications per point, >= 1. A grid has at most 100,000 points and 1,000,000 replications
   * in all (TOO_LARGE beyond, before anything runs).
   */
  readonly replications: number;
  /** The KPIs estimated at every point. */
  readonly kpis: readonly KpiDefinition<R>[];
  /** Confidence level in (0, 1), default 0.95. */
  readonly level?: number;
  /** Where replications run (default: in this thread). Not closed by `sweep`. */
  readonly runner?: Runner<C, R>;
  /** Called as replications finish (stage: the number of points). */
  readonly onProgress?: ProgressCallback;
}

/**
 * One tidy row of a sweep: the point and its KPI estimates.
 *
 * @inlineType LabelledKpiEstimate
 */
export interface SweepRow {
  /** The point: one value per grid key. */
  readonly point: GridPoint;
  /** Every KPI's estimate at the point, by KPI key. */
  readonly kpis: Record<string, LabelledKpiEstimate>;
}

/**
 * The Cartesian product of a grid in a deterministic order: keys in the grid's property order,
 * the last key varying fastest (like nested loops). An empty grid has one point, `{}`.
 *
 * @example
 * gridPoints({ c: [1, 2], rho: [0.5, 0.9] });
 * // [{ c: 1, rho: 0.5 }, { c: 1, rho: 0.9 }, { c: 2, rho: 0.5 }, { c: 2, rho: 0.9 }]
 */
export function gridPoints(grid: Readonly<Record<string, readonly unknown[]>>): GridPoint[] {
  const points: GridPoint[] = [];
  const count = gridSize(grid);
  for (let index = 0; index < count; index++) points.push(gridPointAt(grid, index));
  return points;
}

/** The number of points of a grid: the product of its value counts (1 for an empty grid). */
export function gridSize(grid: Readonly<Record<string, readonly unknown[]>>): number {
  let size = 1;
  for (const values of Object.values(grid)) size *= values.length;
  return size;
}

/**
 * Point `index` of the grid in {@link gridPoints} order, built alone (mixed-radix digits, the
 * last key fastest), so a sweep never holds the whole product in memory.
 */
function gridPointAt(grid: Readonly<Record<string, readonly unknown[]>>, index: number): GridPoint {
  const entries = Object.entries(grid);
  const point: GridPoint = {};
  let rest = index;
  for (let k = entries.length - 1; k >= 0; k--) {
    const [key, values] = entries[k]!;
    point[key] = values[rest % values.length];
    rest = Math.floor(rest / values.length);
  }
  // Keys in the grid's property order.
  const ordered: GridPoint = {};
  for (const [key] of entries) ordered[key] = point[key];
  return ordered;
}

/**
 * Replicates every grid point (replications 0 .. n−1 on the same seed at every point, so points
 * are compared on common random numbers) and returns one row per point, in grid order: keys
 * in the grid's property order, the last varying fastest. Points are built and run a slice at
 * a time (enough replications to keep a worker pool busy) and summarised as they finish, so
 * memory holds the rows, not the grid's configurations or results.
 *
 * @throws {ExperimentError} INVALID_OPTION listing every bad option (e.g. an empty value list);
 *   INVALID_KPI_VALUE when a KPI reads a non-finite number.
 * @example
 * // the smart gate's customs with 8 and with 10 officers, two days (the preset runs 28)
 * const smart = { ...preset("huu-nghi-smart-2024")!, horizonDays: 2 };
 * const rows = await sweep({
 *   model: gateModel, baseConfig: smart, grid: { customs: [8, 10] },
 *   apply: (scenario, point) => withServers(scenario, { customs: point.customs as number }),
 *   seed: "sweep", replications: 3, kpis: GATE_KPIS,
 * });
 * rows.map((row) => row.point); // [{ customs: 8 }, { customs: 10 }]
 * rows[0]!.kpis.meanTimeInSystemHours!.mean! > rows[1]!.kpis.meanTimeInSystemHours!.mean!; // true
 */
export async function sweep<C, R>(options: SweepOptions<C, R>): Promise<SweepRow[]> {
  checkSweepOptions(options);
  const { model, seed, replications: n, kpis } = options;
  const level = options.level ?? 0.95;
  const runner = options.runner ?? serialRunner(model);
  const control = startControl("sweep", options);
  const count = gridSize(options.grid);
  const total = count * n;
  const stage = `${count} points`;
  const perSlice = Math.max(1, Math.floor(sliceSize(runner.concurrency) / n));
  const rows: SweepRow[] = [];
  for (let from = 0; from < count; from += perSlice) {
    const points: GridPoint[] = [];
    const tasks: ReplicationTask<C>[] = [];
    for (let index = from; index < Math.min(count, from + perSlice); index++) {
      const point = gridPointAt(options.grid, index);
      points.push(point);
      for (const task of replicationTasks(options.apply(options.baseConfig, point), seed, 0, n)) {
        tasks.push(task);
      }
    }
    const before = from * n;
    const results = await runner.runMany(
      tasks,
      (done) => options.onProgress?.({ done: before + done, total, stage }),
      control,
    );
    points.forEach((point, i) => {
      const slice = results.slice(i * n, (i + 1) * n);
      rows.push({ point, kpis: estimateKpis(slice, kpis, level, "sweep") });
    });
  }
  return rows;
}

function checkSweepOptions<C, R>(options: SweepOptions<C, R>): void {
  const check = new OptionCheck("sweep");
  check.model(options.model);
  check.that(typeof options.apply === "function", "apply", options.apply, "a function");
  check.nonEmptyString("seed", options.seed);
  check.integer("replications", options.replications, 1);
  checkKpis(check, options.kpis);
  checkLimits(check, options);
  if (options.level !== undefined) check.level("level", options.level);
  if (
    check.that(
      typeof options.grid === "object" && options.grid !== null,
      "grid",
      options.grid,
      "an object of value arrays",
    )
  ) {
    for (const [key, values] of Object.entries(options.grid)) {
      check.that(
        Array.isArray(values) && values.length > 0,
        `grid.${key}`,
        values,
        "a non-empty array",
      );
    }
  }
  check.throwIfInvalid();
  const points = gridSize(options.grid);
  checkSizes("sweep", [
    { path: "grid", count: points, cap: MAX_SWEEP_POINTS, what: "grid points" },
    {
      path: "replications",
      count: points * options.replications,
      cap: MAX_REPLICATIONS,
      what: "replications in all (grid points × replications)",
    },
  ]);
}
