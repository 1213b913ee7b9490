/**
 * "1,500 trucks are queued on the road this morning and 170 more arrive a day; the other side
 * accepts 80 a day until it extends its hours next Tuesday — when is the queue gone, and how
 * much fruit spoils?" Ten replications of the same 30 days; the answer in words, with the
 * spread over the replications. `npx tsx examples/morning-backlog.ts`
 */
import { confidenceInterval, runGate, type Scenario } from "gatesim";

const hours = [2, 2, 2, 2, 3, 4, 5, 6, 6, 6, 6, 6, 6, 6, 6, 6, 5, 5, 4, 4, 2, 2, 2, 2];
const total = hours.reduce((a, b) => a + b, 0);

const scenario: Scenario = {
  name: "morning-backlog",
  horizonDays: 30,
  trucks: {
    directionShares: { export: 0.23, import: 0.77 }, // Lang Son 2025: 77% imports (facts)
    cargoClasses: [
      // Assumption: durian-season mix; fruit keeps 5 days without cold chain.
      { id: "fresh-fruit", share: 0.6, agricultural: true, shelfLifeHours: 120 },
      { id: "general", share: 0.4, agricultural: false },
    ],
  },
  arrivals: {
    kind: "profile",
    trucksPerDay: 170,
    hourlyShares: hours.map((h) => h / total),
  },
  stations: [
    {
      id: "customs",
      kind: "customs",
      servers: 4,
      serviceSeconds: { kind: "lognormal", meanSeconds: 600, sdSeconds: 300 },
      channelShares: { green: 0.6, yellow: 0.3, red: 0.1 },
      openHours: { fromHour: 7, toHour: 21 },
    },
  ],
  pathway: [{ stationId: "customs", assignsChannel: true }],
  yard: { slots: 200, truckSpacingMetres: 18 },
  // The other side: 10 trucks an hour, 08:00–16:00 (80 a day) ...
  neighbour: { trucksPerHour: 10, openHours: { fromHour: 8, toHour: 16 } },
  // ... 1,500 trucks already queued, having waited up to three days ...
  initialState: {
    trucks: [
      { count: 1500, waitedSeconds: { kind: "uniform", minSeconds: 0, maxSeconds: 259_200 } },
    ],
  },
  // ... until next Tuesday (day 5), when it opens 06:00–22:00 with twice the lanes.
  changes: [
    { kind: "neighbour", fromDay: 5, openHours: { fromHour: 6, toHour: 22 }, trucksPerHour: 20 },
  ],
  backlogTargetTrucks: 100,
};

const runs = Array.from({ length: 10 }, (_, replication) =>
  runGate(scenario, { seed: "morning", replication }),
);
const goneOn = runs.map((run) => run.backlog.clearFromDay ?? Number.NaN);
const spoiled = confidenceInterval(runs.map((run) => run.trucks.spoiled));
const share = confidenceInterval(runs.map((run) => run.trucks.spoiledShareOfPerishables ?? 0));
const first = Math.min(...goneOn);
const last = Math.max(...goneOn);
console.log(
  `The queue is gone (at most ${scenario.backlogTargetTrucks} trucks at midnight) on day ${first === last ? first : `${first}–${last}`} in 10 of 10 runs.`,
);
console.log(
  `About ${Math.round(spoiled.mean!)} fruit trucks spoil (95% CI ${Math.round(spoiled.lower!)}–${Math.round(spoiled.upper!)}): ` +
    `${(100 * share.mean!).toFixed(0)}% of the fruit trucks, those present this morning and those still to come.`,
);
console.log(
  `Fluid check: the backlog grows by 170 − 80 = 90 a day until day 5 (to about 1,950), then falls by 320 − 170 = 150 a day: gone about day 5 + 1,950 / 150 = day 18.`,
);
