import { describe, expect, it } from "vitest";
import { MAX_RENDERED_LENGTH } from "../../src/common/index.js";
import {
  batchMeans,
  confidenceInterval,
  erlangB,
  erlangC,
  jackson,
  md1,
  mg1,
  mm1PriorityNonPreemptive,
  mmc,
  mmck,
  mser5,
  pairedDifference,
  QuantileSketch,
  StatsError,
  studentT,
  Tally,
  TimeWeighted,
} from "../../src/stats/index.js";

function caught(fn: () => unknown): StatsError {
  try {
    fn();
  } catch (e) {
    if (e instanceof StatsError) return e;
    throw new Error(`expected a StatsError, got ${String(e)}`);
  }
  throw new Error("expected a StatsError, nothing was thrown");
}

describe("StatsError", () => {
  it("names the API, the parameter, the bad value and what was expected", () => {
    const e = caught(() => erlangC(0, 1));
    expect(e.message).toBe("erlangC: servers: expected an integer >= 1, received 0");
    expect(e).toMatchObject({
      name: "StatsError",
      code: "INVALID_ARGUMENT",
      api: "erlangC",
      path: "servers",
    });
    expect(e.issues).toEqual([
      {
        path: "servers",
        expected: "an integer >= 1",
        received: "0",
        message: "servers: expected an integer >= 1, received 0",
      },
    ]);
    expect(e).toBeInstanceOf(Error);
  });

  const cases: [string, () => unknown, string][] = [
    ["erlangB with fractional servers", () => erlangB(2.5, 1), "servers"],
    ["erlangB with a negative load", () => erlangB(2, -1), "offeredLoadErlangs"],
    ["erlangC with a NaN load", () => erlangC(2, Number.NaN), "offeredLoadErlangs"],
    [
      "mmc with a negative arrival rate",
      () => mmc({ arrivalRate: -1, serviceRate: 1, servers: 1 }),
      "arrivalRate",
    ],
    [
      "mmc with a zero service rate",
      () => mmc({ arrivalRate: 1, serviceRate: 0, servers: 1 }),
      "serviceRate",
    ],
    ["mmc with zero servers", () => mmc({ arrivalRate: 1, serviceRate: 1, servers: 0 }), "servers"],
    [
      "mmck with capacity below servers",
      () => mmck({ arrivalRate: 1, serviceRate: 1, servers: 3, capacity: 2 }),
      "capacity",
    ],
    [
      "mg1 with a negative variance",
      () => mg1({ arrivalRate: 1, meanService: 0.5, serviceVariance: -1 }),
      "serviceVariance",
    ],
    ["md1 with a zero service time", () => md1({ arrivalRate: 1, meanService: 0 }), "meanService"],
    [
      "jackson with a bad routing entry",
      () =>
        jackson({
          externalArrivalRate: 1,
          stations: [{ servers: 1, serviceRate: 2, routing: [1.5] }],
        }),
      "stations[0].routing[0]",
    ],
    [
      "jackson with a routing row of the wrong length",
      () =>
        jackson({
          externalArrivalRate: 1,
          stations: [{ servers: 1, serviceRate: 2, routing: [0, 0] }],
        }),
      "stations[0].routing",
    ],
    [
      "jackson with fractional servers",
      () =>
        jackson({
          externalArrivalRate: 1,
          stations: [
            { servers: 1, serviceRate: 2 },
            { servers: 0.5, serviceRate: 2 },
          ],
        }),
      "stations[1].servers",
    ],
    [
      "jackson with no arrivals",
      () => jackson({ externalArrivalRate: 0, stations: [{ servers: 1, serviceRate: 2 }] }),
      "externalArrivalRate (total)",
    ],
    [
      "priority with no classes",
      () => mm1PriorityNonPreemptive({ classes: [], serviceRate: 1 }),
      "classes.length",
    ],
    [
      "priority with a negative class rate",
      () =>
        mm1PriorityNonPreemptive({
          classes: [{ arrivalRate: 0.1 }, { arrivalRate: -0.1 }],
          serviceRate: 1,
        }),
      "classes[1].arrivalRate",
    ],
    ["studentT with df 0", () => studentT(0.9, 0), "df"],
    ["confidenceInterval with level 1", () => confidenceInterval([1, 2], 1), "level"],
    ["pairedDifference with unequal lengths", () => pairedDifference([1], [1, 2]), "b"],
    ["batchMeans with too few values", () => batchMeans([1, 2], 3), "values"],
    [
      "mser5 with an infinite value",
      () => mser5([1, 2, Number.POSITIVE_INFINITY, 4, 5, 6, 7, 8, 9, 10]),
      "values[2]",
    ],
    [
      "QuantileSketch with five-and-a-half digits",
      () => new QuantileSketch({ significantDigits: 6 as 5 }),
      "significantDigits",
    ],
    ["QuantileSketch.add with a negative duration", () => new QuantileSketch().add(-0.5), "x"],
    ["Tally.add with NaN", () => new Tally().add(Number.NaN), "x"],
    ["TimeWeighted.update going back in time", () => new TimeWeighted(10).update(5, 1), "time"],
  ];
  for (const [name, fn, parameter] of cases) {
    it(`throws for ${name}, naming ${parameter}`, () => {
      const e = caught(fn);
      expect(e.path).toBe(parameter);
      expect(e.issues.map((issue) => issue.path)).toEqual([parameter]);
      expect(e.message).toContain(`${parameter}: expected`);
    });
  }

  it("a 10 MB string or a million-element array as a bad value gives a short message", () => {
    const huge = "x".repeat(10_000_000);
    const fromString = caught(() => new Tally().add(huge as never));
    expect(fromString.issues[0]?.received.length).toBeLessThanOrEqual(MAX_RENDERED_LENGTH);
    expect(fromString.message.length).toBeLessThan(200);
    const million = new Array<number>(1_000_000).fill(1);
    const fromArray = caught(() => erlangC(million as never, 1));
    expect(fromArray.message.length).toBeLessThan(200);
    const lengths = caught(() => pairedDifference(million, million.slice(1)));
    expect(lengths.message).toBe(
      "pairedDifference: b: expected an array of length 1000000 (the length of a), received an array of length 999999",
    );
  });

  it("reports routing that never lets customers leave as SINGULAR_ROUTING", () => {
    const e = caught(() =>
      jackson({
        externalArrivalRate: 1,
        stations: [
          { servers: 1, serviceRate: 2, routing: [0, 1] },
          { servers: 1, serviceRate: 2, routing: [1, 0] },
        ],
      }),
    );
    expect(e.code).toBe("SINGULAR_ROUTING");
  });
});
