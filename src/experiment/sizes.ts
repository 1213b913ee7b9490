/**
 * The documented caps on the size of one experiment call, checked before anything runs, and the
 * slice size in which replications are run and summarised (so memory grows by a few numbers per
 * replication, not by whole results). Beyond a cap the call fails with TOO_LARGE naming the
 * count, the cap and what the call would hold in memory.
 */
import { makeIssue } from "../common/index.js";
import { ExperimentError } from "./errors.js";

/** Most replications of one configuration in one call (about 100 bytes of KPI values each). */
export const MAX_REPLICATIONS = 1_000_000;
/** Most results kept whole (`keepResults`): a gate result weighs about 70 KB (28 days). */
export const MAX_KEPT_RESULTS = 10_000;
/** Most points of one sweep grid (each row holds its KPI estimates, about 2 KB). */
export const MAX_SWEEP_POINTS = 100_000;
/** Most replications of one candidate of a capacity plan (its results are held together). */
export const MAX_PLAN_REPLICATIONS = 10_000;

/** Bytes of KPI values per replication and KPI, and per sweep row, for the estimates. */
const BYTES_PER_KPI_VALUE = 16;
const BYTES_PER_ROW = 2_000;

/**
 * Replications per call to the runner: enough to keep every worker busy (64 per thread), few
 * enough that a slice of results stays small (at least 256).
 */
export function sliceSize(concurrency: number): number {
  return Math.max(256, 64 * Math.max(1, concurrency));
}

/**
 * A count checked against its cap.
 *
 * @inline
 */
export interface SizeCheck {
  /** The option's path, e.g. "replications" or "grid". */
  readonly path: string;
  /** The count asked for. */
  readonly count: number;
  /** The documented cap. */
  readonly cap: number;
  /** What is counted, e.g. "replications" or "grid points". */
  readonly what: string;
}

/**
 * @throws {ExperimentError} TOO_LARGE listing every count above its cap.
 * @example
 * checkSizes("sweep", [{ path: "grid", count: 1e6, cap: MAX_SWEEP_POINTS, what: "grid points" }]);
 * // throws: sweep: grid: expected at most 100,000 grid points, received 1000000
 */
export function checkSizes(api: string, checks: readonly SizeCheck[]): void {
  const issues = checks
    .filter((check) => check.count > check.cap)
    .map((check) =>
      makeIssue(check.path, `at most ${whole(check.cap)} ${check.what}`, check.count),
    );
  if (issues.length > 0) throw new ExperimentError("TOO_LARGE", api, issues);
}

/** Memory an experiment holds for `replications` × `kpis` values and `rows` sweep rows, bytes. */
export function heldBytes(replications: number, kpis: number, rows = 0): number {
  return replications * kpis * BYTES_PER_KPI_VALUE + rows * BYTES_PER_ROW;
}

function whole(value: number): string {
  return Number.isFinite(value) ? Math.round(value).toLocaleString("en") : String(value);
}
