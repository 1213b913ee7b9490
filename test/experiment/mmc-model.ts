/**
 * A small M/M/c test model for the experiment layer (not a test file itself), on the kernel's
 * callback fast path. Customer i's interarrival and service times come from the named streams
 * "arrivals" and "service" and are drawn on arrival, so every server count sees the same
 * customers (common random numbers). Arrivals stop after the last measured customer; in FCFS
 * later arrivals cannot change an earlier customer's wait, so the run simply drains.
 *
 * The worker-pool test transpiles this file to plain JS with its `../../src/` imports pointed
 * at `dist/`, so serial and parallel runs execute the same code; the worker-loading test has the
 * workers import this TypeScript file itself, through tsx's loader.
 */
import { type Request, Resource, Simulation } from "../../src/engine/index.js";
import type { ExperimentModel, KpiDefinition } from "../../src/experiment/index.js";
import { exponential, RandomStreams } from "../../src/random/index.js";

/** An M/M/c queue and its run length. Rates per unit time. */
export interface MmcConfig {
  readonly arrivalRate: number;
  readonly serviceRate: number;
  readonly servers: number;
  /** Customers discarded at the start (the queue starts empty). */
  readonly warmupCustomers: number;
  /** Customers measured after the warm-up. */
  readonly customers: number;
}

/** One replication's estimates (plain data: survives structured cloning). */
export interface MmcResult {
  /** Mean wait in queue of the measured customers (Wq). */
  readonly meanWait: number;
  /** Mean time in system of the measured customers (W). */
  readonly meanSojourn: number;
  /** Mean wait of the measured customers who waited at all; null when nobody waited. */
  readonly meanWaitOfWaiters: number | null;
  /** Arrival time of the last measured customer (identical across server counts under CRN). */
  readonly lastArrival: number;
  readonly measured: number;
}

interface Customer {
  readonly arrival: number;
  readonly service: number;
  readonly measured: boolean;
  request: Request | null;
}

/** Runs one replication of an M/M/c queue. */
export function runMmc(config: MmcConfig, seed: string, replication: number): MmcResult {
  const streams = new RandomStreams(seed, replication);
  const arrivalStream = streams.stream("arrivals");
  const serviceStream = streams.stream("service");
  const interarrival = exponential({ mean: 1 / config.arrivalRate });
  const service = exponential({ mean: 1 / config.serviceRate });
  const total = config.warmupCustomers + config.customers;
  const sim = new Simulation();
  const server = new Resource(sim, { capacity: config.servers, name: "server" });
  let arrivals = 0;
  let waitSum = 0;
  let sojournSum = 0;
  let waiters = 0;
  let lastArrival = 0;

  const depart = (customer: Customer) => {
    server.release(customer.request!);
    if (customer.measured) sojournSum += sim.now - customer.arrival;
  };
  const arrive = () => {
    const now = sim.now;
    const index = arrivals++;
    const measured = index >= config.warmupCustomers;
    if (measured) lastArrival = now;
    if (arrivals < total) sim.schedule(interarrival.sample(arrivalStream), arrive);
    const customer: Customer = {
      arrival: now,
      service: service.sample(serviceStream),
      measured,
      request: null,
    };
    server.seize((request) => {
      customer.request = request;
      const wait = sim.now - customer.arrival;
      if (measured) {
        waitSum += wait;
        if (wait > 0) waiters += 1;
      }
      sim.schedule(customer.service, depart, customer);
    });
  };
  sim.schedule(interarrival.sample(arrivalStream), arrive);
  sim.run();
  const n = config.customers;
  return {
    meanWait: waitSum / n,
    meanSojourn: sojournSum / n,
    meanWaitOfWaiters: waiters > 0 ? waitSum / waiters : null,
    lastArrival,
    measured: n,
  };
}

/** The M/M/c queue as an experiment model. */
export const mmcModel: ExperimentModel<MmcConfig, MmcResult> = { name: "mmc", run: runMmc };

/** KPIs of {@link MmcResult}. */
export const mmcKpis: readonly KpiDefinition<MmcResult>[] = [
  {
    key: "meanWait",
    label: "Mean wait in queue",
    unit: "h",
    higherIsBetter: false,
    read: (r) => r.meanWait,
  },
  {
    key: "meanSojourn",
    label: "Mean time in system",
    unit: "h",
    higherIsBetter: false,
    read: (r) => r.meanSojourn,
  },
  {
    key: "meanWaitOfWaiters",
    label: "Mean wait of those who waited",
    unit: "h",
    higherIsBetter: false,
    read: (r) => r.meanWaitOfWaiters,
  },
  {
    key: "lastArrival",
    label: "Last measured arrival",
    unit: "h",
    higherIsBetter: false,
    read: (r) => r.lastArrival,
  },
];
