import { describe, expect, it } from "vitest";
import { gateWarnings, preset, runGate, type Scenario } from "../../src/gate/index.js";
import { gateLoad } from "../../src/gate/load.js";
import { singleStation } from "./fixtures.js";

describe("the expected load of a scenario", () => {
  it("is λ·s/c on a one-station gate (M/M/c offered load)", () => {
    const load = gateLoad(
      singleStation({ trucksPerDay: 460, servers: 4, meanServiceSeconds: 600 }),
    );
    const [station] = load.stations;
    expect(load.trucksPerDay).toBe(460);
    expect(station!.trucksPerDay).toBeCloseTo(460, 9);
    expect(station!.offeredServers).toBeCloseTo((460 * 600) / 86_400, 9);
    expect(station!.utilisation).toBeCloseTo((460 * 600) / 86_400 / 4, 9);
    expect(station!.capacityTrucksPerDay).toBeCloseTo((4 * 86_400) / 600, 9);
  });

  it("follows the pathway's conditions and the kinds' detours on the smart gate", () => {
    const load = gateLoad(preset("huu-nghi-smart-2024")!);
    const trucks = Object.fromEntries(load.stations.map((s) => [s.id, s.trucksPerDay]));
    expect(trucks.identity).toBeCloseTo(3300, 6);
    expect(trucks["manual-booth"]).toBeCloseTo(0.03 * 3300, 6); // false rejects
    expect(trucks.customs).toBeCloseTo(3300, 6);
    expect(trucks["document-check"]).toBeCloseTo(0.4 * 3300, 6); // yellow + red
    expect(trucks.inspection).toBeCloseTo(0.1 * 3300, 6); // red
    expect(trucks.quarantine).toBeCloseTo(0.5 * 3300, 6); // agricultural classes
    expect(load.neighbourUtilisation).toBeCloseTo(3300 / 4000, 9);
  });

  it("counts opening hours and outages in the servers a station offers", () => {
    const base = singleStation({ trucksPerDay: 100, servers: 6, meanServiceSeconds: 60 });
    const scenario: Scenario = {
      ...base,
      stations: [
        {
          ...base.stations[0]!,
          openHours: { fromHour: 6, toHour: 18 },
          outages: {
            meanHoursBetweenFailures: 10,
            repairSeconds: { kind: "deterministic", seconds: 3600 },
          },
        },
      ],
    };
    expect(gateLoad(scenario).stations[0]!.meanServers).toBeCloseTo(6 * 0.5 * (10 / 11), 9);
  });

  it("agrees with the utilisation the smart gate shows when simulated (28 days, within 0.02)", () => {
    const scenario = preset("huu-nghi-smart-2024")!;
    const simulated = runGate(scenario, { seed: "load" }).stations;
    for (const station of gateLoad(scenario).stations) {
      const run = simulated.find((s) => s.id === station.id)!;
      expect(Math.abs(run.utilisation! - station.utilisation!), station.id).toBeLessThan(0.02);
    }
  });

  it("warns about a station whose demand is at or above its capacity, naming it and the numbers", () => {
    const overloaded = singleStation({ trucksPerDay: 1000, servers: 2, meanServiceSeconds: 240 });
    const [warning] = gateWarnings(overloaded);
    // 1,000 × 240 s / 86,400 s = 2.78 servers busy against 2: 139% of capacity (720 a day).
    expect(warning!.stationId).toBe("check");
    expect(warning!.utilisation).toBeCloseTo((1000 * 240) / 86_400 / 2, 9);
    expect(warning!.message).toBe(
      'station "check" is overloaded: 1,000 trucks a day need 2.8 servers busy on average, it has 2.0 (139% of its capacity, about 720 trucks a day): its queue grows without bound',
    );
    expect(runGate({ ...overloaded, horizonDays: 1 }, { seed: 1 }).warnings).toHaveLength(1);
    expect(
      gateWarnings(singleStation({ trucksPerDay: 600, servers: 2, meanServiceSeconds: 240 })),
    ).toEqual([]);
  });

  it("warns about the busiest day of a season when the base demand is fine, and not for the presets that are stable", () => {
    const warnings = gateWarnings(preset("huu-nghi-manual-fruit-season")!);
    expect(warnings.map((w) => w.stationId)).toContain("identity");
    expect(warnings.every((w) => w.message.includes("on the busiest day"))).toBe(true);
    for (const name of ["huu-nghi-smart-2024", "huu-nghi-manual-2019", "smart-doubled"]) {
      expect(gateWarnings(preset(name)!), name).toEqual([]);
    }
  });
});
