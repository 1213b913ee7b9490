/**
 * The two-class priority cases: non-preemptive (Cobham) and preemptive-resume (not a test file
 * itself).
 */
import { exponential, type RandomStreams } from "../../../src/random/index.js";
import { mm1PriorityNonPreemptive, mmc } from "../../../src/stats/index.js";
import { type PriorityQueueEstimates, type RunLength, runPriorityQueue } from "../models.js";
import { defineCase } from "../validation-case.js";
import { poisson, stable } from "./common.js";

// --- Non-preemptive priority (Cobham) -------------------------------------------------------

const priority = mm1PriorityNonPreemptive({
  classes: [{ arrivalRate: 0.3 }, { arrivalRate: 0.5 }],
  serviceRate: 1,
});
const classWait = (k: number) => priority.classes[k]!.meanWaitInQueue!;
export const PRIORITY = defineCase({
  id: "priority-2class-rho0.8",
  title: "M/M/1 non-preemptive priority, λ = (0.3, 0.5), μ = 1",
  masterSeed: 1601,
  quick: { replications: 25, warmupCustomers: 2_000, customers: 60_000 },
  long: { replications: 40, warmupCustomers: 5_000, customers: 200_000 },
  run: (streams: RandomStreams, length: RunLength): PriorityQueueEstimates =>
    runPriorityQueue(streams, {
      interarrival: poisson(0.8),
      classShares: [0.3 / 0.8, 0.5 / 0.8],
      service: exponential({ mean: 1 }),
      ...length,
    }),
  metrics: [
    {
      claim: "the urgent class waits W0 / (1 − σ1) (Cobham)",
      analytic: classWait(0),
      estimate: (e: PriorityQueueEstimates) => e.meanWaitByClass[0]!,
    },
    {
      claim: "the other class waits W0 / ((1 − σ1)(1 − σ2)) (Cobham)",
      analytic: classWait(1),
      estimate: (e: PriorityQueueEstimates) => e.meanWaitByClass[1]!,
    },
  ],
});

// --- Preemptive-resume priority -------------------------------------------------------------

// The urgent class never sees the other one: it is an M/M/1 queue at λ0 = 0.3. The server is
// work-conserving and service is memoryless, so the total number in system is that of the FCFS
// M/M/1 at λ = 0.8; Little's law per class then gives the other class:
// W1 = (λ·W − λ0·W0) / λ1.
const urgentAlone = stable(mmc({ arrivalRate: 0.3, serviceRate: 1, servers: 1 }));
const allTogether = stable(mmc({ arrivalRate: 0.8, serviceRate: 1, servers: 1 }));
const preemptedClassTime =
  (0.8 * allTogether.meanTimeInSystem - 0.3 * urgentAlone.meanTimeInSystem) / 0.5;
export const PRIORITY_PREEMPTIVE = defineCase({
  id: "priority-preemptive-2class-rho0.8",
  title: "M/M/1 preemptive-resume priority, λ = (0.3, 0.5), μ = 1",
  masterSeed: 1602,
  quick: { replications: 25, warmupCustomers: 2_000, customers: 60_000 },
  long: { replications: 40, warmupCustomers: 5_000, customers: 200_000 },
  run: (streams: RandomStreams, length: RunLength): PriorityQueueEstimates =>
    runPriorityQueue(streams, {
      interarrival: poisson(0.8),
      classShares: [0.3 / 0.8, 0.5 / 0.8],
      service: exponential({ mean: 1 }),
      preemptive: true,
      ...length,
    }),
  metrics: [
    {
      claim: "the urgent class spends the M/M/1 time 1/(μ − λ0) in system",
      analytic: urgentAlone.meanTimeInSystem,
      estimate: (e: PriorityQueueEstimates) => e.meanTimeInSystemByClass[0]!,
    },
    {
      claim: "the preempted class spends (λ·W − λ0·W0)/λ1 in system (conservation)",
      analytic: preemptedClassTime,
      estimate: (e: PriorityQueueEstimates) => e.meanTimeInSystemByClass[1]!,
    },
  ],
});
