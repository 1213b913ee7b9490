/**
 * What one run of a corridor reports: every gate's full result and the corridor's totals. Plain
 * JSON-safe data with units in the field names; statistics that do not exist are `null`.
 */
import type { GateRunResult } from "../gate/results.js";

/** One gate of the corridor over the run. */
export interface CorridorGateResult {
  /** The gate's id in the corridor. */
  readonly id: string;
  /** Trucks of the corridor's demand the routing sent to this gate first. */
  readonly routedTrucks: number;
  /** Trucks refused elsewhere that were diverted to this gate. */
  readonly divertedInTrucks: number;
  /** Trucks refused here (turned away or balked) that were diverted to another gate. */
  readonly divertedOutTrucks: number;
  /**
   * The gate's own result, as a gate run reports it (its `arrived` counts every truck that came,
   * refused ones included); its `warnings` are computed at the trucks per day it received.
   */
  readonly result: GateRunResult;
}

/** The corridor's totals: every truck once, from its arrival in the corridor. */
export interface CorridorTotals {
  /** Trucks already at the gates at the start (their initial states). */
  readonly initial: number;
  /** Trucks of the corridor's demand that arrived during the run. */
  readonly arrived: number;
  /** Trucks that cleared a gate. */
  readonly cleared: number;
  /** Trucks that left without clearing: refused with no gate left to try, or reneged. */
  readonly lost: number;
  /** Diversions: a truck refused at a gate driving on to another (a truck may count twice). */
  readonly diverted: number;
  /** Trucks in a gate's system when the run ended. */
  readonly inSystemAtEnd: number;
  /** Trucks on their way to a gate when the run ended (waiting for a slot, or driving on). */
  readonly enRouteAtEnd: number;
  /** Trucks cleared per day over the horizon, all gates together. */
  readonly meanClearedPerDay: number;
  /**
   * Mean time from arrival in the corridor to exit of the cleared trucks, hours (slot waits and
   * diversion drives included; warm-up arrivals left out); null when none cleared.
   */
  readonly meanTimeInSystemHours: number | null;
  /** 90th percentile of that time, hours. */
  readonly p90TimeInSystemHours: number | null;
  /** Spoiled perishables at all gates (each gate counts from the truck's arrival at it). */
  readonly spoiled: number;
}

/** The result of one run of a corridor. */
export interface CorridorRunResult {
  /** The corridor's name. */
  readonly corridor: string;
  /** The master seed. */
  readonly seed: string;
  /** The replication index. */
  readonly replication: number;
  /** The routing kind. */
  readonly routing: string;
  /** Days of arrivals simulated. */
  readonly horizonDays: number;
  /** Every gate, in corridor order. */
  readonly gates: readonly CorridorGateResult[];
  /** The corridor as a whole. */
  readonly totals: CorridorTotals;
}
