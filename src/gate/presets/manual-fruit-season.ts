/**
 * A fruit-season surge at the manual gate: durian season pushes demand above what the manual
 * gate can clear (facts: "2–3 days to pass instead of 2–3 hours; ~700 trucks stuck for over a
 * week"). Assumption: demand rises 35% above the 1,650 trucks/day base for six weeks, then
 * returns to base; the backlog and the days of waiting emerge from the queues (the gate clears
 * ~1,840 trucks/day at most).
 */
import type { Scenario } from "../scenario/schema.js";
import { huuNghiManual2019 } from "./huu-nghi-manual-2019.js";

export function manualFruitSeason(): Scenario {
  const manual = huuNghiManual2019();
  if (manual.arrivals.kind !== "profile")
    throw new Error("the manual preset uses profile arrivals");
  return {
    ...manual,
    name: "huu-nghi-manual-fruit-season",
    description: "Manual gate under a six-week fruit-season surge (+35% demand)",
    horizonDays: 60,
    drainDays: 30, // arrivals stop after 60 days; the backlog clears so every truck's time is measured
    arrivals: {
      ...manual.arrivals,
      seasons: [{ name: "durian season", fromDay: 7, toDay: 49, multiplier: 1.35 }], // assumption
    },
  };
}
