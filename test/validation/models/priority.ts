/** A single-server queue with priority classes, preemptive or not (not a test file itself). */
import {
  type Preempted,
  type Request,
  Resource,
  type ScheduledEvent,
  Simulation,
} from "../../../src/engine/index.js";
import type { Distribution, RandomStreams } from "../../../src/random/index.js";
import { checkRunLength, expectStopped, type RunLength } from "./run-length.js";

/** Options of {@link runPriorityQueue}: one server, priority classes. */
export interface PriorityQueueOptions extends RunLength {
  /** Time between consecutive arrivals of all classes together. */
  readonly interarrival: Distribution;
  /** Probability that an arrival belongs to each class; index 0 is served first. Sum 1. */
  readonly classShares: readonly number[];
  /** Service time, the same law for every class. */
  readonly service: Distribution;
  /**
   * Preemptive-resume when true: an arrival of a more urgent class takes the server from a less
   * urgent holder, which rejoins the line for its remaining work. Default false.
   */
  readonly preemptive?: boolean;
}

/** One replication's estimates from {@link runPriorityQueue}. */
export interface PriorityQueueEstimates {
  /**
   * Mean wait until service first starts, per class, of the measured customers (NaN if a class
   * had none).
   */
  readonly meanWaitByClass: readonly number[];
  /** Mean time from arrival to departure, per class. */
  readonly meanTimeInSystemByClass: readonly number[];
  /** Measured customers of each class. */
  readonly countByClass: readonly number[];
}

interface PriorityCustomer {
  readonly arrival: number;
  readonly priorityClass: number;
  readonly measured: boolean;
  /** Service still owed (all of it until first served; less after a preemption). */
  remaining: number;
  started: boolean;
  request: Request | null;
  departure: ScheduledEvent | null;
}

/**
 * A single-server queue with priority classes (Resource with discipline "priority", class index
 * as the priority value, optionally preemptive) on the callback fast path. The class of each
 * arrival is drawn from stream "class", so class k arrives as a thinned Poisson stream when the
 * interarrival law is exponential. A preempted customer's departure is cancelled and it requests
 * the server again for the work left (preemptive-resume), behind waiting customers of its class.
 *
 * @throws Error for a bad run length or shares, or when the run ends early.
 */
export function runPriorityQueue(
  streams: RandomStreams,
  options: PriorityQueueOptions,
): PriorityQueueEstimates {
  checkRunLength("runPriorityQueue", options);
  const { warmupCustomers: warmup, customers: n, interarrival, service, classShares } = options;
  const cumulative = cumulativeShares(classShares);
  const sim = new Simulation();
  const server = new Resource(sim, {
    capacity: 1,
    discipline: "priority",
    preemptive: options.preemptive ?? false,
    name: "server",
  });
  const arrivalStream = streams.stream("arrivals");
  const serviceStream = streams.stream("service");
  const classStream = streams.stream("class");
  const waitSums = classShares.map(() => 0);
  const sojournSums = classShares.map(() => 0);
  const counts = classShares.map(() => 0);
  let arrivals = 0;
  let done = 0;

  const depart = (customer: PriorityCustomer) => {
    server.release(customer.request!);
    if (customer.measured) {
      sojournSums[customer.priorityClass]! += sim.now - customer.arrival;
      done += 1;
      if (done === n) sim.stop();
    }
  };
  const arrive = () => {
    const index = arrivals++;
    sim.schedule(interarrival.sample(arrivalStream), arrive);
    const u = classStream.next();
    let priorityClass = 0;
    while (priorityClass < cumulative.length - 1 && u >= cumulative[priorityClass]!) {
      priorityClass += 1;
    }
    const customer: PriorityCustomer = {
      arrival: sim.now,
      priorityClass,
      measured: index >= warmup && index < warmup + n,
      remaining: service.sample(serviceStream),
      started: false,
      request: null,
      departure: null,
    };
    requestServer(customer);
  };
  const requestServer = (customer: PriorityCustomer) => {
    server.seize(
      (request) => {
        customer.request = request;
        if (!customer.started) {
          customer.started = true;
          if (customer.measured) {
            waitSums[customer.priorityClass]! += sim.now - customer.arrival;
            counts[customer.priorityClass]! += 1;
          }
        }
        customer.departure = sim.schedule(customer.remaining, depart, customer);
      },
      customer.priorityClass,
      (preempted: Preempted) => {
        sim.cancel(customer.departure!);
        customer.remaining -= sim.now - preempted.usageSince;
        requestServer(customer);
      },
    );
  };

  sim.schedule(interarrival.sample(arrivalStream), arrive);
  expectStopped("runPriorityQueue", sim.run().reason);
  return {
    meanWaitByClass: waitSums.map((sum, k) => sum / counts[k]!),
    meanTimeInSystemByClass: sojournSums.map((sum, k) => sum / counts[k]!),
    countByClass: counts,
  };
}

function cumulativeShares(shares: readonly number[]): number[] {
  let total = 0;
  const cumulative = shares.map((share) => {
    if (!(share >= 0)) throw new Error(`classShares: expected shares >= 0, received ${share}`);
    total += share;
    return total;
  });
  if (shares.length === 0 || Math.abs(total - 1) > 1e-9) {
    throw new Error(`classShares: expected at least one share and a sum of 1, received ${total}`);
  }
  return cumulative;
}
