import { describe, expect, it } from "vitest";
import { exponential, lognormal, RandomStreams } from "../../src/random/index.js";
import { MM8_PROCESSES } from "./cases/index.js";
import { describeValidationCase } from "./harness.js";
import { runQueue, runQueueWithProcesses } from "./models.js";

describeValidationCase(MM8_PROCESSES, "quick");

describe("the callback and process APIs on common random numbers", () => {
  it("give every replication exactly the same mean wait and time in system", () => {
    for (const [servers, arrivalRate, service] of [
      [8, 7.2, exponential({ mean: 1 })],
      [1, 0.7, lognormal({ mean: 1, sd: 1.5 })],
    ] as const) {
      for (let k = 0; k < 3; k++) {
        const options = {
          servers,
          interarrival: exponential({ mean: 1 / arrivalRate }),
          service,
          warmupCustomers: 500,
          customers: 5_000,
        };
        const callbacks = runQueue(new RandomStreams(1702, k), options);
        const processes = runQueueWithProcesses(new RandomStreams(1702, k), options);
        const where = `M/G/${servers}, λ = ${arrivalRate}, ${service.describe()}, master seed 1702, replication ${k}`;
        expect(processes.meanWaitInQueue, where).toBe(callbacks.meanWaitInQueue);
        expect(processes.meanTimeInSystem, where).toBe(callbacks.meanTimeInSystem);
      }
    }
  });
});
