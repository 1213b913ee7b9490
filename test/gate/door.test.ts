import { describe, expect, it } from "vitest";
import { parseScenario, runGate, type Scenario } from "../../src/gate/index.js";
import { singleStation } from "./fixtures.js";

const twoClasses: Scenario["trucks"] = {
  directionShares: { export: 0.5, import: 0.5 },
  cargoClasses: [
    { id: "fruit", share: 0.5, agricultural: true, shelfLifeHours: 48 },
    { id: "general", share: 0.5, agricultural: false },
  ],
};

function gate(extra: Partial<Scenario>): Scenario {
  return {
    ...singleStation({ trucksPerDay: 1000, servers: 20, meanServiceSeconds: 60, horizonDays: 6 }),
    trucks: twoClasses,
    ...extra,
  };
}

describe("who gets in, and who gives up", () => {
  it("turns a cargo class away for a period, counting every refused truck by class and arrival day", () => {
    const result = runGate(
      gate({ admission: [{ cargoClassIds: ["fruit"], fromDay: 2, untilDay: 4 }] }),
      { seed: 1 },
    );
    const fruit = result.losses.byCargoClass.fruit!;
    expect(fruit.turnedAway).toBe(result.trucks.turnedAway);
    expect(result.losses.byCargoClass.general!.turnedAway).toBe(0);
    const lostByDay = result.byArrivalDay.map((day) => day.lost);
    expect(lostByDay[0]).toBe(0);
    expect(lostByDay[1]).toBe(0);
    expect(lostByDay[2]! + lostByDay[3]!).toBe(result.trucks.turnedAway);
    // About half of two days' 1,000 trucks (binomial, 4 standard deviations).
    expect(Math.abs(result.trucks.turnedAway - 1000)).toBeLessThan(
      4 * Math.sqrt(2000 * 0.25) + 4 * 45,
    );
    expect(result.trucks.arrived).toBe(
      result.trucks.cleared + result.trucks.inSystemAtEnd + result.trucks.turnedAway,
    );
  });

  it("refuses trucks only while the backlog is above a threshold", () => {
    const base = gate({ neighbour: { trucksPerDay: 600 } });
    const result = runGate({ ...base, admission: [{ whileBacklogAboveTrucks: 300 }] }, { seed: 2 });
    expect(result.trucks.turnedAway).toBeGreaterThan(0);
    // Arrivals keep the backlog near the threshold: at midnight it is never far above it.
    for (const backlog of result.backlog.atStartOfDay) expect(backlog).toBeLessThanOrEqual(301);
  });

  it("lets trucks balk at a road queue longer than the km they accept", () => {
    const result = runGate(
      gate({
        neighbour: { trucksPerDay: 500 },
        yard: { slots: 50, truckSpacingMetres: 20 },
        balking: { maxRoadQueueKm: 2 },
      }),
      { seed: 3 },
    );
    // 2 km of 20 m per truck: the road never holds more than 100 waiting trucks.
    expect(result.yard.maxRoadQueueTrucks).toBeLessThanOrEqual(100);
    expect(result.yard.maxRoadQueueKm).toBeLessThanOrEqual(2);
    expect(result.trucks.balked).toBeGreaterThan(0);
  });

  it("lets perishables with a short patience give up on the road and at a station, and others wait", () => {
    const result = runGate(
      gate({
        neighbour: { trucksPerDay: 700 },
        yard: { slots: 100, truckSpacingMetres: 20 },
        reneging: {
          patienceByCargoClass: { fruit: { kind: "deterministic", seconds: 6 * 3600 } },
        },
      }),
      { seed: 4 },
    );
    expect(result.losses.byCargoClass.fruit!.reneged).toBeGreaterThan(0);
    expect(result.losses.byCargoClass.general!.reneged).toBe(0);
    // No fruit truck stays longer than its patience, unless it was already in service then.
    expect(result.byCargoClass.fruit!.maxHours).toBeLessThan(6 + 1);
    const { trucks } = result;
    expect(trucks.arrived).toBe(trucks.cleared + trucks.inSystemAtEnd + trucks.reneged);
  });

  it("lets a truck whose patience ran out in service give up at the next line, the other side's included", () => {
    const base = gate({ neighbour: { trucksPerDay: 400 } });
    const scenario: Scenario = {
      ...base,
      stations: [
        { ...base.stations[0]!, serviceSeconds: { kind: "deterministic", seconds: 7200 } },
      ],
      reneging: { patienceSeconds: { kind: "deterministic", seconds: 3600 } },
    };
    scenario.stations[0] = { ...scenario.stations[0]!, servers: 200 };
    const result = runGate(scenario, { seed: 5 });
    const neighbour = result.stations.find((station) => station.id === "neighbour")!;
    expect(neighbour.renegedTrucks).toBeGreaterThan(0);
    expect(result.trucks.reneged).toBe(neighbour.renegedTrucks + result.stations[0]!.renegedTrucks);
  });

  it("rejects balking without a yard, unknown classes and rules that end before they start", () => {
    const parsed = parseScenario(
      gate({
        admission: [{ cargoClassIds: ["durian"], fromDay: 3, untilDay: 2 }],
        balking: { maxRoadQueueTrucks: 10, maxRoadQueueKm: 1 },
        reneging: {},
      }),
    );
    expect(parsed.ok ? [] : parsed.issues.map((issue) => issue.message)).toEqual([
      'admission[0].cargoClassIds[0]: expected a cargo class id (fruit, general), received "durian"',
      "admission[0].untilDay: expected the rule to end after it starts, received 2",
      'balking: expected exactly one of maxRoadQueueTrucks and maxRoadQueueKm, received {"maxRoadQueueTrucks":10,"maxRoadQueueKm":1}',
      'balking: expected a yard (balking is at the road queue before it), received {"maxRoadQueueTrucks":10,"maxRoadQueueKm":1}',
      "reneging: expected patienceSeconds or patienceByCargoClass, received {}",
    ]);
  });
});
