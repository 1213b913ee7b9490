/** Options of one run of the gate model. */
import type { Simulation } from "../engine/index.js";
import type { RandomStreams } from "../random/index.js";
import type { TruckRecord } from "./results.js";
import type { GateTraceEntry } from "./trace.js";

/** Options of one run. */
export interface GateRunOptions {
  /** Master seed of the random streams (default "gatesim"). */
  readonly seed?: string | number;
  /** Replication index: independent streams per index (default 0). */
  readonly replication?: number;
  /** Called with each truck's Time Release Study record as it exits (streamed, not kept). */
  readonly onTruck?: (record: TruckRecord) => void;
  /** Sampling interval of `queueOverTime`, hours (default 1 up to 90 days, else 24). */
  readonly seriesIntervalHours?: number;
  /**
   * Called with each entry of the run's event log (arrivals, queues, services, detours,
   * outages, staffing changes, exits), streamed, not kept; omitted: no log, no cost.
   */
  readonly trace?: (entry: GateTraceEntry) => void;
  /** Most trace entries written; past it, one `truncated` entry counts the rest (default 1,000,000). */
  readonly traceLimit?: number;
  /**
   * Called after each simulated day with the simulated seconds reached and the run's end, in
   * seconds (for a progress bar); the run's events and results are the same with or without it.
   */
  readonly onProgress?: (simulatedSeconds: number, endSeconds: number) => void;
  /**
   * Event budget: past it the run stops with SimulationError EVENT_BUDGET_EXCEEDED naming the
   * simulated time reached (default: `gateEventBudget(scenario)`, ten times the events the
   * scenario's trucks, staffing and outages are expected to need).
   */
  readonly maxEvents?: number;
  /**
   * Most trucks in the system at once (waiting or in service, about 500 bytes each); past it the run
   * stops with SimulationError MEMORY_BUDGET_EXCEEDED (default 2,000,000).
   */
  readonly maxTrucksInSystem?: number;
}

/**
 * How a gate runs inside a larger model (a corridor of gates): the simulation and the random
 * streams it shares, and whether its trucks come from the host (`inject`) instead of its own
 * arrivals. Internal: the public entry points are `runGate` and the corridor model.
 */
export interface GateHost {
  readonly sim: Simulation;
  readonly streams: RandomStreams;
  /** True: the gate starts no arrivals of its own; the host injects its trucks. */
  readonly externalArrivals: boolean;
}
