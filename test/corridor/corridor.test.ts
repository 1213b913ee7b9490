/**
 * The corridor model: its file format (every problem at once, with paths into the gates), its
 * determinism, the conservation of its trucks, the routing kinds' promises (booking respects
 * slot room, diversion saves refused trucks) and the preset file.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  type Corridor,
  CorridorError,
  corridorJsonSchema,
  corridorKpis,
  corridorPreset,
  corridorPresetNames,
  corridorResourceNames,
  loadCorridor,
  parseCorridor,
  parseCorridorJson,
  runCorridor,
  withCorridorServers,
} from "../../src/corridor/index.js";
import { equalShares, mmcCorridor } from "./fixtures.js";

const small = (routing: Corridor["routing"] = equalShares(2)): Corridor =>
  mmcCorridor({
    gates: 2,
    trucksPerDay: 500,
    servers: 2,
    meanServiceSeconds: 600,
    horizonDays: 3,
    warmupDays: 0,
    routing,
  });

const conserved = (corridor: Corridor, seed: string) => {
  const { totals } = runCorridor(corridor, { seed });
  expect(totals.initial + totals.arrived).toBe(
    totals.cleared + totals.lost + totals.inSystemAtEnd + totals.enRouteAtEnd,
  );
  return runCorridor(corridor, { seed });
};

describe("corridor files", () => {
  it("report every problem at once, with paths into the gates' scenarios", () => {
    const corridor = small();
    type Loose = {
      id: string;
      scenario: Record<string, unknown> & { stations: Record<string, unknown>[] };
    };
    const gates = structuredClone(corridor.gates) as unknown as Loose[];
    gates[1]!.scenario.stations[0]!.servers = -1;
    gates[1]!.scenario.horizonDays = 4;
    gates[1]!.id = "gate-1";
    const parsed = parseCorridor({
      ...corridor,
      gates,
      demand: { ...corridor.demand, cargoClasses: [{ id: "fruit", share: 0.9 }] },
      routing: { kind: "fixed-shares", sharesByGate: { "gate-1": 0.5, "gate-9": 0.6 } },
    });
    expect(parsed.ok).toBe(false);
    const messages = parsed.ok ? [] : parsed.issues.map((issue) => issue.message);
    const expected = [
      /^gates\[1\]\(gate-1\)\.scenario\.stations\[0\]\(check\)\.servers: expected .*>= 0, received -1/,
      /^gates\[1\]\(gate-1\)\.id: expected a unique gate id, received "gate-1" twice/,
      /^gates\[1\]\(gate-1\)\.scenario\.horizonDays: expected the horizonDays of the first gate \(3.*received 4/,
      /^demand\.cargoClasses: expected cargo class shares summing to 1, received a sum of 0\.9/,
      /^demand\.cargoClasses\[0\]\(fruit\)\.id: expected a cargo class of every gate, received "fruit"/,
      /^routing\.sharesByGate\.gate-9: expected a gate id of the corridor \(gate-1, gate-1\), received "gate-9"/,
      /^routing\.sharesByGate: expected gate shares summing to 1, received a sum of 1\.1/,
    ];
    for (const pattern of expected) {
      expect(
        messages.some((message) => pattern.test(message)),
        `${pattern}\nin:\n${messages.join("\n")}`,
      ).toBe(true);
    }
  });

  it("name an unknown routing kind and a JSON syntax error", () => {
    const parsed = parseCorridor({ ...small(), routing: { kind: "nearest" } });
    expect(parsed.ok ? [] : parsed.issues.map((i) => i.message)).toContainEqual(
      expect.stringMatching(
        /^routing\.kind: expected kind one of .*"fixed-shares".*received "nearest"/,
      ),
    );
    const broken = parseCorridorJson("{ gates: [");
    expect(broken.ok ? "" : broken.issues[0]!.path).toBe("(root)");
    expect(() => loadCorridor({ name: "x" })).toThrow(CorridorError);
  });

  it("have a JSON Schema naming the routing kinds", () => {
    const text = JSON.stringify(corridorJsonSchema());
    for (const kind of ["fixed-shares", "shortest-expected-wait", "central-booking"]) {
      expect(text).toContain(kind);
    }
  });
});

describe("a corridor run", () => {
  it("is deterministic: the same seed gives identical JSON, another seed does not", () => {
    const corridor = small({ kind: "shortest-expected-wait", refreshMinutes: 30 });
    const a = JSON.stringify(runCorridor(corridor, { seed: "same" }));
    expect(JSON.stringify(runCorridor(corridor, { seed: "same" }))).toBe(a);
    expect(JSON.stringify(runCorridor(corridor, { seed: "other" }))).not.toBe(a);
  });

  it("accounts for every truck: initial + arrived = cleared + lost + in system + en route", () => {
    for (const routing of [
      equalShares(2),
      { kind: "shortest-expected-wait", refreshMinutes: 0 },
      {
        kind: "central-booking",
        slotMinutes: 60,
        trucksPerSlotByGate: { "gate-1": 5, "gate-2": 5 },
      },
    ] as const) {
      const result = conserved(small(routing), "conserve");
      const routed = result.gates.reduce((sum, gate) => sum + gate.routedTrucks, 0);
      expect(routed).toBe(result.totals.arrived);
    }
  });

  it("books no slot beyond a gate's room: each gate's arrivals per hour stay within its trucks per slot", () => {
    const result = runCorridor(
      small({
        kind: "central-booking",
        slotMinutes: 60,
        trucksPerSlotByGate: { "gate-1": 8, "gate-2": 3 },
      }),
      { seed: "booking" },
    );
    // 500 trucks a day need 20.8 an hour; 11 an hour fit, so the bookings run far ahead.
    expect(result.totals.enRouteAtEnd).toBeGreaterThan(0);
    const [one, two] = result.gates.map((gate) => gate.result.throughput.arrivedPerDay);
    for (const day of one!) expect(day).toBeLessThanOrEqual(8 * 24);
    for (const day of two!) expect(day).toBeLessThanOrEqual(3 * 24);
    expect(one![1]).toBe(8 * 24);
  });

  it("diverts trucks refused at one gate to the other instead of losing them", () => {
    const base = small(equalShares(2));
    const closed: Corridor = {
      ...base,
      gates: [
        { ...base.gates[0]!, scenario: { ...base.gates[0]!.scenario, admission: [{}] } },
        base.gates[1]!,
      ],
    };
    const without = conserved(closed, "divert");
    expect(without.totals.diverted).toBe(0);
    expect(without.totals.lost).toBe(without.gates[0]!.result.trucks.turnedAway);
    expect(without.totals.lost).toBeGreaterThan(0);
    const saved = conserved({ ...closed, diversion: { travelHours: 1 } }, "divert");
    expect(saved.totals.lost).toBe(0);
    expect(saved.totals.diverted).toBe(saved.gates[0]!.result.trucks.turnedAway);
    expect(saved.gates[1]!.divertedInTrucks).toBe(saved.totals.diverted);
    expect(saved.gates[0]!.result.trucks.cleared).toBe(0);
  });

  it("exposes per-gate KPIs and resources named <gate>.<station> for the planner", () => {
    const corridor = small();
    expect(corridorResourceNames(corridor)).toEqual(["gate-1.check", "gate-2.check"]);
    const keys = corridorKpis(corridor).map((kpi) => kpi.key);
    expect(keys).toContain("meanTimeInSystemHours");
    expect(keys).toContain("gate-2.meanClearedPerDay");
    const moved = withCorridorServers(corridor, { "gate-1.check": 1, "gate-2.check": 3 });
    expect(moved.gates.map((gate) => gate.scenario.stations[0]!.servers)).toEqual([1, 3]);
    expect(() => withCorridorServers(corridor, { "gate-3.check": 1 })).toThrow(
      /gate-3\.check: expected a station of a gate as <gateId>\.<stationId>/,
    );
  });
});

describe("the corridor presets", () => {
  it.each(corridorPresetNames())(
    "%s.json in examples/ is valid and equals the library preset",
    (name) => {
      const text = readFileSync(
        join(import.meta.dirname, "..", "..", "examples", `${name}.json`),
        "utf8",
      );
      expect(parseCorridorJson(text).ok).toBe(true);
      expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(corridorPreset(name))));
    },
  );
});
