/** The result of one gate run, read off its parts when the run has ended. */
import { SECONDS_PER_DAY } from "../common/index.js";
import type { Simulation } from "../engine/index.js";
import type { RandomStreams } from "../random/index.js";
import type { QueueSeries } from "./queue-series.js";
import type { GateRunResult } from "./results.js";
import type { Scenario } from "./scenario/schema.js";
import type { Station } from "./station.js";
import type { TruckLedger } from "./truck-ledger.js";
import { gateWarnings } from "./warnings.js";
import type { Yard } from "./yard.js";

/** What a finished run is summarised from. */
export interface FinishedRun {
  readonly scenario: Scenario;
  readonly sim: Simulation;
  readonly streams: RandomStreams;
  readonly endSeconds: number;
  readonly stations: readonly Station[];
  readonly yard: Yard;
  readonly ledger: TruckLedger;
  readonly series: QueueSeries;
}

/** The KPIs of a finished run. */
export function gateResult(run: FinishedRun): GateRunResult {
  const { scenario, endSeconds } = run;
  const { segments, ...trucks } = run.ledger.summary(endSeconds, run.yard.roadQueue);
  const warmupDays = scenario.warmupDays ?? 0;
  return {
    scenario: scenario.name,
    seed: String(run.streams.masterSeed),
    replication: run.streams.replicationIndex,
    horizonDays: scenario.horizonDays,
    drainDays: scenario.drainDays ?? 0,
    warmupDays,
    ...trucks,
    stations: run.stations.map((station) => station.kpis(endSeconds)),
    yard: run.yard.kpis(warmupDays * SECONDS_PER_DAY, endSeconds),
    segments,
    queueOverTime: run.series.result(),
    events: run.sim.eventsProcessed,
    warnings: gateWarnings(scenario),
  };
}
