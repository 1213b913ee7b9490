/** The c-server FIFO queue written with generator processes (not a test file itself). */
import { Resource, Simulation } from "../../../src/engine/index.js";
import type { Distribution, RandomStreams } from "../../../src/random/index.js";
import { checkRunLength, expectStopped, type RunLength } from "./run-length.js";

/** Options of {@link runQueueWithProcesses}: a G/G/c FIFO queue, unlimited waiting room. */
export interface ProcessQueueOptions extends RunLength {
  readonly servers: number;
  readonly interarrival: Distribution;
  readonly service: Distribution;
}

/** One replication's estimates from {@link runQueueWithProcesses}. */
export interface ProcessQueueEstimates {
  readonly meanWaitInQueue: number;
  readonly meanTimeInSystem: number;
}

/**
 * The same c-server FIFO queue as {@link runQueue}, written with generator processes: a source
 * process holds for each interarrival time and starts one process per customer, which waits
 * with `yield* server.request()`, holds for its service and releases. Same streams, same draw
 * order, so on equal streams it sees exactly the customers {@link runQueue} sees.
 *
 * @throws Error for a bad run length or when the run ends before every measured customer left.
 */
export function runQueueWithProcesses(
  streams: RandomStreams,
  options: ProcessQueueOptions,
): ProcessQueueEstimates {
  checkRunLength("runQueueWithProcesses", options);
  const { warmupCustomers: warmup, customers: n, interarrival, service } = options;
  const sim = new Simulation();
  const server = new Resource(sim, { capacity: options.servers, name: "server" });
  const arrivalStream = streams.stream("arrivals");
  const serviceStream = streams.stream("service");
  let done = 0;
  let waitSum = 0;
  let sojournSum = 0;

  function* customer(measured: boolean) {
    const arrival = sim.now;
    const serviceTime = service.sample(serviceStream);
    const request = yield* server.request();
    if (measured) waitSum += sim.now - arrival;
    yield serviceTime;
    server.release(request);
    if (measured) {
      sojournSum += sim.now - arrival;
      done += 1;
      if (done === n) sim.stop();
    }
  }
  function* source() {
    for (let index = 0; ; index++) {
      yield interarrival.sample(arrivalStream);
      sim.process(customer(index >= warmup && index < warmup + n));
    }
  }

  sim.process(source());
  expectStopped("runQueueWithProcesses", sim.run().reason);
  return { meanWaitInQueue: waitSum / n, meanTimeInSystem: sojournSum / n };
}
