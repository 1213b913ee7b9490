/**
 * M/M/1 and M/M/c cases, on the callback path and with generator processes (not a test file
 * itself).
 */
import { exponential, type RandomStreams } from "../../../src/random/index.js";
import { mmc } from "../../../src/stats/index.js";
import { type QueueEstimates, type RunLength, runQueueWithProcesses } from "../models.js";
import { defineCase } from "../validation-case.js";
import { numberInSystem, poisson, queue, stable, timeInSystem, waitInQueue } from "./common.js";

// --- M/M/1 ----------------------------------------------------------------------------------

const mm1Half = stable(mmc({ arrivalRate: 0.5, serviceRate: 1, servers: 1 }));
export const MM1_RHO_05 = defineCase({
  id: "mm1-rho0.5",
  title: "M/M/1 at ρ = 0.5",
  masterSeed: 1101,
  quick: { replications: 20, warmupCustomers: 1_000, customers: 20_000 },
  long: { replications: 40, warmupCustomers: 2_000, customers: 100_000 },
  run: queue(1, 0.5, exponential({ mean: 1 })),
  metrics: [
    {
      claim: "mean wait in queue Wq matches ρ/(μ − λ)",
      analytic: mm1Half.meanWaitInQueue,
      estimate: waitInQueue,
    },
    {
      claim: "mean time in system W matches 1/(μ − λ)",
      analytic: mm1Half.meanTimeInSystem,
      estimate: timeInSystem,
    },
    {
      claim: "time-average number in system L matches ρ/(1 − ρ)",
      analytic: mm1Half.meanNumberInSystem,
      estimate: numberInSystem,
    },
  ],
});

const mm1Heavy = stable(mmc({ arrivalRate: 0.9, serviceRate: 1, servers: 1 }));
export const MM1_RHO_09 = defineCase({
  id: "mm1-rho0.9",
  title: "M/M/1 at ρ = 0.9",
  masterSeed: 1102,
  quick: { replications: 25, warmupCustomers: 10_000, customers: 100_000 },
  long: { replications: 40, warmupCustomers: 20_000, customers: 250_000 },
  run: queue(1, 0.9, exponential({ mean: 1 })),
  metrics: [
    {
      claim: "mean wait in queue Wq matches ρ/(μ − λ)",
      analytic: mm1Heavy.meanWaitInQueue,
      estimate: waitInQueue,
    },
    {
      claim: "mean time in system W matches 1/(μ − λ)",
      analytic: mm1Heavy.meanTimeInSystem,
      estimate: timeInSystem,
    },
    {
      claim: "time-average number in system L matches ρ/(1 − ρ)",
      analytic: mm1Heavy.meanNumberInSystem,
      estimate: numberInSystem,
    },
  ],
});

// --- M/M/c ----------------------------------------------------------------------------------

const mm4Half = stable(mmc({ arrivalRate: 2, serviceRate: 1, servers: 4 }));
export const MM4_RHO_05 = defineCase({
  id: "mm4-rho0.5",
  title: "M/M/4 at ρ = 0.5",
  masterSeed: 1201,
  quick: { replications: 20, warmupCustomers: 1_000, customers: 40_000 },
  long: { replications: 40, warmupCustomers: 2_000, customers: 200_000 },
  run: queue(4, 2, exponential({ mean: 1 })),
  metrics: [
    {
      claim: "mean wait in queue Wq matches Erlang C",
      analytic: mm4Half.meanWaitInQueue,
      estimate: waitInQueue,
    },
    {
      claim: "mean time in system W matches Erlang C + 1/μ",
      analytic: mm4Half.meanTimeInSystem,
      estimate: timeInSystem,
    },
  ],
});

const mm4Heavy = stable(mmc({ arrivalRate: 3.6, serviceRate: 1, servers: 4 }));
export const MM4_RHO_09 = defineCase({
  id: "mm4-rho0.9",
  title: "M/M/4 at ρ = 0.9",
  masterSeed: 1202,
  quick: { replications: 25, warmupCustomers: 5_000, customers: 100_000 },
  long: { replications: 40, warmupCustomers: 10_000, customers: 250_000 },
  run: queue(4, 3.6, exponential({ mean: 1 })),
  metrics: [
    {
      claim: "mean wait in queue Wq matches Erlang C",
      analytic: mm4Heavy.meanWaitInQueue,
      estimate: waitInQueue,
    },
    {
      claim: "time-average number in system L matches λ·W of Erlang C",
      analytic: mm4Heavy.meanNumberInSystem,
      estimate: numberInSystem,
    },
    {
      // Little's law on the simulation's own numbers: L̂ − λ̂·Ŵ differs from 0 only by the
      // customers straddling the window ends, whose expected contributions cancel.
      claim: "Little's law holds: L̂ − λ̂·Ŵ has mean 0",
      analytic: 0,
      estimate: (e: QueueEstimates) => e.meanNumberInSystem - e.arrivalRate * e.meanTimeInSystem,
    },
  ],
});

// --- Generator processes --------------------------------------------------------------------

const mm8Heavy = stable(mmc({ arrivalRate: 7.2, serviceRate: 1, servers: 8 }));
export const MM8_PROCESSES = defineCase({
  id: "mm8-rho0.9-processes",
  title: "M/M/8 at ρ = 0.9 written with generator processes",
  masterSeed: 1701,
  quick: { replications: 20, warmupCustomers: 5_000, customers: 80_000 },
  long: { replications: 40, warmupCustomers: 10_000, customers: 200_000 },
  run: (streams: RandomStreams, length: RunLength) =>
    runQueueWithProcesses(streams, {
      servers: 8,
      interarrival: poisson(7.2),
      service: exponential({ mean: 1 }),
      ...length,
    }),
  metrics: [
    {
      claim: "mean wait in queue Wq matches Erlang C",
      analytic: mm8Heavy.meanWaitInQueue,
      estimate: (e) => e.meanWaitInQueue,
    },
    {
      claim: "mean time in system W matches Erlang C + 1/μ",
      analytic: mm8Heavy.meanTimeInSystem,
      estimate: (e) => e.meanTimeInSystem,
    },
  ],
});
