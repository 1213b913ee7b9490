import jstatPkg from "jstat";
import { describe, expect, it } from "vitest";
import {
  createStream,
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
  normalQuantile,
  triangular,
  truncatedNormal,
  uniform,
  weibull,
} from "../../src/random/index.js";
import { sampleMoments, tolerances } from "./moments.js";

const { jStat } = jstatPkg;

const N = 200_000;

/** Every law, with parameter sets chosen to cover each code path (boosted gamma, tails, …). */
const LAWS: readonly Distribution[] = [
  deterministic({ value: 90 }),
  uniform({ min: 60, max: 120 }),
  uniform({ min: -1, max: 1 }),
  exponential({ mean: 300 }),
  exponential({ mean: 0.01 }),
  erlang({ k: 1, mean: 50 }),
  erlang({ k: 3, mean: 600 }),
  erlang({ k: 400, mean: 100 }), // exercises the underflow guard of the uniform product
  gamma({ shape: 0.3, mean: 0.6 }),
  gamma({ shape: 1, mean: 3 }),
  gamma({ shape: 2.5, mean: 300 }),
  gamma({ shape: 30, mean: 3 }),
  normal({ mean: 10, sd: 3 }),
  normal({ mean: -5, sd: 0.1 }),
  truncatedNormal({ mean: 120, sd: 60 }), // α = −2: rejection from the parent
  truncatedNormal({ mean: 100, sd: 80 }), // α = −1.25
  truncatedNormal({ mean: 0, sd: 1, min: 0 }), // α = 0: half-normal, Robert's proposal
  truncatedNormal({ mean: 10, sd: 5, min: 15 }), // α = 1
  truncatedNormal({ mean: 0, sd: 1, min: 4 }), // α = 4: far tail
  lognormal({ mean: 300, sd: 150 }),
  lognormal({ mean: 1, sd: 0.2 }),
  triangular({ min: 60, mode: 90, max: 240 }),
  triangular({ min: 0, mode: 0, max: 1 }),
  triangular({ min: 0, mode: 1, max: 1 }),
  weibull({ shape: 1.5, scale: 600 }),
  weibull({ shape: 0.8, scale: 10 }),
  weibull({ shape: 5, scale: 2 }),
  empirical({ samples: [95, 120, 120, 130, 300, 47, 610] }),
  empirical({ samples: [95, 120, 120, 130, 300, 47, 610], interpolate: true }),
  empirical({ samples: [5, 1], interpolate: true }),
  mixture({
    components: [
      { weight: 0.8, distribution: exponential({ mean: 120 }) },
      { weight: 0.2, distribution: lognormal({ mean: 1800, sd: 900 }) },
    ],
  }),
  mixture({
    components: [
      { weight: 0.5, distribution: uniform({ min: 0, max: 1 }) },
      { weight: 0, distribution: deterministic({ value: 1e6 }) },
      { weight: 0.5, distribution: deterministic({ value: 3 }) },
    ],
  }),
  discrete({ values: [0, 1, 2], probabilities: [0.85, 0.1, 0.05] }),
  discrete({ values: [7, -1, 4, 9], probabilities: [0, 0.25, 0.75, 0] }),
];

describe("every distribution matches its analytic moments", () => {
  it.each(LAWS.map((law) => [law.describe(), law] as const))(
    "%s: sample mean and variance of 200,000 draws lie in 99.9% intervals around the analytic ones",
    (label, law) => {
      const seed = `moments/${label}`;
      const stream = createStream(seed);
      const draws = new Float64Array(N);
      for (let i = 0; i < N; i++) draws[i] = law.sample(stream);
      const m = sampleMoments(draws);
      const tol = tolerances(m);
      const eps = 1e-12 * (1 + Math.abs(law.mean));
      expect(
        Math.abs(m.mean - law.mean),
        `seed=${seed}: mean ${m.mean} vs analytic ${law.mean} (tolerance ${tol.mean})`,
      ).toBeLessThanOrEqual(tol.mean + eps);
      expect(
        Math.abs(m.variance - law.variance),
        `seed=${seed}: variance ${m.variance} vs analytic ${law.variance} (tolerance ${tol.variance})`,
      ).toBeLessThanOrEqual(tol.variance + 1e-12 * (1 + law.variance));
    },
  );
});

describe("distribution details", () => {
  it("each law states a kind and a describe() string naming its parameters", () => {
    expect(exponential({ mean: 300 }).kind).toBe("exponential");
    expect(exponential({ mean: 300 }).describe()).toBe("exponential(mean=300)");
    expect(truncatedNormal({ mean: 120, sd: 60, min: 10 }).describe()).toBe(
      "truncatedNormal(mean=120, sd=60, min=10)",
    );
    expect(lognormal({ mean: 300, sd: 150 }).describe()).toBe("lognormal(mean=300, sd=150)");
    for (const law of LAWS) expect(law.describe().startsWith(law.kind)).toBe(true);
  });

  it("the truncated normal states the truncated law's moments, not the parent's", () => {
    const halfNormal = truncatedNormal({ mean: 0, sd: 1, min: 0 });
    expect(halfNormal.mean).toBeCloseTo(Math.sqrt(2 / Math.PI), 14);
    expect(halfNormal.variance).toBeCloseTo(1 - 2 / Math.PI, 14);
    const durations = truncatedNormal({ mean: 120, sd: 60 });
    expect(durations.mean).toBeGreaterThan(120);
    expect(durations.variance).toBeLessThan(3600);
  });

  it("the lognormal converts its own mean and sd into the log-scale mu and sigma", () => {
    const law = lognormal({ mean: 300, sd: 150 });
    expect(Math.exp(law.mu + law.sigma ** 2 / 2)).toBeCloseTo(300, 9);
    expect(law.variance).toBe(150 ** 2);
  });

  it("bounded laws never leave their support", () => {
    const stream = createStream("support");
    const tn = truncatedNormal({ mean: 10, sd: 5, min: 15 });
    const tri = triangular({ min: 60, mode: 90, max: 240 });
    const emp = empirical({ samples: [3, 1, 2], interpolate: true });
    const cat = discrete({ values: [7, -1, 4, 9], probabilities: [0, 0.25, 0.75, 0] });
    const boosted = gamma({ shape: 0.3, mean: 0.6 });
    const outside: string[] = [];
    for (let i = 0; i < 20_000; i++) {
      const x = tn.sample(stream);
      if (x < 15) outside.push(`truncatedNormal ${x}`);
      const t = tri.sample(stream);
      if (t < 60 || t > 240) outside.push(`triangular ${t}`);
      const e = emp.sample(stream);
      if (e < 1 || e > 3) outside.push(`empirical ${e}`);
      const c = cat.sample(stream);
      if (c !== -1 && c !== 4) outside.push(`discrete ${c}`);
      const g = boosted.sample(stream);
      if (!(g >= 0)) outside.push(`gamma ${g}`);
    }
    expect(outside, "seed=support").toEqual([]);
  });

  it("discrete empirical sampling returns only observed values", () => {
    const stream = createStream("empirical-discrete");
    const observed = [95, 120, 130, 300];
    const law = empirical({ samples: observed });
    for (let i = 0; i < 1000; i++) expect(observed).toContain(law.sample(stream));
  });

  it("normal and lognormal consume exactly one uniform per sample (no cached variate)", () => {
    for (const law of [normal({ mean: 0, sd: 1 }), lognormal({ mean: 1, sd: 1 })]) {
      const a = createStream("draw-count");
      const b = createStream("draw-count");
      law.sample(a);
      law.sample(a);
      for (let i = 0; i < 2; i++) b.next();
      expect(a.next()).toBe(b.next());
    }
  });

  it("normal quantiles match jStat's independent inverse CDF and published tail values", () => {
    const far: string[] = [];
    // jStat refines erfcinv by Newton steps: good to ~1e-12 in the body, loose beyond 1e-6.
    for (const p of [1e-6, 1e-4, 0.02, 0.0749, 0.075, 0.25, 0.5, 0.7, 0.925, 0.9251, 0.999]) {
      const mine = normalQuantile(p);
      const reference = jStat.normal.inv(p, 0, 1);
      if (Math.abs(mine - reference) > 1e-9 * Math.max(1, Math.abs(reference))) {
        far.push(`p=${p}: ${mine} vs ${reference}`);
      }
      // 1 − p is exact only away from 0 (a double near 1 has a coarse grid).
      expect(normalQuantile(1 - p)).toBeCloseTo(-mine, 9);
    }
    expect(far).toEqual([]);
    // Tails (R's qnorm): the smallest uniform a stream yields is 2^-33.
    expect(normalQuantile(1e-9)).toBeCloseTo(-5.997807015007686, 9);
    expect(normalQuantile(1e-15)).toBeCloseTo(-7.941345326170997, 9);
    expect(normalQuantile(0.5)).toBe(0);
    expect(normalQuantile(0.975)).toBeCloseTo(1.959963984540054, 14);
    expect(normalQuantile(0)).toBe(Number.NEGATIVE_INFINITY);
    expect(normalQuantile(1)).toBe(Number.POSITIVE_INFINITY);
    expect(normalQuantile(1.5)).toBeNaN();
  });

  it("the same distribution object gives the same values for equally seeded streams", () => {
    const law = normal({ mean: 0, sd: 1 });
    const first = createStream("replay");
    const second = createStream("replay");
    const x = Array.from({ length: 5 }, () => law.sample(first));
    const y = Array.from({ length: 5 }, () => law.sample(second));
    expect(x).toEqual(y);
  });

  it("exponential and weibull samples increase with the uniform they consume (inversion)", () => {
    const u = [0, 0.1, 0.5, 0.9, 1 - 2 ** -32];
    const fake = (value: number) => ({ next: () => value, nextOpen: () => value }) as never;
    for (const law of [
      exponential({ mean: 5 }),
      weibull({ shape: 2, scale: 3 }),
      uniform({ min: 1, max: 2 }),
      triangular({ min: 0, mode: 1, max: 4 }),
    ]) {
      const values = u.map((x) => law.sample(fake(x)));
      for (let i = 1; i < values.length; i++) {
        expect(values[i]).toBeGreaterThan(values[i - 1] as number);
      }
    }
  });
});
