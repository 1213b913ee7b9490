import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  createRateProfile,
  deterministic,
  discrete,
  empirical,
  erlang,
  exponential,
  gamma,
  lognormal,
  mixture,
  normal,
  poissonArrivals,
  RandomError,
  triangular,
  truncatedNormal,
  uniform,
  weibull,
} from "../../src/random/index.js";

const SEED = 424242;

const nonFinite = fc.constantFrom<unknown>(Number.NaN, Infinity, -Infinity);
const wrongType = fc.constantFrom<unknown>("3", null, undefined, true, {}, [1]);
const notFinite = fc.oneof(nonFinite, wrongType);
/** For parameters with a default, `undefined` means "use the default" and is valid. */
const notFiniteDefined = notFinite.filter((x) => x !== undefined);
const notPositive = fc.oneof(notFinite, fc.double({ max: 0, noNaN: true }));
const notNonNegative = fc.oneof(notFinite, fc.double({ max: -Number.MIN_VALUE, noNaN: true }));
const notCount = fc.oneof(
  notFinite,
  fc.integer({ max: 0 }),
  fc.double({ min: 0, max: 1e6, noNaN: true }).filter((x) => !Number.isInteger(x)),
);

type Args = Record<string, unknown>;

interface FactoryCase {
  readonly api: string;
  readonly good: Args;
  readonly build: (args: Args) => unknown;
  readonly bad: Readonly<Record<string, fc.Arbitrary<unknown>>>;
}

const n = (x: unknown) => x as number;

/** For each factory: valid arguments, and for each parameter the values it must reject. */
const CASES: readonly FactoryCase[] = [
  {
    api: "deterministic",
    good: { value: 3 },
    build: (a) => deterministic({ value: n(a.value) }),
    bad: { value: notFinite },
  },
  {
    api: "uniform",
    good: { min: 1, max: 2 },
    build: (a) => uniform({ min: n(a.min), max: n(a.max) }),
    bad: { min: notFinite, max: notFinite },
  },
  {
    api: "exponential",
    good: { mean: 3 },
    build: (a) => exponential({ mean: n(a.mean) }),
    bad: { mean: notPositive },
  },
  {
    api: "erlang",
    good: { k: 2, mean: 3 },
    build: (a) => erlang({ k: n(a.k), mean: n(a.mean) }),
    bad: { k: notCount, mean: notPositive },
  },
  {
    api: "gamma",
    good: { shape: 2, mean: 3 },
    build: (a) => gamma({ shape: n(a.shape), mean: n(a.mean) }),
    bad: { shape: notPositive, mean: notPositive },
  },
  {
    api: "normal",
    good: { mean: 0, sd: 1 },
    build: (a) => normal({ mean: n(a.mean), sd: n(a.sd) }),
    bad: { mean: notFinite, sd: notPositive },
  },
  {
    api: "truncatedNormal",
    good: { mean: 10, sd: 3, min: 0 },
    build: (a) => truncatedNormal({ mean: n(a.mean), sd: n(a.sd), min: n(a.min) }),
    bad: { mean: notFinite, sd: notPositive, min: notFiniteDefined },
  },
  {
    api: "lognormal",
    good: { mean: 10, sd: 3 },
    build: (a) => lognormal({ mean: n(a.mean), sd: n(a.sd) }),
    bad: { mean: notPositive, sd: notPositive },
  },
  {
    api: "triangular",
    good: { min: 0, mode: 1, max: 2 },
    build: (a) => triangular({ min: n(a.min), mode: n(a.mode), max: n(a.max) }),
    bad: { min: notFinite, mode: notFinite, max: notFinite },
  },
  {
    api: "weibull",
    good: { shape: 2, scale: 3 },
    build: (a) => weibull({ shape: n(a.shape), scale: n(a.scale) }),
    bad: { shape: notPositive, scale: notPositive },
  },
  {
    api: "PoissonArrivals",
    good: { ratePerSecond: 0.1 },
    build: (a) => poissonArrivals({ ratePerSecond: n(a.ratePerSecond) }),
    bad: { ratePerSecond: notNonNegative },
  },
  {
    api: "empirical",
    good: { "samples[1]": 2 },
    build: (a) => empirical({ samples: [1, n(a["samples[1]"]), 3] }),
    bad: { "samples[1]": notFinite },
  },
  {
    api: "discrete",
    good: { "values[0]": 1, "probabilities[1]": 0.5 },
    build: (a) =>
      discrete({ values: [n(a["values[0]"]), 2], probabilities: [0.5, n(a["probabilities[1]"])] }),
    bad: { "values[0]": notFinite, "probabilities[1]": notNonNegative },
  },
  {
    api: "mixture",
    good: { "components[1].weight": 0.5 },
    build: (a) =>
      mixture({
        components: [
          { weight: 0.5, distribution: exponential({ mean: 1 }) },
          { weight: n(a["components[1].weight"]), distribution: exponential({ mean: 2 }) },
        ],
      }),
    bad: { "components[1].weight": notNonNegative },
  },
  {
    api: "RateProfile",
    good: { "ratePerHourByHourOfDay[5]": 1 },
    build: (a) =>
      createRateProfile({
        ratePerHourByHourOfDay: Array.from({ length: 24 }, (_, h) =>
          h === 5 ? n(a["ratePerHourByHourOfDay[5]"]) : 1,
        ),
      }),
    bad: { "ratePerHourByHourOfDay[5]": notNonNegative },
  },
];

function expectRejection(build: () => unknown, api: string, parameter: string): void {
  let caught: unknown;
  try {
    build();
  } catch (error) {
    caught = error;
  }
  expect(caught, `${api} accepted a bad ${parameter}`).toBeInstanceOf(RandomError);
  const error = caught as RandomError;
  expect(error.code).toBe("INVALID_PARAMETER");
  expect(error.message.startsWith(`${api}: `)).toBe(true);
  expect(error.message).toContain(`${parameter}: expected `);
  expect(error.issues.map((i) => i.path)).toContain(parameter);
}

describe("parameter validation", () => {
  it.each(CASES.map((c) => [c.api, c] as const))("%s accepts its valid example", (_, c) => {
    expect(() => c.build(c.good)).not.toThrow();
  });

  it.each(
    CASES.flatMap((c) => Object.keys(c.bad).map((parameter) => [c.api, parameter, c] as const)),
  )("%s rejects every bad %s with a RandomError naming it", (api, parameter, c) => {
    const arbitrary = c.bad[parameter] as fc.Arbitrary<unknown>;
    fc.assert(
      fc.property(arbitrary, (value) => {
        expectRejection(() => c.build({ ...c.good, [parameter]: value }), api, parameter);
      }),
      { seed: SEED, numRuns: 60 },
    );
  });

  it("the message states the API, the option, the expectation and the received value", () => {
    expect(() => exponential({ mean: -3 })).toThrowError(
      "exponential: mean: expected a finite number > 0, received -3",
    );
  });

  it("every problem is reported at once", () => {
    try {
      gamma({ shape: -1, mean: Number.NaN });
      expect.unreachable();
    } catch (error) {
      expect((error as RandomError).issues.map((i) => i.path)).toEqual(["shape", "mean"]);
      expect((error as RandomError).message).toContain("received NaN");
    }
  });

  it("uniform and triangular reject bounds in the wrong order", () => {
    fc.assert(
      fc.property(
        fc.double({ noNaN: true, noDefaultInfinity: true }),
        fc.double({ noNaN: true, noDefaultInfinity: true }),
        (a, b) => {
          const [lo, hi] = a <= b ? [a, b] : [b, a];
          const below = lo === hi ? hi : lo;
          expectRejection(() => uniform({ min: hi, max: below }), "uniform", "max");
          expectRejection(() => triangular({ min: hi, mode: hi, max: below }), "triangular", "max");
        },
      ),
      { seed: SEED, numRuns: 100 },
    );
    expectRejection(() => triangular({ min: 0, mode: 3, max: 2 }), "triangular", "mode");
    expectRejection(() => triangular({ min: 0, mode: -1, max: 2 }), "triangular", "mode");
  });

  it("mixture and discrete reject weights that do not sum to 1 within 1e-9", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 2, noNaN: true }),
        fc.double({ min: 0, max: 2, noNaN: true }),
        (w1, w2) => {
          fc.pre(Math.abs(w1 + w2 - 1) > 1e-9);
          const components = [
            { weight: w1, distribution: exponential({ mean: 1 }) },
            { weight: w2, distribution: exponential({ mean: 2 }) },
          ];
          expectRejection(() => mixture({ components }), "mixture", "components");
          expectRejection(
            () => discrete({ values: [1, 2], probabilities: [w1, w2] }),
            "discrete",
            "probabilities",
          );
        },
      ),
      { seed: SEED, numRuns: 100 },
    );
    // 0.1 + 0.2 + 0.7 sums to 0.9999999999999999
    expect(() => discrete({ values: [1, 2, 3], probabilities: [0.1, 0.2, 0.7] })).not.toThrow();
  });

  it("structural errors name the offending parameter", () => {
    expectRejection(() => mixture({ components: [] }), "mixture", "components");
    expectRejection(
      () => mixture({ components: [{ weight: 1, distribution: {} as never }] }),
      "mixture",
      "components[0].distribution",
    );
    expectRejection(
      () => discrete({ values: [1, 2], probabilities: [1] }),
      "discrete",
      "probabilities",
    );
    expectRejection(() => empirical({ samples: [] }), "empirical", "samples");
    expectRejection(() => empirical({ samples: [1], interpolate: true }), "empirical", "samples");
    expectRejection(
      () => empirical({ samples: [1, 2], interpolate: "yes" as never }),
      "empirical",
      "interpolate",
    );
    expectRejection(() => erlang({ k: 2.5, mean: 1 }), "erlang", "k");
    expectRejection(() => weibull({ shape: 0.01, scale: 1 }), "weibull", "shape");
    expectRejection(() => gamma({ shape: 1e-300, mean: 1e300 }), "gamma", "mean");
    expectRejection(() => truncatedNormal({ mean: 0, sd: 1, min: 40 }), "truncatedNormal", "min");
    expectRejection(
      () => createRateProfile({ ratePerHourByHourOfDay: [1, 2, 3] }),
      "RateProfile",
      "ratePerHourByHourOfDay",
    );
    expectRejection(
      () =>
        createRateProfile({
          ratePerHourByHourOfDay: Array(24).fill(1),
          dayOfWeekMultipliers: [1, 1, 1, 1, 1, 1, -1],
          seasonalMultipliers: [{ fromDay: 10, toDay: 5, multiplier: 2 }],
        }),
      "RateProfile",
      "seasonalMultipliers[0].toDay",
    );
  });
});
