/** The two-station tandem case (Jackson) (not a test file itself). */
import { exponential, type RandomStreams } from "../../../src/random/index.js";
import { jackson } from "../../../src/stats/index.js";
import { type RunLength, runTandem, type TandemEstimates } from "../models.js";
import { defineCase } from "../validation-case.js";
import { poisson, stable } from "./common.js";

// --- Tandem (Jackson) -----------------------------------------------------------------------

const tandem = jackson({
  externalArrivalRate: 0.9,
  stations: [
    { servers: 1, serviceRate: 1.25 },
    { servers: 3, serviceRate: 0.4 },
  ],
});
const tandemStation = (i: number) => stable(tandem.stations[i]!);
export const TANDEM = defineCase({
  id: "tandem-mm1-mm3",
  title: "tandem M/M/1 (ρ = 0.72) → M/M/3 (ρ = 0.75), λ = 0.9",
  masterSeed: 1501,
  quick: { replications: 20, warmupCustomers: 2_000, customers: 20_000 },
  long: { replications: 40, warmupCustomers: 5_000, customers: 150_000 },
  run: (streams: RandomStreams, length: RunLength): TandemEstimates =>
    runTandem(streams, {
      interarrival: poisson(0.9),
      first: { servers: 1, service: exponential({ mean: 1 / 1.25 }) },
      second: { servers: 3, service: exponential({ mean: 1 / 0.4 }) },
      ...length,
    }),
  metrics: [
    {
      claim: "mean time in the network matches Jackson's Σ L_i / λ",
      analytic: tandem.meanTimeInSystem!,
      estimate: (e: TandemEstimates) => e.meanTimeInSystem,
    },
    {
      claim: "mean wait at station 1 matches M/M/1",
      analytic: tandemStation(0).meanWaitInQueue,
      estimate: (e: TandemEstimates) => e.meanWaitFirst,
    },
    {
      claim: "mean wait at station 2 matches M/M/3 fed by Poisson departures (Burke)",
      analytic: tandemStation(1).meanWaitInQueue,
      estimate: (e: TandemEstimates) => e.meanWaitSecond,
    },
  ],
});
