import { describe, expect, expectTypeOf, it } from "vitest";
import { MAX_RENDERED_LENGTH } from "../../src/common/index.js";
import {
  type Distribution,
  deterministic,
  discrete,
  empirical,
  erlang,
  exponential,
  gamma,
  lognormal,
  mixture,
  normal,
  PoissonArrivals,
  poissonArrivals,
  RandomError,
  triangular,
  truncatedNormal,
  uniform,
  weibull,
} from "../../src/random/index.js";

/** Every factory of the layer, its API name, its option names, and a valid options object. */
const FACTORIES: readonly (readonly [string, (options: never) => unknown, string, object])[] = [
  ["deterministic", deterministic, "value", { value: 90 }],
  ["exponential", exponential, "mean", { mean: 300 }],
  ["uniform", uniform, "min, max", { min: 60, max: 120 }],
  ["triangular", triangular, "min, mode, max", { min: 60, mode: 90, max: 240 }],
  ["erlang", erlang, "k, mean", { k: 3, mean: 600 }],
  ["gamma", gamma, "shape, mean", { shape: 2.5, mean: 300 }],
  ["normal", normal, "mean, sd", { mean: 0, sd: 1 }],
  ["truncatedNormal", truncatedNormal, "mean, sd, min", { mean: 120, sd: 60, min: 0 }],
  ["lognormal", lognormal, "mean, sd", { mean: 300, sd: 150 }],
  ["weibull", weibull, "shape, scale", { shape: 1.5, scale: 600 }],
  ["discrete", discrete, "values, probabilities", { values: [0, 1], probabilities: [0.5, 0.5] }],
  ["empirical", empirical, "samples, interpolate", { samples: [1, 2], interpolate: true }],
  [
    "mixture",
    mixture,
    "components",
    { components: [{ weight: 1, distribution: deterministic({ value: 1 }) }] },
  ],
  ["PoissonArrivals", poissonArrivals, "ratePerSecond", { ratePerSecond: 0.01 }],
];

function rejection(build: () => unknown): RandomError {
  try {
    build();
  } catch (error) {
    if (error instanceof RandomError) return error;
    throw error;
  }
  throw new Error("expected a RandomError, nothing was thrown");
}

describe("one calling convention: an options object with named fields", () => {
  it.each(FACTORIES)("%s accepts its options object", (_, factory, __, options) => {
    expect(() => factory(options as never)).not.toThrow();
  });

  it.each(FACTORIES)(
    "%s rejects a positional number, null, an array or nothing with one issue naming the options",
    (api, factory, names) => {
      for (const bad of [300, null, [300, 5], "mean", undefined]) {
        const error = rejection(() => factory(bad as never));
        expect(error.code).toBe("INVALID_PARAMETER");
        expect(error.api).toBe(api);
        expect(error.issues).toHaveLength(1);
        expect(error.issues[0]?.path).toBe("options");
        expect(error.issues[0]?.expected).toBe(`an options object { ${names} }`);
      }
      expect(rejection(() => factory(300 as never)).message).toBe(
        `${api}: options: expected an options object { ${names} }, received 300`,
      );
    },
  );

  it.each(FACTORIES)(
    "%s rejects an unknown option, naming it and the known ones",
    (api, factory, names, options) => {
      const error = rejection(() => factory({ ...options, rate: 0.1 } as never));
      expect(error.message).toBe(`${api}: rate: expected a known option (${names}), received 0.1`);
    },
  );

  it("a typo in an optional field is caught instead of silently using the default", () => {
    expect(() => truncatedNormal({ mean: 10, sd: 3, minimum: 5 } as never)).toThrowError(
      "truncatedNormal: minimum: expected a known option (mean, sd, min), received 5",
    );
    expect(() => empirical({ samples: [1, 2], interpolated: true } as never)).toThrowError(
      /empirical: interpolated: expected a known option/,
    );
  });

  it("optional fields take their documented defaults", () => {
    expect(truncatedNormal({ mean: 0, sd: 1 }).min).toBe(0);
    expect(empirical({ samples: [3, 1] }).interpolate).toBe(false);
  });

  it("gamma from shape and mean has the analytic mean and variance of that mean", () => {
    const law = gamma({ shape: 2.5, mean: 300 });
    expect(law.mean).toBe(300);
    expect(law.scale).toBe(120);
    expect(law.variance).toBe(300 ** 2 / 2.5);
    expect(law.describe()).toBe("gamma(shape=2.5, mean=300)");
    const asErlang = erlang({ k: 3, mean: 600 });
    const asGamma = gamma({ shape: 3, mean: 600 });
    expect([asGamma.mean, asGamma.variance]).toEqual([asErlang.mean, asErlang.variance]);
  });

  it("PoissonArrivals validates its options whether built by the class or the factory", () => {
    expect(() => new PoissonArrivals({ ratePerSecond: -1 })).toThrowError(
      "PoissonArrivals: ratePerSecond: expected a finite number >= 0, received -1",
    );
    expect(new PoissonArrivals({ ratePerSecond: 0.5 }).ratePerSecond).toBe(0.5);
  });

  it("the option types are exported by name and are what each factory takes", () => {
    expectTypeOf(exponential).parameter(0).toEqualTypeOf<{ readonly mean: number }>();
    expectTypeOf(uniform).parameter(0).toEqualTypeOf<{
      readonly min: number;
      readonly max: number;
    }>();
    expectTypeOf(truncatedNormal)
      .parameter(0)
      .toHaveProperty("min")
      .toEqualTypeOf<number | undefined>();
    expectTypeOf(mixture).returns.toMatchTypeOf<Distribution>();
    // @ts-expect-error the positional form is gone
    expect(() => exponential(300)).toThrowError(RandomError);
  });
});

describe("RandomError carries the common issue shape", () => {
  it("each issue has a path, an expectation, the received value as text, and a message", () => {
    const error = rejection(() => uniform({ min: 2, max: 1 }));
    expect(error.issues).toEqual([
      {
        path: "max",
        expected: "a number > min (2)",
        received: "1",
        message: "max: expected a number > min (2), received 1",
      },
    ]);
    expect(error.message).toBe("uniform: max: expected a number > min (2), received 1");
  });

  it("weights that do not sum to 1 show their sum as the received value", () => {
    const error = rejection(() => discrete({ values: [1, 2], probabilities: [0.5, 0.6] }));
    expect(error.issues[0]?.message).toBe(
      "probabilities: expected probabilities summing to 1 within 1e-9, received probabilities summing to 1.1",
    );
  });

  it("a 10 MB string or a million-element array as a bad value gives a short message", () => {
    const huge = "x".repeat(10_000_000);
    const fromString = rejection(() => exponential({ mean: huge as never }));
    expect(fromString.issues[0]?.received.length).toBeLessThanOrEqual(MAX_RENDERED_LENGTH);
    expect(fromString.message.length).toBeLessThan(200);

    const million = new Array<number>(1_000_000).fill(7);
    const fromArray = rejection(() => normal({ mean: million as never, sd: 1 }));
    expect(fromArray.message.length).toBeLessThan(200);
    const asOptions = rejection(() => exponential(million as never));
    expect(asOptions.message.length).toBeLessThan(200);
  });

  it("many bad entries are all kept as issues but the message lists 20 and counts the rest", () => {
    const samples = new Array<number>(100_000).fill(Number.NaN);
    const error = rejection(() => empirical({ samples }));
    expect(error.issues).toHaveLength(100_000);
    expect(error.message.endsWith("; … and 99980 more problems")).toBe(true);
    expect(error.message.length).toBeLessThan(2_000);
  });
});
