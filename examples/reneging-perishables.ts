/**
 * Fruit drivers do not wait forever: in the manual gate's fruit season, each fresh-fruit truck
 * gives up after a patience of about a day and a half (lognormal, mean 36 h, sd 12 h; an
 * assumption) and goes home or to another province. How many give up, and what does that do to
 * the waits of those that stay? The same trucks with and without patience (common random
 * numbers), 3 replications each. `npx tsx examples/reneging-perishables.ts`
 */
import { confidenceInterval, preset, runGate, type Scenario } from "gatesim";

const season = preset("huu-nghi-manual-fruit-season")!;
const impatient: Scenario = {
  ...season,
  reneging: {
    patienceByCargoClass: {
      "fresh-fruit": { kind: "lognormal", meanSeconds: 36 * 3600, sdSeconds: 12 * 3600 },
    },
  },
};

const runs = (scenario: Scenario) =>
  Array.from({ length: 3 }, (_, replication) => runGate(scenario, { seed: "fruit", replication }));
const patient = runs(season);
const leaving = runs(impatient);
const mean = (values: number[]) => confidenceInterval(values).mean!;

const gaveUp = mean(leaving.map((r) => r.losses.byCargoClass["fresh-fruit"]!.reneged));
const share = mean(leaving.map((r) => r.losses.byCargoClass["fresh-fruit"]!.shareOfArrivals ?? 0));
const fruitWait = (rs: typeof patient) =>
  mean(rs.map((r) => r.byCargoClass["fresh-fruit"]!.meanHours!));
const spoiled = (rs: typeof patient) => mean(rs.map((r) => r.trucks.spoiled));

console.log(
  `${Math.round(gaveUp).toLocaleString("en")} fresh-fruit trucks give up (${(100 * share).toFixed(1)}% of those that came).`,
);
console.log(
  `Fruit trucks that stay wait ${fruitWait(leaving).toFixed(1)} h on average, against ${fruitWait(patient).toFixed(1)} h when every driver waits.`,
);
console.log(
  `Spoiled perishables: ${Math.round(spoiled(leaving)).toLocaleString("en")} with impatient drivers, ${Math.round(spoiled(patient)).toLocaleString("en")} without.`,
);
