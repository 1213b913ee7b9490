/**
 * Queue lengths over time for the charts: the road, the yard and every station, sampled at the
 * start of each interval (hourly up to 90 days, daily beyond). The sampling event also marks
 * the start of each day for the backlog count.
 */

import { SECONDS_PER_DAY, SECONDS_PER_HOUR } from "../common/index.js";
import { type Simulation, SimulationError } from "../engine/index.js";
import type { GateRunResult } from "./results.js";
import type { Station } from "./station.js";
import type { Yard } from "./yard.js";

/** Sampled queue lengths. */
export class QueueSeries {
  readonly intervalHours: number;
  private readonly road: number[] = [];
  private readonly yard: number[] = [];
  private readonly stations: number[][];

  /** @throws SimulationError INVALID_ARGUMENT when `intervalHours` does not divide a day. */
  constructor(
    private readonly gate: { readonly yard: Yard; readonly stations: readonly Station[] },
    totalDays: number,
    intervalHours: number | undefined,
  ) {
    const interval = intervalHours ?? (totalDays <= 90 ? 1 : 24);
    if (!(Number.isInteger(interval) && interval >= 1 && 24 % interval === 0)) {
      throw new SimulationError(
        "INVALID_ARGUMENT",
        `runGate: seriesIntervalHours expected a divisor of 24 (1, 2, 3, 4, 6, 8, 12, 24), received ${interval}`,
      );
    }
    this.intervalHours = interval;
    this.stations = gate.stations.map(() => []);
  }

  /** Samples from time 0 until `endSeconds`; `onDayStart(day)` runs at each midnight first. */
  start(sim: Simulation, endSeconds: number, onDayStart: (day: number) => void): void {
    const interval = this.intervalHours * SECONDS_PER_HOUR;
    const sample = (): void => {
      const now = sim.now;
      if (now % SECONDS_PER_DAY === 0) onDayStart(now / SECONDS_PER_DAY);
      this.road.push(this.gate.yard.roadQueue);
      this.yard.push(this.gate.yard.occupied);
      for (const [i, station] of this.gate.stations.entries()) {
        this.stations[i]!.push(station.queueLength);
      }
      const next = now + Math.min(interval, SECONDS_PER_DAY - (now % SECONDS_PER_DAY));
      if (next < endSeconds) sim.scheduleAt(next, sample, undefined, -1);
    };
    sim.scheduleAt(0, sample, undefined, -1);
  }

  /** The series for the result. */
  result(): GateRunResult["queueOverTime"] {
    return {
      intervalHours: this.intervalHours,
      road: this.road,
      yard: this.yard,
      stations: Object.fromEntries(
        this.gate.stations.map((station, i) => [station.id, this.stations[i]!]),
      ),
    };
  }
}
