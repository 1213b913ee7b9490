import { describe, expect, it } from "vitest";
import { type GateTraceEntry, preset, runGate, type Scenario } from "../../src/gate/index.js";
import { singleStation } from "./fixtures.js";

/** Two trucks at 0 s and 10 s; one lane, 60 s of service each: the second waits 50 s. */
function twoTrucks(): Scenario {
  return {
    ...singleStation({ trucksPerDay: 1, servers: 1, meanServiceSeconds: 60, horizonDays: 1 }),
    stations: [
      {
        id: "check",
        kind: "other",
        servers: 1,
        serviceSeconds: { kind: "deterministic", seconds: 60 },
      },
    ],
    arrivals: { kind: "trace", arrivalSeconds: [0, 10] },
  };
}

const row = (e: GateTraceEntry) =>
  [e.timeSeconds, e.event, e.truckId, e.stationId, e.queueLength, e.servers].join(" ");

describe("the gate trace", () => {
  it("logs arrivals, queue joins, services and exits in event order, with the line length", () => {
    const entries: GateTraceEntry[] = [];
    runGate(twoTrucks(), { seed: 1, trace: (entry) => entries.push(entry) });
    expect(entries.map(row)).toEqual([
      "0 arrive 0   ",
      "0 queue 0 check 0 1",
      "0 start 0 check 0 1",
      "10 arrive 1   ",
      "10 queue 1 check 0 1",
      "60 finish 0 check 1 1",
      "60 start 1 check 0 1",
      "60 exit 0   ",
      "120 finish 1 check 0 1",
      "120 exit 1   ",
    ]);
  });

  it("stops at the limit and says how many entries it left out", () => {
    const entries: GateTraceEntry[] = [];
    runGate(twoTrucks(), { seed: 1, trace: (entry) => entries.push(entry), traceLimit: 4 });
    expect(entries.map(row)).toEqual([
      "0 arrive 0   ",
      "0 queue 0 check 0 1",
      "0 start 0 check 0 1",
      "10 arrive 1   ",
      "86400 truncated    6",
    ]);
  });

  it("logs outages, staffing changes, detours, the yard and the road on a full gate", () => {
    const events = new Set<string>();
    runGate(
      {
        ...preset("huu-nghi-smart-2024")!,
        horizonDays: 2,
        yard: { slots: 50, truckSpacingMetres: 18 },
      },
      { seed: 2, trace: (entry) => events.add(entry.event) },
    );
    for (const event of ["arrive", "road", "yard", "queue", "start", "finish", "detour", "exit"])
      expect(events, event).toContain(event);
    const manual = new Set<string>();
    runGate(
      { ...preset("huu-nghi-manual-2019")!, horizonDays: 2 },
      {
        seed: 2,
        trace: (entry) => manual.add(entry.event),
      },
    );
    expect(manual).toContain("servers");
  });

  it("changes nothing in the run: the result is byte-identical with and without it", () => {
    const scenario = { ...preset("huu-nghi-smart-2024")!, horizonDays: 2 };
    let count = 0;
    const traced = runGate(scenario, { seed: 3, trace: () => (count += 1) });
    expect(count).toBeGreaterThan(0);
    expect(JSON.stringify(traced)).toBe(JSON.stringify(runGate(scenario, { seed: 3 })));
  });
});
