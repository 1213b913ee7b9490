import { describe, expect, expectTypeOf, it } from "vitest";
import { ARRIVAL_KINDS, type ArrivalKindName } from "../../src/gate/arrivals/index.js";
import {
  DURATION_KINDS,
  type DurationKindName,
  durationLaw,
} from "../../src/gate/durations/index.js";
import { parseScenario, type Scenario } from "../../src/gate/index.js";
import { STATION_KINDS, type StationKindName } from "../../src/gate/stations/index.js";
import { singleStation } from "./fixtures.js";

const base = singleStation({ trucksPerDay: 100, servers: 2, meanServiceSeconds: 60 });

function withStation(station: Record<string, unknown>): unknown {
  return { ...base, stations: [{ ...base.stations[0], ...station }] };
}

function messages(input: unknown): string[] {
  const parsed = parseScenario(input);
  return parsed.ok ? [] : parsed.issues.map((issue) => issue.message);
}

describe("the gate's kinds", () => {
  it("has one registry entry per kind name, for stations, arrivals and duration laws", () => {
    expectTypeOf<keyof typeof STATION_KINDS>().toEqualTypeOf<StationKindName>();
    expectTypeOf<keyof typeof ARRIVAL_KINDS>().toEqualTypeOf<ArrivalKindName>();
    expectTypeOf<keyof typeof DURATION_KINDS>().toEqualTypeOf<DurationKindName>();
    expect(Object.keys(STATION_KINDS)).toContain("identity-check");
    expect(Object.keys(ARRIVAL_KINDS)).toEqual([
      "profile",
      "appointments",
      "trace",
      "fixed-interval",
    ]);
  });

  it("accepts every plain station kind with the common fields only", () => {
    for (const kind of Object.keys(STATION_KINDS)) {
      if (kind === "customs") continue; // needs channelShares
      expect(messages(withStation({ kind })), kind).toEqual([]);
    }
  });

  it("accepts kind-specific fields only on their kind, naming the field", () => {
    expect(messages(withStation({ kind: "booth", falseRejectShare: 0.1 }))).toEqual([
      'stations[0](check): expected only known fields (check spelling and units in the name, e.g. meanSeconds), received "falseRejectShare"',
    ]);
    expect(
      messages(withStation({ kind: "inspection", channelShares: { green: 1, yellow: 0, red: 0 } })),
    ).toHaveLength(1);
    expect(messages(withStation({ kind: "customs" }))[0]).toMatch(
      /^stations\[0\]\(check\)\.channelShares: expected /,
    );
  });

  it("runs each kind's own cross-field checks", () => {
    expect(
      messages(
        withStation({ kind: "customs", channelShares: { green: 0.5, yellow: 0.3, red: 0.1 } }),
      ),
    ).toEqual([
      "stations[0](check).channelShares: expected channel shares summing to 1, received a sum of 0.9",
    ]);
    expect(messages(withStation({ kind: "identity-check", falseRejectShare: 0.2 }))).toEqual([
      "stations[0](check).fallbackStationId: expected a fallback station for a positive falseRejectShare, received nothing",
    ]);
  });

  it("runs a mixture whose weights the schema accepts but do not sum to 1 exactly", () => {
    const spec = {
      kind: "mixture" as const,
      components: [
        { weight: 0.5000004, law: { kind: "deterministic" as const, seconds: 20 } },
        { weight: 0.5, law: { kind: "deterministic" as const, seconds: 40 } },
      ],
    };
    expect(messages(withStation({ kind: "other", serviceSeconds: spec }))).toEqual([]);
    expect(durationLaw(spec).mean).toBeCloseTo(30, 4);
  });

  it("treats names that every object has as unknown kinds, not as modules", () => {
    for (const kind of ["constructor", "toString", "__proto__", "hasOwnProperty"]) {
      const station = messages(withStation({ kind }));
      expect(station.length, kind).toBeGreaterThan(0);
      expect(station[0]).toMatch(/^stations\[0\]\(check\)\.kind: expected kind one of /);
      const arrivals = messages({ ...base, arrivals: { kind, trucksPerDay: 1 } });
      expect(arrivals[0]).toMatch(/^arrivals\.kind: expected kind one of /);
    }
  });

  it("builds every duration law with its analytic mean", () => {
    const examples: Scenario["stations"][number]["serviceSeconds"][] = [
      { kind: "deterministic", seconds: 30 },
      { kind: "exponential", meanSeconds: 30 },
      { kind: "uniform", minSeconds: 20, maxSeconds: 40 },
      { kind: "triangular", minSeconds: 10, modeSeconds: 30, maxSeconds: 50 },
      { kind: "erlang", k: 3, meanSeconds: 30 },
      { kind: "gamma", shape: 2, meanSeconds: 30 },
      { kind: "lognormal", meanSeconds: 30, sdSeconds: 10 },
      { kind: "weibull", shape: 1, scaleSeconds: 30 },
      { kind: "empirical", samplesSeconds: [20, 40], interpolate: false },
      {
        kind: "mixture",
        components: [
          { weight: 0.5, law: { kind: "deterministic", seconds: 20 } },
          { weight: 0.5, law: { kind: "deterministic", seconds: 40 } },
        ],
      },
    ];
    const covered = new Set(examples.map((spec) => spec.kind));
    covered.add("normal"); // truncated at 0, so its mean is not the untruncated 30
    expect([...covered].sort()).toEqual(Object.keys(DURATION_KINDS).sort());
    for (const spec of examples) expect(durationLaw(spec).mean, spec.kind).toBeCloseTo(30, 9);
  });
});
