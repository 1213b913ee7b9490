/**
 * What the Time Release Study breakdown and the compare page's "same trucks" check read of a
 * run, kept for every replication: a few hundred bytes each, where whole results (≈ 70 KB for
 * 28 days) are streamed past and dropped, so memory stays bounded whatever `--replications`.
 */
import type { GateRunResult } from "../gate/index.js";

/**
 * The slim copy of `run`: replication, horizon, truck counts, arrivals per day, the segments
 * and the trucks cleared. Typed as a result because only those fields are read of it (by
 * `trsBreakdown` and `sameTrucks`); never hand it to anything that reads more.
 */
export function slimRun(run: GateRunResult): GateRunResult {
  const slim = {
    replication: run.replication,
    horizonDays: run.horizonDays,
    trucks: run.trucks,
    throughput: { arrivedPerDay: run.throughput.arrivedPerDay },
    segments: run.segments,
    timeInSystem: { cleared: run.timeInSystem.cleared },
  };
  return slim as unknown as GateRunResult;
}
