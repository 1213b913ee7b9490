/**
 * Independent replications of one configuration: replication i runs on (seed, i), so any
 * replication can be recomputed alone with `model.run(config, seed, i)`. Optionally sequential:
 * batches are added until a KPI's confidence-interval half-width reaches a target.
 */
import { OptionCheck } from "./errors.js";
import { checkKpis, estimate, readKpi } from "./estimate.js";
import type { ExperimentModel, ProgressCallback, ReplicationTask } from "./model.js";
import { type Runner, replicationTasks, runTasksSync, serialRunner } from "./runner.js";
import type { KpiDefinition, ReplicationSummary } from "./types.js";

/**
 * Sequential stopping rule of {@link replicate}.
 *
 * @inline
 */
export interface SequentialStopping {
  /** Key of the KPI whose half-width decides. */
  readonly kpi: string;
  /** Stop once the half-width is at most this (in the KPI's unit), > 0. */
  readonly targetHalfWidth: number;
  /** Never run more replications than this (the cap), >= the pilot `replications`. */
  readonly maxReplications: number;
  /** Replications added per step (default: the pilot count). */
  readonly batch?: number;
}

/** Options of {@link replicate}. */
export interface ReplicateOptions<C, R> {
  /** The model to replicate. */
  readonly model: ExperimentModel<C, R>;
  /** The configuration every replication runs. */
  readonly config: C;
  /** Master seed, a non-empty string. */
  readonly seed: string;
  /** Replications to run (>= 1); with `sequential`, the pilot run (>= 2) before any batch. */
  readonly replications: number;
  /** The KPIs estimated, in report order. */
  readonly kpis: readonly KpiDefinition<R>[];
  /** Confidence level in (0, 1), default 0.95. */
  readonly level?: number;
  /** Keep every replication's result in `results` (default false: only KPI values are kept). */
  readonly keepResults?: boolean;
  /** Add replications in batches until a KPI's half-width is small enough (omitted: run `replications`). */
  readonly sequential?: SequentialStopping;
  /**
   * Where replications run (default: in this thread); it must run the same model as `model`
   * (a worker runner loads it from its own module reference). Not closed by `replicate`.
   */
  readonly runner?: Runner<C, R>;
  /** Called as replications finish. */
  readonly onProgress?: ProgressCallback;
}

/** Options of {@link replicateSync}: those of {@link replicate} without a runner. */
export type ReplicateSyncOptions<C, R> = Omit<ReplicateOptions<C, R>, "runner">;

/**
 * Replicates one configuration and estimates each KPI's mean with a confidence interval.
 *
 * @returns the summary; `replications` is the number actually run, and `stoppedBecause` says
 *   "half-width reached" or "cap reached" when `sequential` was given.
 * @throws {ExperimentError} INVALID_OPTION listing every bad option; INVALID_KPI_VALUE when a
 *   KPI reads a non-finite number.
 * @example
 * // the smart gate over two days (the preset runs 28), until trucks cleared per day are
 * // known within ± 50 (95% CI), in batches of 4 replications
 * const smart = { ...preset("huu-nghi-smart-2024")!, horizonDays: 2 };
 * const summary = await replicate({
 *   model: gateModel, config: smart, seed: "demo", replications: 4, kpis: GATE_KPIS,
 *   sequential: { kpi: "meanClearedPerDay", targetHalfWidth: 50, maxReplications: 40 },
 * });
 * summary.stoppedBecause; // "half-width reached"
 * summary.kpis.meanClearedPerDay?.halfWidth; // <= 50
 * summary.kpis.meanClearedPerDay?.mean; // ≈ 3,300 trucks/day
 */
export async function replicate<C, R>(
  options: ReplicateOptions<C, R>,
): Promise<ReplicationSummary<R>> {
  checkReplicateOptions("replicate", options);
  const runner = options.runner ?? serialRunner(options.model);
  const steps = replicationSteps(options);
  const total = plannedTotal(options);
  let done = 0;
  let step = steps.next();
  while (step.done !== true) {
    const before = done;
    const results = await runner.runMany(step.value, (n) =>
      options.onProgress?.({ done: before + n, total, stage: "replications" }),
    );
    done += results.length;
    step = steps.next(results);
  }
  return step.value;
}

/**
 * The synchronous twin of {@link replicate}, for small experiments and tests.
 *
 * @throws {ExperimentError} as {@link replicate}.
 * @example
 * const coin: ExperimentModel<{ p: number }, { heads: number }> = {
 *   name: "coin",
 *   run: (config, seed, replication) => {
 *     const stream = new RandomStreams(seed, replication).stream("flips");
 *     let heads = 0;
 *     for (let i = 0; i < 100; i++) if (stream.next() < config.p) heads++;
 *     return { heads };
 *   },
 * };
 * const heads = { key: "heads", label: "Heads in 100 flips", unit: "flips", higherIsBetter: true,
 *   read: (result: { heads: number }) => result.heads };
 * const summary = replicateSync({ model: coin, config: { p: 0.5 }, seed: "s", replications: 20,
 *   kpis: [heads] });
 * summary.kpis.heads?.mean; // ≈ 50 (within 10%)
 */
export function replicateSync<C, R>(
  options: Omit<ReplicateOptions<C, R>, "runner">,
): ReplicationSummary<R> {
  checkReplicateOptions("replicateSync", options);
  const steps = replicationSteps(options);
  const total = plannedTotal(options);
  let done = 0;
  let step = steps.next();
  while (step.done !== true) {
    const before = done;
    const results = runTasksSync(options.model, step.value, (n) =>
      options.onProgress?.({ done: before + n, total, stage: "replications" }),
    );
    done += results.length;
    step = steps.next(results);
  }
  return step.value;
}

function plannedTotal(options: {
  readonly replications: number;
  readonly sequential?: SequentialStopping;
}): number {
  return options.sequential?.maxReplications ?? options.replications;
}

/**
 * The replication plan shared by both drivers: yields batches of tasks, receives their results,
 * returns the summary. Keeps only KPI values unless `keepResults`.
 */
function* replicationSteps<C, R>(
  options: ReplicateSyncOptions<C, R>,
): Generator<ReplicationTask<C>[], ReplicationSummary<R>, R[]> {
  const { config, seed, kpis, sequential } = options;
  const level = options.level ?? 0.95;
  const api = "replicate";
  const values = new Map<string, (number | null)[]>(kpis.map((k) => [k.key, []]));
  const kept: R[] = [];
  let n = 0;
  let next = options.replications;
  let stoppedBecause: string | undefined;
  for (;;) {
    const results: R[] = yield replicationTasks(config, seed, n, next);
    for (const kpi of kpis) values.get(kpi.key)!.push(...readKpi(results, kpi, api, n));
    if (options.keepResults === true) kept.push(...results);
    n = next;
    if (sequential === undefined) break;
    const halfWidth = estimate(values.get(sequential.kpi)!, level).halfWidth;
    if (halfWidth !== null && halfWidth <= sequential.targetHalfWidth) {
      stoppedBecause = "half-width reached";
      break;
    }
    if (n >= sequential.maxReplications) {
      stoppedBecause = "cap reached";
      break;
    }
    next = Math.min(sequential.maxReplications, n + (sequential.batch ?? options.replications));
  }
  const summaryKpis: ReplicationSummary<R>["kpis"] = {};
  for (const kpi of kpis) {
    summaryKpis[kpi.key] = {
      ...estimate(values.get(kpi.key)!, level),
      label: kpi.label,
      unit: kpi.unit,
    };
  }
  return {
    seed,
    replications: n,
    kpis: summaryKpis,
    ...(options.keepResults === true ? { results: kept } : {}),
    ...(stoppedBecause === undefined ? {} : { stoppedBecause }),
  };
}

/** Checks the options shared by both drivers, all problems at once. */
function checkReplicateOptions<C, R>(api: string, options: ReplicateSyncOptions<C, R>): void {
  const check = new OptionCheck(api);
  check.model(options.model);
  check.nonEmptyString("seed", options.seed);
  checkKpis(check, options.kpis);
  if (options.level !== undefined) check.level("level", options.level);
  const sequential = options.sequential;
  if (sequential === undefined) {
    check.integer("replications", options.replications, 1);
  } else {
    check.integer("replications", options.replications, 2);
    check.that(
      Array.isArray(options.kpis) && options.kpis.some((k) => k.key === sequential.kpi),
      "sequential.kpi",
      sequential.kpi,
      "the key of one of kpis",
    );
    check.positive("sequential.targetHalfWidth", sequential.targetHalfWidth);
    check.integer(
      "sequential.maxReplications",
      sequential.maxReplications,
      Math.max(2, Number.isSafeInteger(options.replications) ? options.replications : 2),
    );
    if (sequential.batch !== undefined) check.integer("sequential.batch", sequential.batch, 1);
  }
  check.throwIfInvalid();
}
