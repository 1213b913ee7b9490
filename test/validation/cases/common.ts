/**
 * Helpers shared by the validation cases (not a test file itself).
 *
 * Time unit: the mean service time is 1 in every single-station case, so rates are per mean
 * service time. Warm-ups are many relaxation times long (about 1 / (cμ(1 - √ρ)²)). Each case has
 * its own master seed so that the cases do not share random numbers.
 */
import { type Distribution, exponential, type RandomStreams } from "../../../src/random/index.js";
import type { QueueMetrics, StableQueueMetrics } from "../../../src/stats/index.js";
import { type QueueEstimates, type RunLength, runQueue } from "../models.js";

/** The metrics of a stable queue; throws for an overloaded one (a mistake in the case). */
export function stable(metrics: QueueMetrics): StableQueueMetrics {
  if (!metrics.stable) throw new Error(`expected a stable queue, got ρ = ${metrics.utilisation}`);
  return metrics;
}

/** Exponential interarrival times of a Poisson stream of `arrivalRate` per time unit. */
export function poisson(arrivalRate: number): Distribution {
  return exponential({ mean: 1 / arrivalRate });
}

/** A c-server FIFO queue (capacity K if given) with Poisson arrivals, on the callback path. */
export function queue(
  servers: number,
  arrivalRate: number,
  service: Distribution,
  capacity?: number,
): (streams: RandomStreams, length: RunLength) => QueueEstimates {
  const interarrival = poisson(arrivalRate);
  return (streams, length) =>
    runQueue(
      streams,
      capacity === undefined
        ? { servers, interarrival, service, ...length }
        : { servers, interarrival, service, capacity, ...length },
    );
}

export const waitInQueue = (e: QueueEstimates) => e.meanWaitInQueue;
export const timeInSystem = (e: QueueEstimates) => e.meanTimeInSystem;
export const numberInSystem = (e: QueueEstimates) => e.meanNumberInSystem;
