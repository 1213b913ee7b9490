/** Two multi-server stations in series on the callback fast path (not a test file itself). */
import { type Request, Resource, Simulation } from "../../../src/engine/index.js";
import type { Distribution, RandomStreams } from "../../../src/random/index.js";
import { checkRunLength, expectStopped, type RunLength } from "./run-length.js";

/** One station of {@link runTandem}. */
export interface TandemStage {
  readonly servers: number;
  readonly service: Distribution;
}

/** Options of {@link runTandem}: two FIFO multi-server stations in series. */
export interface TandemOptions extends RunLength {
  readonly interarrival: Distribution;
  readonly first: TandemStage;
  readonly second: TandemStage;
}

/** One replication's estimates from {@link runTandem}. */
export interface TandemEstimates {
  /** Mean time from arrival at the first station to departure from the second. */
  readonly meanTimeInSystem: number;
  readonly meanWaitFirst: number;
  readonly meanWaitSecond: number;
}

interface TandemCustomer {
  readonly arrival: number;
  readonly service1: number;
  readonly service2: number;
  readonly measured: boolean;
  arrivalSecond: number;
  request: Request | null;
}

/**
 * Two stations in tandem (G/G/c1 → G/G/c2, FIFO, unlimited waiting rooms) on the callback fast
 * path. Service times come from streams "service" and "service-2", both drawn on arrival.
 *
 * @throws Error for a bad run length or when the run ends before every measured customer left.
 */
export function runTandem(streams: RandomStreams, options: TandemOptions): TandemEstimates {
  checkRunLength("runTandem", options);
  const { warmupCustomers: warmup, customers: n, interarrival, first, second } = options;
  const sim = new Simulation();
  const station1 = new Resource(sim, { capacity: first.servers, name: "station-1" });
  const station2 = new Resource(sim, { capacity: second.servers, name: "station-2" });
  const arrivalStream = streams.stream("arrivals");
  const serviceStream1 = streams.stream("service");
  const serviceStream2 = streams.stream("service-2");
  let arrivals = 0;
  let done = 0;
  let wait1 = 0;
  let wait2 = 0;
  let sojournSum = 0;

  const leave = (customer: TandemCustomer) => {
    station2.release(customer.request!);
    if (customer.measured) {
      sojournSum += sim.now - customer.arrival;
      done += 1;
      if (done === n) sim.stop();
    }
  };
  const finishFirst = (customer: TandemCustomer) => {
    station1.release(customer.request!);
    customer.arrivalSecond = sim.now;
    station2.seize((request) => {
      customer.request = request;
      if (customer.measured) wait2 += sim.now - customer.arrivalSecond;
      sim.schedule(customer.service2, leave, customer);
    });
  };
  const arrive = () => {
    const index = arrivals++;
    sim.schedule(interarrival.sample(arrivalStream), arrive);
    const customer: TandemCustomer = {
      arrival: sim.now,
      service1: first.service.sample(serviceStream1),
      service2: second.service.sample(serviceStream2),
      measured: index >= warmup && index < warmup + n,
      arrivalSecond: -1,
      request: null,
    };
    station1.seize((request) => {
      customer.request = request;
      if (customer.measured) wait1 += sim.now - customer.arrival;
      sim.schedule(customer.service1, finishFirst, customer);
    });
  };

  sim.schedule(interarrival.sample(arrivalStream), arrive);
  expectStopped("runTandem", sim.run().reason);
  return { meanTimeInSystem: sojournSum / n, meanWaitFirst: wait1 / n, meanWaitSecond: wait2 / n };
}
