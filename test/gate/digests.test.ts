/**
 * Behaviour pinned for refactoring: the SHA-256 of the full result JSON (and, for the custom
 * scenarios, of the streamed per-truck records) of every preset and of scenarios that exercise
 * every feature. A refactoring keeps every digest; a commit that changes one says why.
 * Run with GATESIM_PRINT_DIGESTS=1 to print the current digests.
 * Re-recorded once, for the result field renames of the kinds redesign (units as suffixes:
 * yard.meanOccupancyTrucks, yard.maxOccupancyTrucks, backlog.timeToClearAtEndDays); every preset's
 * old result with those keys renamed equals the new one, and the per-truck digests did not move.
 */
import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import {
  type GateRunResult,
  preset,
  presetNames,
  runGate,
  type Scenario,
} from "../../src/gate/index.js";
import { singleStation } from "./fixtures.js";

const sha256 = (text: string) => createHash("sha256").update(text).digest("hex").slice(0, 16);

/**
 * Result fields added after the digests were recorded (new outputs, with tests of their own):
 * left out of the digest, so it keeps checking that everything that existed is unchanged.
 */
const ADDED_LATER = {
  trucks: ["initial", "turnedAway", "balked", "reneged"],
  backlog: ["targetTrucks", "clearFromDay"],
  result: ["losses", "cohorts", "byArrivalDay", "warnings"],
  station: ["queueAtEndTrucks", "renegedTrucks"],
} as const;

/** The result JSON as it was when the digests were recorded. */
function pinned(result: GateRunResult): string {
  const copy = JSON.parse(JSON.stringify(result)) as Record<string, Record<string, unknown>>;
  for (const key of ADDED_LATER.trucks) delete copy.trucks![key];
  for (const key of ADDED_LATER.backlog) delete copy.backlog![key];
  for (const key of ADDED_LATER.result) delete copy[key];
  for (const station of copy.stations as unknown as Record<string, unknown>[]) {
    for (const key of ADDED_LATER.station) delete station[key];
  }
  return JSON.stringify(copy);
}

const base = singleStation({ trucksPerDay: 900, servers: 3, meanServiceSeconds: 240 });
const twoClasses: Scenario["trucks"] = {
  directionShares: { export: 0.3, import: 0.7 },
  cargoClasses: [
    { id: "fruit", share: 0.4, agricultural: true, shelfLifeHours: 10 },
    { id: "general", share: 0.6, agricultural: false },
  ],
};

/** Custom scenarios: each exercises features the presets leave out or combine differently. */
const CUSTOM: Record<string, Scenario> = {
  "yard-neighbour-shifts": {
    ...base,
    name: "yard-neighbour-shifts",
    horizonDays: 6,
    drainDays: 2,
    trucks: twoClasses,
    stations: [
      {
        id: "check",
        kind: "inspection",
        shifts: [
          { fromHour: 6, toHour: 18, servers: 4 },
          { fromHour: 18, toHour: 6, servers: 1 },
        ],
        closedDaysOfWeek: [5],
        serviceSeconds: { kind: "erlang", k: 3, meanSeconds: 300 },
        serviceByDirection: { export: { kind: "gamma", shape: 2, meanSeconds: 200 } },
        serviceByCargoClass: {
          fruit: {
            kind: "mixture",
            components: [
              {
                weight: 0.7,
                law: { kind: "triangular", minSeconds: 60, modeSeconds: 120, maxSeconds: 400 },
              },
              {
                weight: 0.3,
                law: { kind: "empirical", samplesSeconds: [100, 300, 900], interpolate: true },
              },
            ],
          },
        },
      },
    ],
    yard: { slots: 40, truckSpacingMetres: 18 },
    neighbour: { trucksPerDay: 850, openHours: { fromHour: 8, toHour: 20 } },
    warmupDays: 1,
    targetTimeInSystemHours: 6,
  },
  "outages-false-rejects-channels": {
    ...base,
    name: "outages-false-rejects-channels",
    horizonDays: 5,
    trucks: twoClasses,
    stations: [
      {
        id: "identity",
        kind: "identity-check",
        servers: 2,
        serviceSeconds: { kind: "lognormal", meanSeconds: 15, sdSeconds: 5 },
        falseRejectShare: 0.1,
        fallbackStationId: "booth",
        outages: {
          meanHoursBetweenFailures: 10,
          repairSeconds: { kind: "uniform", minSeconds: 600, maxSeconds: 3600 },
          fallbackStationId: "booth",
        },
      },
      {
        id: "booth",
        kind: "booth",
        servers: 2,
        serviceSeconds: { kind: "exponential", meanSeconds: 200 },
      },
      {
        id: "customs",
        kind: "customs",
        servers: 3,
        openHours: { fromHour: 7, toHour: 21 },
        serviceSeconds: { kind: "weibull", shape: 1.5, scaleSeconds: 200 },
        channelShares: { green: 0.6, yellow: 0.3, red: 0.1 },
        outages: {
          meanHoursBetweenFailures: 30,
          repairSeconds: { kind: "deterministic", seconds: 1800 },
        },
      },
      {
        id: "x-ray",
        kind: "inspection",
        servers: 1,
        serviceSeconds: { kind: "normal", meanSeconds: 1200, sdSeconds: 400 },
      },
      {
        id: "quarantine",
        kind: "quarantine",
        servers: 2,
        serviceSeconds: { kind: "empirical", samplesSeconds: [300, 600, 1200], interpolate: false },
      },
      {
        id: "docs",
        kind: "document-check",
        servers: 2,
        serviceSeconds: { kind: "exponential", meanSeconds: 300 },
      },
      {
        id: "reload",
        kind: "transshipment",
        servers: 3,
        serviceSeconds: { kind: "exponential", meanSeconds: 600 },
      },
      {
        id: "ride",
        kind: "shuttle",
        servers: 4,
        serviceSeconds: { kind: "deterministic", seconds: 600 },
      },
    ],
    pathway: [
      { stationId: "identity" },
      { stationId: "customs", assignsChannel: true },
      { stationId: "docs", when: { channels: ["yellow", "red"] } },
      { stationId: "x-ray", when: { channels: ["red"] } },
      { stationId: "quarantine", when: { agricultural: true } },
      { stationId: "reload", when: { directions: ["export"] } },
      { stationId: "ride", when: { cargoClassIds: ["general"], directions: ["import"] } },
    ],
  },
  appointments: {
    ...base,
    name: "appointments",
    horizonDays: 4,
    drainDays: 1,
    arrivals: {
      kind: "appointments",
      slotMinutes: 30,
      trucksPerSlot: 20,
      openHours: { fromHour: 22, toHour: 6 },
      bookedShare: 0.8,
      noShowShare: 0.1,
      latenessMeanMinutes: 5,
      latenessSdMinutes: 10,
    },
  },
  "trace-with-directions": {
    ...base,
    name: "trace-with-directions",
    horizonDays: 1,
    drainDays: 1,
    arrivals: {
      kind: "trace",
      arrivalSeconds: Array.from({ length: 400 }, (_, i) => i * 200),
      directions: Array.from({ length: 400 }, (_, i) => (i % 3 === 0 ? "export" : "import")),
    },
  },
  "profile-weekdays-seasons": {
    ...base,
    name: "profile-weekdays-seasons",
    horizonDays: 14,
    arrivals: {
      kind: "profile",
      trucksPerDay: 900,
      hourlyShares: Array.from({ length: 24 }, (_, h) => (h < 12 ? 1 / 36 : 1 / 18)),
      dayOfWeekMultipliers: [1, 1.1, 1, 1, 1.2, 0.8, 0.5],
      seasons: [{ name: "surge", fromDay: 3, toDay: 9, multiplier: 1.3 }],
    },
  },
};

/** Digests of the result JSON for seeds "pin-a" and "pin-b" (replication 0 and 1). */
const PRESET_DIGESTS: Record<string, [string, string]> = {
  "huu-nghi-manual-2019": ["d52b76fed05c8f5a", "b2bfe5ea954970f4"],
  "huu-nghi-smart-2024": ["9c5669f141211267", "64091682e2a45754"],
  "lang-son-record-day": ["8ec9b5b4f430624a", "0c8f1807405a1cf3"],
  "smart-doubled": ["72a4e793d3748192", "e104f449a0978d64"],
  "huu-nghi-manual-fruit-season": ["39e520dbe5982bf5", "bc2d108cd2045e9b"],
  "huu-nghi-smart-manual-quarantine": ["5e3ae300bc67564f", "a942262675210f52"],
};
/** Digests of [result JSON, per-truck records] for seed "pin-a". */
const CUSTOM_DIGESTS: Record<string, [string, string]> = {
  "yard-neighbour-shifts": ["afcd31713f5f8a3a", "7cfb75c942a91f59"],
  "outages-false-rejects-channels": ["b148d6fc6dfe22ef", "414690a12b28dc22"],
  appointments: ["fdac5ae14ffc20af", "4876dfa8dfa5e4cf"],
  "trace-with-directions": ["6ace45306bf1922f", "79d1e9416572ac24"],
  "profile-weekdays-seasons": ["7aa774f9af82ff30", "e96da4a6499ade5c"],
};

const print = process.env.GATESIM_PRINT_DIGESTS === "1";

describe("pinned behaviour: result digests", () => {
  it.each(presetNames())("preset %s gives the recorded result JSON for two seeds", (name) => {
    const scenario = preset(name)!;
    const digests = [
      sha256(pinned(runGate(scenario, { seed: "pin-a", replication: 0 }))),
      sha256(pinned(runGate(scenario, { seed: "pin-b", replication: 1 }))),
    ];
    if (print) console.log(`  "${name}": ["${digests[0]}", "${digests[1]}"],`);
    expect(digests).toEqual(PRESET_DIGESTS[name]);
  });

  it.each(Object.keys(CUSTOM))(
    "custom scenario %s gives the recorded result JSON and per-truck records",
    (name) => {
      const records: string[] = [];
      const result = runGate(CUSTOM[name]!, {
        seed: "pin-a",
        onTruck: (record) => records.push(JSON.stringify(record)),
      });
      expect(records.length).toBeGreaterThan(0);
      const digests = [sha256(pinned(result)), sha256(records.join("\n"))];
      if (print) console.log(`  "${name}": ["${digests[0]}", "${digests[1]}"],`);
      expect(digests).toEqual(CUSTOM_DIGESTS[name]);
    },
  );
});
