import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  confidenceInterval,
  type ErlangAOptions,
  erlangA,
  erlangB,
  erlangC,
  mmc,
  StatsError,
} from "../../src/stats/index.js";
import { lcg } from "./lcg.js";

/** |actual − expected| <= tolerance·|expected|. */
function expectRelative(actual: number, expected: number, tolerance: number): void {
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(tolerance * Math.abs(expected));
}

/**
 * The stationary law of the chain truncated at `states` states, by Gaussian elimination with
 * partial pivoting on πQ = 0 with one balance equation replaced by Σπ = 1. Nothing here
 * knows the chain is birth–death: the generator is written out state by state.
 */
function bruteForce(o: ErlangAOptions, states: number) {
  const { arrivalRate: l, serviceRate: mu, servers: c, abandonmentRate: th } = o;
  const n = states;
  const q = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  for (let i = 0; i < n; i++) {
    if (i + 1 < n) q[i]![i + 1] = l;
    if (i > 0) q[i]![i - 1] = Math.min(i, c) * mu + Math.max(0, i - c) * th;
    q[i]![i] = -q[i]!.reduce((s, x) => s + x, 0);
  }
  // rows of A = Qᵀ, the last one replaced by the normalisation
  const a = Array.from({ length: n }, (_, r) => [...q.map((row) => row[r]!), r === n - 1 ? 1 : 0]);
  a[n - 1] = [...new Array<number>(n).fill(1), 1];
  for (let col = 0; col < n; col++) {
    let pivot = col;
    for (let r = col + 1; r < n; r++) {
      if (Math.abs(a[r]![col]!) > Math.abs(a[pivot]![col]!)) pivot = r;
    }
    [a[col], a[pivot]] = [a[pivot]!, a[col]!];
    for (let r = col + 1; r < n; r++) {
      const f = a[r]![col]! / a[col]![col]!;
      if (f !== 0) for (let k = col; k <= n; k++) a[r]![k]! -= f * a[col]![k]!;
    }
  }
  const p = new Array<number>(n).fill(0);
  for (let r = n - 1; r >= 0; r--) {
    let s = a[r]![n]!;
    for (let k = r + 1; k < n; k++) s -= a[r]![k]! * p[k]!;
    p[r] = s / a[r]![r]!;
  }
  const sum = (f: (i: number) => number) => p.reduce((s, x, i) => s + x * f(i), 0);
  const meanQueueLength = sum((i) => Math.max(0, i - c));
  const abandonmentProbability = (th * meanQueueLength) / l;
  return {
    probabilityWait: sum((i) => (i >= c ? 1 : 0)),
    meanQueueLength,
    abandonmentProbability,
    utilisation: sum((i) => Math.min(i, c)) / c,
    throughput: l * (1 - abandonmentProbability),
    lastState: p[n - 1]!,
  };
}

/**
 * Replications of the FCFS queue with abandonment, each `customers` long: a customer starts
 * service when the earliest of the c servers frees (customers who left never hold one) and
 * abandons instead when its patience runs out first.
 */
function simulate(o: ErlangAOptions, seed: number, customers: number) {
  const rng = lcg(seed);
  const free = new Array<number>(o.servers).fill(0);
  let t = 0;
  let waited = 0;
  let abandoned = 0;
  let servedWait = 0;
  let abandonedWait = 0;
  for (let i = 0; i < customers; i++) {
    t += rng.exponential(1 / o.arrivalRate);
    const patience = rng.exponential(1 / o.abandonmentRate);
    let s = 0;
    for (let j = 1; j < free.length; j++) if (free[j]! < free[s]!) s = j;
    const wait = Math.max(0, free[s]! - t);
    if (wait > 0) waited++;
    if (wait > patience) {
      abandoned++;
      abandonedWait += patience;
    } else {
      servedWait += wait;
      free[s] = t + wait + rng.exponential(1 / o.serviceRate);
    }
  }
  return {
    probabilityWait: waited / customers,
    abandonmentProbability: abandoned / customers,
    meanWaitInQueueServed: servedWait / (customers - abandoned),
    meanWaitInQueueAbandoned: abandonedWait / abandoned,
  };
}

const options = fc.record({
  arrivalRate: fc.double({ min: 0.01, max: 200, noNaN: true }),
  serviceRate: fc.double({ min: 0.05, max: 20, noNaN: true }),
  servers: fc.integer({ min: 1, max: 60 }),
  abandonmentRate: fc.double({ min: 0.001, max: 1000, noNaN: true }),
});

describe("erlangA, the M/M/c+M queue", () => {
  it("becomes the Erlang B loss system when patience is far shorter than service", () => {
    for (const c of [1, 2, 5, 20]) {
      for (const share of [0.3, 0.9, 1.5]) {
        const a = c * share;
        const r = erlangA({ arrivalRate: a, serviceRate: 1, servers: c, abandonmentRate: 1e6 });
        // the error is of order (λ + cμ)/θ <= 5e-5 here
        expectRelative(r.abandonmentProbability, erlangB(c, a), 1e-4);
        expectRelative(r.probabilityWait, erlangB(c, a), 1e-4);
        expect(r.meanQueueLength).toBeLessThan(1e-4);
      }
    }
  });

  it("approaches Erlang C's waiting probability and mean wait when patience is long and ρ < 1", () => {
    for (const c of [1, 3, 10, 50]) {
      for (const rho of [0.5, 0.8, 0.95]) {
        const o = { arrivalRate: rho * c * 2, serviceRate: 2, servers: c };
        const r = erlangA({ ...o, abandonmentRate: 1e-9 });
        const m = mmc(o);
        if (!m.stable) throw new Error("the M/M/c reference must be stable");
        // the error is of order θ·E[W²] <= 1e-9 · 2·20² here
        expectRelative(r.probabilityWait, erlangC(c, rho * c), 1e-6);
        expectRelative(r.meanWaitInQueue, m.meanWaitInQueue, 1e-6);
        expectRelative(r.meanWaitInQueueServed, m.meanWaitInQueue, 1e-6);
        expectRelative(r.meanQueueLength, m.meanQueueLength, 1e-6);
        expect(r.abandonmentProbability).toBeLessThan(1e-7);
      }
    }
  });

  it("agrees to 1e-9 with Gaussian elimination on the truncated generator for one and three servers", () => {
    const cases: ErlangAOptions[] = [
      { arrivalRate: 0.9, serviceRate: 1, servers: 1, abandonmentRate: 0.2 },
      { arrivalRate: 3, serviceRate: 1, servers: 1, abandonmentRate: 0.5 },
      { arrivalRate: 0.1, serviceRate: 2, servers: 1, abandonmentRate: 5 },
      { arrivalRate: 4, serviceRate: 1, servers: 3, abandonmentRate: 0.3 },
      { arrivalRate: 1.2, serviceRate: 0.5, servers: 3, abandonmentRate: 2 },
    ];
    for (const o of cases) {
      const exact = bruteForce(o, 300);
      expect(exact.lastState).toBeLessThan(1e-15); // the truncation is harmless
      const r = erlangA(o);
      expectRelative(r.probabilityWait, exact.probabilityWait, 1e-9);
      expectRelative(r.meanQueueLength, exact.meanQueueLength, 1e-9);
      expectRelative(r.abandonmentProbability, exact.abandonmentProbability, 1e-9);
      expectRelative(r.utilisation, exact.utilisation, 1e-9);
      expectRelative(r.throughput, exact.throughput, 1e-9);
    }
  });

  it("is the M/M/∞ queue, number in system Poisson(λ/μ), when patience is as long as service", () => {
    // θ = μ makes the death rate min(n, c)·μ + (n − c)⁺·θ = n·μ in every state
    for (const c of [1, 2, 5]) {
      for (const a of [0.3, 2, 7.5]) {
        const r = erlangA({ arrivalRate: 2 * a, serviceRate: 2, servers: c, abandonmentRate: 2 });
        const poisson: number[] = [Math.exp(-a)];
        for (let n = 1; n < 200; n++) poisson.push((poisson[n - 1]! * a) / n);
        // summed term by term, not as differences, so that small tails keep their digits
        const waiting = poisson.slice(c).reduce((s, p) => s + p, 0);
        const queue = poisson.reduce((s, p, n) => s + Math.max(0, n - c) * p, 0);
        expectRelative(r.probabilityWait, waiting, 1e-12);
        expectRelative(r.meanQueueLength, queue, 1e-12);
        expectRelative(r.meanNumberInSystem, a, 1e-12);
        expectRelative(r.abandonmentProbability, queue / a, 1e-12);
      }
    }
  });

  it("gives waits of served and abandoning customers inside a simulation's 99.9% confidence intervals", () => {
    const cases: ErlangAOptions[] = [
      { arrivalRate: 2.4, serviceRate: 1, servers: 2, abandonmentRate: 0.5 },
      { arrivalRate: 0.8, serviceRate: 1, servers: 1, abandonmentRate: 2 },
      { arrivalRate: 9, serviceRate: 1, servers: 6, abandonmentRate: 0.25 },
    ];
    for (const [i, o] of cases.entries()) {
      const runs = Array.from({ length: 20 }, (_, rep) => simulate(o, 1000 * i + rep, 20_000));
      const theory = erlangA(o);
      for (const key of [
        "probabilityWait",
        "abandonmentProbability",
        "meanWaitInQueueServed",
        "meanWaitInQueueAbandoned",
      ] as const) {
        const ci = confidenceInterval(
          runs.map((run) => run[key]),
          0.999,
        );
        expect(theory[key], `${key} of ${JSON.stringify(o)}`).toBeGreaterThanOrEqual(ci.lower!);
        expect(theory[key], `${key} of ${JSON.stringify(o)}`).toBeLessThanOrEqual(ci.upper!);
      }
    }
  });

  it("conserves flow: arrivals are served or abandon, and servers carry exactly the served", () => {
    fc.assert(
      fc.property(options, (o) => {
        const r = erlangA(o);
        const l = o.arrivalRate;
        const cMu = o.servers * o.serviceRate;
        expectRelative(r.throughput + l * r.abandonmentProbability, l, 1e-12);
        expectRelative(r.utilisation * cMu, r.throughput, 1e-9);
        // Little's law and the abandonment flow θ·Lq = λ·P(abandon)
        expectRelative(r.meanWaitInQueue * l, r.meanQueueLength, 1e-9);
        expectRelative(o.abandonmentRate * r.meanQueueLength, l * r.abandonmentProbability, 1e-9);
        // the mean wait over all arrivals splits into the served and the abandoning
        const p = r.abandonmentProbability;
        expectRelative(
          (1 - p) * r.meanWaitInQueueServed + p * r.meanWaitInQueueAbandoned,
          r.meanWaitInQueue,
          1e-9,
        );
        expectRelative(r.meanNumberInSystem, r.meanQueueLength + r.utilisation * o.servers, 1e-12);
      }),
      { seed: 20_260_517, numRuns: 300 },
    );
  });

  it("stays finite and JSON-safe, with probabilities in [0, 1], over a wide range of inputs", () => {
    const wide = fc.record({
      arrivalRate: fc.oneof(fc.constant(0), fc.double({ min: 1e-9, max: 1e5, noNaN: true })),
      serviceRate: fc.double({ min: 1e-3, max: 1e3, noNaN: true }),
      servers: fc.integer({ min: 1, max: 2000 }),
      abandonmentRate: fc.double({ min: 0.05, max: 1e12, noNaN: true }),
    });
    fc.assert(
      fc.property(wide, (o) => {
        const r = erlangA(o);
        for (const value of Object.values(r)) expect(Number.isFinite(value)).toBe(true);
        expect(JSON.parse(JSON.stringify(r))).toEqual(r);
        for (const p of [r.probabilityWait, r.abandonmentProbability, r.utilisation]) {
          expect(p).toBeGreaterThanOrEqual(0);
          expect(p).toBeLessThanOrEqual(1);
        }
        expect(r.abandonmentProbability).toBeLessThanOrEqual(r.probabilityWait * (1 + 1e-12));
      }),
      { seed: 7, numRuns: 200 },
    );
  });

  it("has no arrivals, no waiting and no abandonment at a zero arrival rate", () => {
    const r = erlangA({ arrivalRate: 0, serviceRate: 1, servers: 3, abandonmentRate: 1 });
    expect(r).toMatchObject({
      probabilityWait: 0,
      abandonmentProbability: 0,
      throughput: 0,
      utilisation: 0,
      meanQueueLength: 0,
      meanWaitInQueue: 0,
      meanWaitInQueueServed: 0,
    });
    // the limit: one customer waiting alone leaves at rate cμ + θ either way
    expect(r.meanWaitInQueueAbandoned).toBeCloseTo(1 / 4, 15);
  });

  it("loses the excess load in overload (λ = 2cμ) as the fluid limit says when patience is long", () => {
    for (const c of [1, 10, 100]) {
      const cMu = c * 1;
      const theta = 1e-3;
      const o = { arrivalRate: 2 * cMu, serviceRate: 1, servers: c, abandonmentRate: theta };
      const r = erlangA(o);
      // fluid limit: P(abandon) = 1 − cμ/λ and Lq = (λ − cμ)/θ, off only by the exponentially
      // small idle-server share (λ·(1 − P(abandon)) = μ·E[busy]); the virtual wait is
      // w = ln(λ/(cμ))/θ, the served wait it, the abandoning wait E[τ | τ < w] — these two off
      // by O(θ/(cμ)), stated here as 2θ/(cμ) (0.2% for one server)
      expectRelative(r.abandonmentProbability, 1 - cMu / o.arrivalRate, 1e-9);
      expectRelative(r.meanQueueLength, (o.arrivalRate - cMu) / theta, 1e-9);
      const w = Math.log(o.arrivalRate / cMu) / theta;
      const abandonedWait = 1 / theta - (w * Math.exp(-theta * w)) / (1 - Math.exp(-theta * w));
      expectRelative(r.meanWaitInQueueServed, w, (2 * theta) / cMu);
      expectRelative(r.meanWaitInQueueAbandoned, abandonedWait, (2 * theta) / cMu);
      expect(r.utilisation).toBeGreaterThan(1 - 1e-9);
      expect(r.probabilityWait).toBeGreaterThan(1 - 1e-9);
    }
  });

  it("sums a long queue (about a million waiting) to the fluid values", () => {
    const r = erlangA({ arrivalRate: 200, serviceRate: 1, servers: 100, abandonmentRate: 1e-4 });
    expectRelative(r.meanQueueLength, 1e6, 1e-6);
    expectRelative(r.abandonmentProbability, 0.5, 1e-6);
  });

  const bad: [string, Partial<ErlangAOptions>, string][] = [
    ["a negative arrival rate", { arrivalRate: -1 }, "arrivalRate"],
    ["an infinite arrival rate", { arrivalRate: Number.POSITIVE_INFINITY }, "arrivalRate"],
    ["a zero service rate", { serviceRate: 0 }, "serviceRate"],
    ["a NaN service rate", { serviceRate: Number.NaN }, "serviceRate"],
    [
      "a service rate that makes λ/μ overflow",
      { arrivalRate: 1e300, serviceRate: 1e-300 },
      "serviceRate",
    ],
    ["zero servers", { servers: 0 }, "servers"],
    ["fractional servers", { servers: 2.5 }, "servers"],
    ["a zero abandonment rate", { abandonmentRate: 0 }, "abandonmentRate"],
    ["a negative abandonment rate", { abandonmentRate: -0.1 }, "abandonmentRate"],
    [
      "an infinite abandonment rate",
      { abandonmentRate: Number.POSITIVE_INFINITY },
      "abandonmentRate",
    ],
    [
      "an abandonment rate too small for the overload",
      { arrivalRate: 200, abandonmentRate: 1e-6 },
      "abandonmentRate",
    ],
    [
      "an abandonment rate too small at critical load",
      { arrivalRate: 10, abandonmentRate: 1e-15 },
      "abandonmentRate",
    ],
  ];
  for (const [what, change, path] of bad) {
    it(`rejects ${what} with a StatsError naming ${path}`, () => {
      const o = { arrivalRate: 5, serviceRate: 1, servers: 10, abandonmentRate: 0.5, ...change };
      let error: unknown;
      try {
        erlangA(o);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(StatsError);
      expect(error).toMatchObject({ code: "INVALID_ARGUMENT", api: "erlangA", path });
      expect((error as StatsError).message).toMatch(new RegExp(`^erlangA: ${path}: expected `));
    });
  }
});
