/** M/D/1 and M/G/1 cases (Pollaczek–Khinchine) (not a test file itself). */
import { deterministic, lognormal } from "../../../src/random/index.js";
import { md1, mg1 } from "../../../src/stats/index.js";
import { defineCase } from "../validation-case.js";
import { queue, stable, timeInSystem, waitInQueue } from "./common.js";

// --- M/D/1 and M/G/1 ------------------------------------------------------------------------

const md1Metrics = stable(md1({ arrivalRate: 0.8, meanService: 1 }));
export const MD1_RHO_08 = defineCase({
  id: "md1-rho0.8",
  title: "M/D/1 at ρ = 0.8",
  masterSeed: 1301,
  quick: { replications: 20, warmupCustomers: 1_000, customers: 20_000 },
  long: { replications: 40, warmupCustomers: 2_000, customers: 100_000 },
  run: queue(1, 0.8, deterministic({ value: 1 })),
  metrics: [
    {
      claim: "mean wait in queue Wq matches Pollaczek–Khinchine with Var[S] = 0",
      analytic: md1Metrics.meanWaitInQueue,
      estimate: waitInQueue,
    },
  ],
});

const lognormalService = lognormal({ mean: 1, sd: 1.5 });
const mg1Metrics = stable(
  mg1({
    arrivalRate: 0.7,
    meanService: lognormalService.mean,
    serviceVariance: lognormalService.variance,
  }),
);
export const MG1_LOGNORMAL = defineCase({
  id: "mg1-lognormal-rho0.7",
  title: "M/G/1 with lognormal service (mean 1, sd 1.5) at ρ = 0.7",
  masterSeed: 1302,
  quick: { replications: 25, warmupCustomers: 2_000, customers: 80_000 },
  long: { replications: 40, warmupCustomers: 5_000, customers: 250_000 },
  run: queue(1, 0.7, lognormalService),
  metrics: [
    {
      claim: "mean wait in queue Wq matches Pollaczek–Khinchine",
      analytic: mg1Metrics.meanWaitInQueue,
      estimate: waitInQueue,
    },
    {
      claim: "mean time in system W matches Pollaczek–Khinchine + E[S]",
      analytic: mg1Metrics.meanTimeInSystem,
      estimate: timeInSystem,
    },
  ],
});
