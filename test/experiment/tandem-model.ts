/**
 * A two-station tandem of M/M/c queues for the capacity planner's tests (not a test file
 * itself): Poisson arrivals, exponential service at station 1 then station 2, FCFS, on the
 * kernel's callback path. Customer i's interarrival and both service times come from named
 * streams and are drawn on arrival, so every pair of server counts sees the same customers
 * (common random numbers). By Jackson's theorem the mean time in system is the sum of two
 * M/M/c sojourns.
 */
import { type Request, Resource, Simulation } from "../../src/engine/index.js";
import type { ExperimentModel, KpiDefinition } from "../../src/experiment/index.js";
import { exponential, RandomStreams } from "../../src/random/index.js";

/** The tandem and its run length; rates per unit time. */
export interface TandemConfig {
  readonly arrivalRate: number;
  readonly serviceRates: readonly [number, number];
  readonly servers: readonly [number, number];
  /** Customers discarded at the start (the system starts empty). */
  readonly warmupCustomers: number;
  /** Customers measured after the warm-up. */
  readonly customers: number;
}

/** One replication's estimate. */
export interface TandemResult {
  /** Mean time in system of the measured customers. */
  readonly meanSojourn: number;
}

/** Runs one replication of the tandem. */
export function runTandem(config: TandemConfig, seed: string, replication: number): TandemResult {
  const streams = new RandomStreams(seed, replication);
  const arrivalStream = streams.stream("arrivals");
  const serviceStreams = [streams.stream("service-1"), streams.stream("service-2")];
  const interarrival = exponential({ mean: 1 / config.arrivalRate });
  const laws = config.serviceRates.map((rate) => exponential({ mean: 1 / rate }));
  const sim = new Simulation();
  const stations = config.servers.map(
    (capacity, i) => new Resource(sim, { capacity, name: `station-${i + 1}` }),
  );
  const total = config.warmupCustomers + config.customers;
  let arrivals = 0;
  let sojournSum = 0;

  const visit = (arrival: number, services: readonly number[], measured: boolean, at: number) => {
    stations[at]!.seize((request: Request) => {
      sim.schedule(services[at]!, () => {
        stations[at]!.release(request);
        if (at + 1 < stations.length) visit(arrival, services, measured, at + 1);
        else if (measured) sojournSum += sim.now - arrival;
      });
    });
  };
  const arrive = () => {
    const index = arrivals++;
    if (arrivals < total) sim.schedule(interarrival.sample(arrivalStream), arrive);
    const services = laws.map((law, i) => law.sample(serviceStreams[i]!));
    visit(sim.now, services, index >= config.warmupCustomers, 0);
  };
  sim.schedule(interarrival.sample(arrivalStream), arrive);
  sim.run();
  return { meanSojourn: sojournSum / config.customers };
}

/** The tandem as an experiment model. */
export const tandemModel: ExperimentModel<TandemConfig, TandemResult> = {
  name: "tandem",
  run: runTandem,
};

/** KPIs of {@link TandemResult}. */
export const tandemKpis: readonly KpiDefinition<TandemResult>[] = [
  {
    key: "meanSojourn",
    label: "Mean time in system",
    unit: "h",
    higherIsBetter: false,
    read: (r) => r.meanSojourn,
  },
];
