import { describe, expect, it } from "vitest";
import {
  GATE_KPIS,
  gateBottleneck,
  gateModel,
  preset,
  ScenarioError,
  withParameter,
  withServers,
} from "../../src/gate/index.js";

describe("the gate as an experiment model", () => {
  const short = { ...preset("huu-nghi-manual-2019")!, horizonDays: 3 };

  it("runs deterministically from (scenario, seed, replication) and exposes its KPIs", () => {
    const a = gateModel.run(short, "s", 1);
    const b = gateModel.run(short, "s", 1);
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    for (const kpi of GATE_KPIS) {
      const value = kpi.read(a);
      expect(value === null || Number.isFinite(value), kpi.key).toBe(true);
    }
  });

  it("names the most utilised station as the bottleneck", () => {
    const result = gateModel.run(short, "s", 0);
    const busiest = [...result.stations].sort(
      (x, y) => (y.utilisation ?? 0) - (x.utilisation ?? 0),
    )[0]!;
    expect(gateBottleneck([result])).toBe(busiest.id);
  });

  it("changes servers and parameters by station id, and rejects unknown ones with a path", () => {
    expect(withServers(short, { identity: 12 }).stations[0]!.servers).toBe(12);
    expect(withParameter(short, "stations.customs.servers", 3).stations[1]!.servers).toBe(3);
    expect(withParameter(short, "arrivals.trucksPerDay", 900).arrivals).toMatchObject({
      trucksPerDay: 900,
    });
    expect(() => withServers(short, { scanner: 2 })).toThrow(ScenarioError);
    expect(() => withParameter(short, "stations.scanner.servers", 2)).toThrow(/stations\.scanner/);
    expect(() => withParameter(short, "horizonDays", -1)).toThrow(
      /horizonDays: expected a number >= 1/,
    );
  });
});
