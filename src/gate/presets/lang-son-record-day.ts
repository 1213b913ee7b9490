/**
 * Lang Son's record day (19 June 2025): 2,005 trucks cleared, 634 exports and 1,371 imports
 * (facts). Replayed as a trace of exactly 2,005 arrivals with exactly that split, spread over
 * 00:00–22:00 by the 24 h arrival profile, through the smart gate.
 */
import type { Scenario } from "../scenario/schema.js";
import { ROUND_THE_CLOCK_ARRIVAL_SHARES } from "./building-blocks.js";
import { huuNghiSmart2024 } from "./huu-nghi-smart-2024.js";

const RECORD_TRUCKS = 2005; // facts
const RECORD_EXPORTS = 634; // facts
const LAST_ARRIVAL_HOUR = 22; // assumption: arrivals end two hours before midnight

/** Arrival times for `count` trucks following the hourly profile up to `lastHour`, evenly within each hour. */
function recordDayArrivals(count: number, lastHour: number): number[] {
  const weights = ROUND_THE_CLOCK_ARRIVAL_SHARES.slice(0, lastHour);
  const total = weights.reduce((sum, w) => sum + w, 0);
  const perHour = weights.map((w) => Math.floor((w / total) * count));
  let missing = count - perHour.reduce((sum, n) => sum + n, 0);
  for (let hour = 0; missing > 0; hour = (hour + 1) % lastHour, missing--) perHour[hour]! += 1;
  return perHour.flatMap((n, hour) =>
    Array.from({ length: n }, (_, i) => hour * 3600 + ((i + 0.5) * 3600) / n),
  );
}

/** Exports spread evenly among the day's trucks (every ~3rd truck). */
function recordDayDirections(count: number, exports: number): ("export" | "import")[] {
  return Array.from({ length: count }, (_, i) =>
    Math.floor(((i + 1) * exports) / count) > Math.floor((i * exports) / count)
      ? "export"
      : "import",
  );
}

export function langSonRecordDay(): Scenario {
  const smart = huuNghiSmart2024();
  return {
    ...smart,
    name: "lang-son-record-day",
    description: "2,005 trucks in one day (634 exports, 1,371 imports) through the smart gate",
    horizonDays: 1,
    drainDays: 1,
    trucks: {
      ...smart.trucks,
      directionShares: {
        export: RECORD_EXPORTS / RECORD_TRUCKS,
        import: 1 - RECORD_EXPORTS / RECORD_TRUCKS,
      },
    },
    arrivals: {
      kind: "trace",
      arrivalSeconds: recordDayArrivals(RECORD_TRUCKS, LAST_ARRIVAL_HOUR),
      directions: recordDayDirections(RECORD_TRUCKS, RECORD_EXPORTS),
    },
  };
}
