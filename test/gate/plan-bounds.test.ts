import { describe, expect, it } from "vitest";
import {
  gateLoad,
  gateServerLowerBounds,
  preset,
  runGate,
  steadyStateWarmup,
  withServers,
} from "../../src/gate/index.js";

describe("gateServerLowerBounds", () => {
  it("gives the least servers whose capacity exceeds the offered load, by hand for a 24 h station", () => {
    const doubled = preset("smart-doubled")!;
    const bounds = gateServerLowerBounds(doubled, ["customs", "crossing"]);
    // 6,600 trucks/day × 180 s / 86,400 s = 13.75 busy servers; × 900 s: 68.75.
    expect(bounds).toEqual({ customs: 14, crossing: 69 });
  });

  it("counts opening hours: one server fewer than the bound leaves the station overloaded, the bound does not", () => {
    const manual = preset("huu-nghi-manual-2019")!;
    const ids = manual.stations.filter((s) => s.servers !== undefined).map((s) => s.id);
    const bounds = gateServerLowerBounds(manual, ids);
    for (const id of ids) {
      const at = (servers: number) =>
        gateLoad(withServers(manual, { [id]: servers })).stations.find((s) => s.id === id)!;
      expect(at(bounds[id]!).utilisation!).toBeLessThan(1);
      if (bounds[id]! > 1) expect(at(bounds[id]! - 1).utilisation!).toBeGreaterThanOrEqual(1);
    }
  });

  it("names an unknown station", () => {
    expect(() => gateServerLowerBounds(preset("smart-doubled")!, ["nowhere"])).toThrow(
      /stations\.nowhere: expected a station id/,
    );
  });
});

describe("steadyStateWarmup", () => {
  it("leaves out whole days covering what MSER-5 truncates from the trucks in the gate", () => {
    const pilot = runGate({ ...preset("smart-doubled")!, horizonDays: 6 }, { seed: "pilot" });
    const warmup = steadyStateWarmup(pilot);
    expect(warmup.warmupDays).toBeGreaterThanOrEqual(1);
    expect(warmup.warmupDays).toBe(Math.max(1, Math.ceil(warmup.truncatedHours / 24)));
    expect(warmup.truncatedHours % pilot.queueOverTime.intervalHours).toBe(0);
  });

  it("finds a long transient: a gate that starts with a backlog needs more than its first day", () => {
    const smart = preset("huu-nghi-smart-2024")!;
    const series = Array.from({ length: 240 }, (_, h) => Math.max(0, 2000 - 40 * h) + 50);
    const synthetic = {
      ...runGate({ ...smart, horizonDays: 1 }, { seed: "s" }),
      queueOverTime: { intervalHours: 1, road: series, yard: series.map(() => 0), stations: {} },
    };
    const warmup = steadyStateWarmup(synthetic);
    // The backlog is gone after 50 hours: MSER-5 cuts there, rounded up to 3 days.
    expect(warmup.truncatedHours).toBe(50);
    expect(warmup.warmupDays).toBe(3);
    expect(warmup.reliable).toBe(true);
  });
});
