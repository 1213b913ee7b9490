/**
 * M/M/c through the kernel (issue #2): c servers, μ = 1, λ = ρ·c, a fixed number of customers.
 * The same model written five ways, so the table shows what each API layer costs:
 * - `callback`: `resource.seize(onGranted)` then `sim.schedule(service, release)`;
 * - `callback+alea`: the same, drawing from the library's random layer (alea stream +
 *   `exponential({ mean })`) instead of the shared xorshift draw: what a real model pays;
 * - `process`: generator processes, `yield <number>` holds and `yield resource.request()`;
 * - `process+timeout`: the same with `yield sim.timeout(d)` for every hold;
 * - `process+yield*`: the typed idiom `const req = yield* resource.request()`.
 * The mean wait is checked against Erlang C with a batch-means confidence interval.
 */
import { type ProcessBody, type Request, Resource, Simulation } from "../../dist/engine/index.js";
import { createStream, exponential } from "../../dist/random/index.js";
import { batchMeans, mmc } from "../../dist/stats/index.js";
import { exponentialSource } from "../harness/exp-source.js";
import { memoryMb, timed } from "../harness/measure.js";
import type { MmcVariant } from "./cases.js";

/** One M/M/c measurement (one child process). */
export interface MmcResult {
  readonly variant: MmcVariant;
  readonly c: number;
  readonly rho: number;
  readonly customers: number;
  /** Wall seconds of the timed run, and CPU seconds of the main thread meanwhile. */
  readonly seconds: number;
  readonly cpuSeconds: number;
  readonly customersPerS: number;
  /** Customers per main-thread CPU second: less sensitive to other load on the machine. */
  readonly customersPerCpuS: number;
  readonly events: number;
  readonly eventsPerS: number;
  readonly eventsPerCustomer: number;
  /** Mean wait in queue after deleting the first 1% of customers (warm-up). */
  readonly meanWait: number;
  /** Half-width of the 95% batch-means confidence interval (20 batches). */
  readonly meanWaitCi95: number;
  readonly erlangCWq: number;
  readonly pWait: number;
  readonly erlangCPWait: number;
  readonly rssMb: number;
  readonly peakRssMb: number;
  readonly heapUsedMb: number;
}

/** Customers of the untimed run that warms up the JIT before the timed run. */
const JIT_WARMUP_CUSTOMERS = 50_000;

/** Runs one untimed warm-up model, then the timed one, and checks the mean wait. */
export function runMmc(variant: MmcVariant, c: number, rho: number, customers: number): MmcResult {
  const lambda = rho * c;
  runModel(variant, c, lambda, JIT_WARMUP_CUSTOMERS, "warm-up");
  const { seconds, cpuSeconds, events, waits } = runModel(variant, c, lambda, customers, "timed");

  const skip = Math.floor(customers / 100);
  const kept = Array.from(waits.subarray(skip));
  const ci = batchMeans(kept, 20);
  let waited = 0;
  for (const w of kept) if (w > 0) waited += 1;
  const oracle = mmc({ arrivalRate: lambda, serviceRate: 1, servers: c });
  if (!oracle.stable) throw new Error(`M/M/c bench: rho = ${rho} is not stable`);
  return {
    variant,
    c,
    rho,
    customers,
    seconds,
    cpuSeconds,
    customersPerS: customers / seconds,
    customersPerCpuS: customers / cpuSeconds,
    events,
    eventsPerS: events / seconds,
    eventsPerCustomer: events / customers,
    meanWait: ci.mean ?? Number.NaN,
    meanWaitCi95: ci.halfWidth ?? Number.NaN,
    erlangCWq: oracle.meanWaitInQueue,
    pWait: waited / kept.length,
    erlangCPWait: oracle.probabilityWait,
    ...memoryMb(),
  };
}

interface Draws {
  readonly interarrival: () => number;
  readonly service: () => number;
}

function draws(variant: MmcVariant, lambda: number, seed: string): Draws {
  if (variant === "callback+alea") {
    const arrivals = createStream(`${seed}/arrivals`);
    const services = createStream(`${seed}/services`);
    const interarrival = exponential({ mean: 1 / lambda });
    const service = exponential({ mean: 1 });
    return {
      interarrival: () => interarrival.sample(arrivals),
      service: () => service.sample(services),
    };
  }
  const salt = seed === "timed" ? 0 : 7777;
  return {
    interarrival: exponentialSource(0x9e3779b1 + salt, 1 / lambda),
    service: exponentialSource(0x85ebca6b + salt, 1),
  };
}

function runModel(
  variant: MmcVariant,
  c: number,
  lambda: number,
  customers: number,
  seed: string,
): { seconds: number; cpuSeconds: number; events: number; waits: Float64Array } {
  const sim = new Simulation();
  const resource = new Resource(sim, { capacity: c });
  const waits = new Float64Array(customers);
  const { interarrival, service } = draws(variant, lambda, seed);
  if (variant === "callback" || variant === "callback+alea") {
    buildCallbackModel(sim, resource, customers, interarrival, service, waits);
  } else {
    buildProcessModel(sim, resource, customers, interarrival, service, waits, variant);
  }
  let events = 0;
  const { seconds, cpuSeconds } = timed(() => {
    events = sim.run().events;
  });
  if (resource.inUse !== 0 || resource.queueLength !== 0) {
    throw new Error(`M/M/c bench (${variant}): customers left in the system`);
  }
  return { seconds, cpuSeconds, events, waits };
}

function buildCallbackModel(
  sim: Simulation,
  resource: Resource,
  customers: number,
  interarrival: () => number,
  service: () => number,
  waits: Float64Array,
): void {
  let arrived = 0;
  let served = 0;
  const release = (request: Request): void => resource.release(request);
  const granted = (request: Request): void => {
    waits[served++] = sim.now - request.requestedAt;
    sim.schedule(service(), release, request);
  };
  const arrive = (): void => {
    resource.seize(granted);
    if (++arrived < customers) sim.schedule(interarrival(), arrive);
  };
  sim.schedule(interarrival(), arrive);
}

/** State shared by the generator functions of one process-style model. */
interface ProcessModel {
  readonly sim: Simulation;
  readonly resource: Resource;
  readonly customers: number;
  readonly interarrival: () => number;
  readonly service: () => number;
  readonly waits: Float64Array;
  served: number;
}

// perf: the generator functions live at module level, not inside the model builder. Every
// closure of a generator function has its own prototype, hence its own generator-object map: the
// warm-up model's closures and the timed model's would differ, and the kernel's `body.next` sites
// deoptimised ("wrong map", seen with --trace-deopt) when the timed run started.
function* customerLean(m: ProcessModel): ProcessBody {
  const arrivedAt = m.sim.now;
  const request = m.resource.request();
  yield request;
  m.waits[m.served++] = m.sim.now - arrivedAt;
  yield m.service();
  m.resource.release(request);
}

function* customerTimeout(m: ProcessModel): ProcessBody {
  const arrivedAt = m.sim.now;
  const request = m.resource.request();
  yield request;
  m.waits[m.served++] = m.sim.now - arrivedAt;
  yield m.sim.timeout(m.service());
  m.resource.release(request);
}

function* customerTyped(m: ProcessModel): ProcessBody {
  const arrivedAt = m.sim.now;
  const request = yield* m.resource.request();
  m.waits[m.served++] = m.sim.now - arrivedAt;
  yield m.service();
  m.resource.release(request);
}

function* sourceLean(m: ProcessModel, customer: (m: ProcessModel) => ProcessBody): ProcessBody {
  for (let i = 0; i < m.customers; i++) {
    yield m.interarrival();
    m.sim.process(customer(m));
  }
}

function* sourceTimeout(m: ProcessModel): ProcessBody {
  for (let i = 0; i < m.customers; i++) {
    yield m.sim.timeout(m.interarrival());
    m.sim.process(customerTimeout(m));
  }
}

function buildProcessModel(
  sim: Simulation,
  resource: Resource,
  customers: number,
  interarrival: () => number,
  service: () => number,
  waits: Float64Array,
  variant: MmcVariant,
): void {
  const m: ProcessModel = { sim, resource, customers, interarrival, service, waits, served: 0 };
  if (variant === "process+timeout") sim.process(sourceTimeout(m));
  else sim.process(sourceLean(m, variant === "process" ? customerLean : customerTyped));
}
