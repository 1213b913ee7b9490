/**
 * A c-server FIFO queue with optional finite capacity on the kernel's callback fast path
 * (not a test file itself).
 */
import { type Request, Resource, Simulation } from "../../../src/engine/index.js";
import type { Distribution, RandomStreams } from "../../../src/random/index.js";
import { TimeWeighted } from "../../../src/stats/index.js";
import { checkRunLength, expectStopped, type RunLength } from "./run-length.js";

/** Options of {@link runQueue}: a G/G/c or G/G/c/K FIFO queue. */
export interface QueueOptions extends RunLength {
  /** c, the number of identical servers. */
  readonly servers: number;
  /** Time between consecutive arrivals (model time unit). */
  readonly interarrival: Distribution;
  /** Service time (model time unit). */
  readonly service: Distribution;
  /** K, most customers in the system at once (servers included); default unlimited. */
  readonly capacity?: number;
}

/** One replication's estimates from {@link runQueue}; times in the model time unit. */
export interface QueueEstimates {
  /** Mean wait before service of the admitted measured customers (Wq). */
  readonly meanWaitInQueue: number;
  /** Mean time in system of the admitted measured customers (W). */
  readonly meanTimeInSystem: number;
  /**
   * Time-average number in system (L) over the measurement window: from the arrival of the
   * first measured customer to the arrival of the first customer after them.
   */
  readonly meanNumberInSystem: number;
  /** Arrivals per unit time observed in the window (admitted and blocked), N / window length. */
  readonly arrivalRate: number;
  /** Share of measured arrivals that found K in the system and were turned away. */
  readonly blockingShare: number;
  /** Measured customers admitted. */
  readonly admitted: number;
  /** Length of the measurement window (time unit). */
  readonly windowLength: number;
}

/** A customer of the single-station models. */
interface Customer {
  readonly arrival: number;
  readonly service: number;
  readonly measured: boolean;
  request: Request | null;
}

/**
 * A c-server FIFO queue with optional finite capacity K, on the callback fast path
 * (`sim.schedule` + `Resource.seize`).
 *
 * The number in system is a counter reported to a {@link TimeWeighted} at every change; the
 * observer is reset when the warm-up ends.
 *
 * @throws Error for a bad run length or when the run ends before every measured customer left.
 */
export function runQueue(streams: RandomStreams, options: QueueOptions): QueueEstimates {
  checkRunLength("runQueue", options);
  const { warmupCustomers: warmup, customers: n, interarrival, service } = options;
  const capacity = options.capacity ?? Number.POSITIVE_INFINITY;
  const windowClose = warmup + n;
  const sim = new Simulation();
  const server = new Resource(sim, { capacity: options.servers, name: "server" });
  const arrivalStream = streams.stream("arrivals");
  const serviceStream = streams.stream("service");
  const numberInSystem = new TimeWeighted(0, 0);

  let arrivals = 0;
  let inSystem = 0;
  let windowStart = 0;
  let windowEnd = -1;
  let meanNumber = 0;
  let done = 0;
  let blocked = 0;
  let waitSum = 0;
  let sojournSum = 0;

  const stopWhenDone = () => {
    if (done === n && windowEnd >= 0) sim.stop();
  };
  const depart = (customer: Customer) => {
    server.release(customer.request!);
    inSystem -= 1;
    numberInSystem.update(sim.now, inSystem);
    if (customer.measured) {
      sojournSum += sim.now - customer.arrival;
      done += 1;
      stopWhenDone();
    }
  };
  const arrive = () => {
    const now = sim.now;
    const index = arrivals++;
    if (index === warmup) {
      numberInSystem.reset(now);
      windowStart = now;
    } else if (index === windowClose) {
      meanNumber = numberInSystem.mean(now)!;
      windowEnd = now;
      stopWhenDone();
    }
    sim.schedule(interarrival.sample(arrivalStream), arrive);
    const measured = index >= warmup && index < windowClose;
    const customer: Customer = {
      arrival: now,
      service: service.sample(serviceStream),
      measured,
      request: null,
    };
    if (inSystem >= capacity) {
      if (measured) {
        blocked += 1;
        done += 1;
        stopWhenDone();
      }
      return;
    }
    inSystem += 1;
    numberInSystem.update(now, inSystem);
    server.seize((request) => {
      customer.request = request;
      if (measured) waitSum += sim.now - customer.arrival;
      sim.schedule(customer.service, depart, customer);
    });
  };

  sim.schedule(interarrival.sample(arrivalStream), arrive);
  expectStopped("runQueue", sim.run().reason);
  const admitted = n - blocked;
  const windowLength = windowEnd - windowStart;
  return {
    meanWaitInQueue: admitted > 0 ? waitSum / admitted : 0,
    meanTimeInSystem: admitted > 0 ? sojournSum / admitted : 0,
    meanNumberInSystem: meanNumber,
    arrivalRate: n / windowLength,
    blockingShare: blocked / n,
    admitted,
    windowLength,
  };
}
