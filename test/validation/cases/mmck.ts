/** The M/M/c/K case (blocking) (not a test file itself). */
import { exponential } from "../../../src/random/index.js";
import { mmck } from "../../../src/stats/index.js";
import type { QueueEstimates } from "../models.js";
import { defineCase } from "../validation-case.js";
import { numberInSystem, queue, waitInQueue } from "./common.js";

// --- M/M/c/K --------------------------------------------------------------------------------

const mm26 = mmck({ arrivalRate: 2, serviceRate: 1, servers: 2, capacity: 6 });
export const MM2K6 = defineCase({
  id: "mm2k6-a2",
  title: "M/M/2/6 offered a = 2 Erlangs",
  masterSeed: 1401,
  quick: { replications: 20, warmupCustomers: 500, customers: 20_000 },
  long: { replications: 40, warmupCustomers: 1_000, customers: 100_000 },
  run: queue(2, 2, exponential({ mean: 1 }), 6),
  metrics: [
    {
      claim: "the share of blocked arrivals matches p_K",
      analytic: mm26.blockingProbability,
      estimate: (e: QueueEstimates) => e.blockingShare,
    },
    {
      claim: "mean wait in queue of admitted customers matches Lq / λ_eff",
      analytic: mm26.meanWaitInQueue,
      estimate: waitInQueue,
    },
    {
      claim: "time-average number in system matches Σ n·p_n",
      analytic: mm26.meanNumberInSystem,
      estimate: numberInSystem,
    },
  ],
});
