/**
 * Independent replications of one configuration: replication i runs on (seed, i), so any
 * replication can be recomputed alone with `model.run(config, seed, i)`. Optionally sequential:
 * batches are added until a KPI's confidence-interval half-width reaches a target.
 */
import { OptionCheck } from "./errors.js";
import { checkKpis, estimate, readKpi } from "./estimate.js";
import { checkLimits, type ExperimentLimits, type RunControl, startControl } from "./limits.js";
import type { ExperimentModel, ProgressCallback } from "./model.js";
import { type Runner, replicationTasks, runTasksSync, serialRunner } from "./runner.js";
import { checkSizes, MAX_KEPT_RESULTS, MAX_REPLICATIONS, sliceSize } from "./sizes.js";
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
export interface ReplicateOptions<C, R> extends ExperimentLimits {
  /** The model to replicate. */
  readonly model: ExperimentModel<C, R>;
  /** The configuration every replication runs. */
  readonly config: C;
  /** Master seed, a non-empty string. */
  readonly seed: string;
  /**
   * Replications to run, 1 to 1,000,000; with `sequential`, the pilot run (>= 2) before any
   * batch. Results are summarised as they come, so memory grows by a few numbers per
   * replication, not by a whole result.
   */
  readonly replications: number;
  /** The KPIs estimated, in report order. */
  readonly kpis: readonly KpiDefinition<R>[];
  /** Confidence level in (0, 1), default 0.95. */
  readonly level?: number;
  /**
   * Keep every replication's result in `results` (default false: only KPI values are kept); at
   * most 10,000 replications then (a result can weigh tens of KB): stream with `onResults`.
   */
  readonly keepResults?: boolean;
  /**
   * Called with each slice of results as they come (in replication order; `first` is the
   * replication index of `results[0]`), before they are dropped: stream per-replication rows
   * from here instead of keeping every result.
   */
  readonly onResults?: (results: readonly R[], first: number) => void;
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
  const control = startControl("replicate", options);
  const steps = replicationSteps(options);
  const total = plannedTotal(options);
  const size = sliceSize(runner.concurrency);
  let step = steps.next();
  while (step.done !== true) {
    const [from, to] = step.value;
    for (let start = from; start < to; start += size) {
      const end = Math.min(to, start + size);
      const results = await runner.runMany(
        replicationTasks(options.config, options.seed, start, end),
        (n) => options.onProgress?.({ done: start + n, total, stage: "replications" }),
        control,
      );
      step = steps.next(results);
    }
    step = steps.next(null);
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
  const control: RunControl = startControl("replicateSync", options);
  const steps = replicationSteps(options);
  const total = plannedTotal(options);
  const size = sliceSize(1);
  let step = steps.next();
  while (step.done !== true) {
    const [from, to] = step.value;
    for (let start = from; start < to; start += size) {
      const end = Math.min(to, start + size);
      const results = runTasksSync(
        options.model,
        replicationTasks(options.config, options.seed, start, end),
        (n) => options.onProgress?.({ done: start + n, total, stage: "replications" }),
        control,
      );
      step = steps.next(results);
    }
    step = steps.next(null);
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
 * The replication plan shared by both drivers: yields a batch `[from, to)` of replication
 * indices, then receives its results slice by slice (in order) and `null` when the batch is
 * done; returns the summary. Keeps only KPI values unless `keepResults`.
 */
function* replicationSteps<C, R>(
  options: ReplicateSyncOptions<C, R>,
): Generator<[number, number], ReplicationSummary<R>, R[] | null> {
  const { seed, kpis, sequential } = options;
  const level = options.level ?? 0.95;
  const api = "replicate";
  const values = new Map<string, (number | null)[]>(kpis.map((k) => [k.key, []]));
  const kept: R[] = [];
  let n = 0;
  let next = options.replications;
  let stoppedBecause: string | undefined;
  for (;;) {
    let results: R[] | null = yield [n, next];
    while (results !== null) {
      for (const kpi of kpis) {
        const column = values.get(kpi.key)!;
        // perf: a loop, not push(...spread): 150,000 arguments overflowed the stack.
        for (const value of readKpi(results, kpi, api, n)) column.push(value);
      }
      if (options.keepResults === true) for (const result of results) kept.push(result);
      options.onResults?.(results, n);
      n += results.length;
      results = yield [n, next];
    }
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
  checkLimits(check, options);
  if (options.level !== undefined) check.level("level", options.level);
  if (options.onResults !== undefined) {
    check.that(
      typeof options.onResults === "function",
      "onResults",
      options.onResults,
      "a function",
    );
  }
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
  const planned = plannedTotal(options);
  checkSizes(api, [
    {
      path: sequential === undefined ? "replications" : "sequential.maxReplications",
      count: planned,
      cap: MAX_REPLICATIONS,
      what: "replications",
    },
    ...(options.keepResults === true
      ? [
          {
            path: "keepResults",
            count: planned,
            cap: MAX_KEPT_RESULTS,
            what: "kept results (stream them with onResults instead)",
          },
        ]
      : []),
  ]);
}
