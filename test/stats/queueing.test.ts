import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  erlangB,
  erlangC,
  jackson,
  md1,
  mg1,
  mm1PriorityNonPreemptive,
  mmc,
  mmck,
} from "../../src/stats/index.js";

/** a^k / k! for k = 0..c, by direct products (fine for small c). */
function poissonTerms(c: number, a: number): number[] {
  const terms: number[] = [];
  let factorial = 1;
  for (let k = 0; k <= c; k++) {
    if (k > 0) factorial *= k;
    terms.push(a ** k / factorial);
  }
  return terms;
}

function erlangBDirect(c: number, a: number): number {
  const t = poissonTerms(c, a);
  return t[c]! / t.reduce((s, x) => s + x, 0);
}

function erlangCDirect(c: number, a: number): number {
  const t = poissonTerms(c, a);
  const top = (t[c]! * c) / (c - a);
  return top / (t.slice(0, c).reduce((s, x) => s + x, 0) + top);
}

describe("Erlang B and C", () => {
  it("Erlang B(10, 5) is the textbook 0.018385", () => {
    expect(erlangB(10, 5)).toBeCloseTo(0.018385, 6);
  });

  it("agree with direct factorial sums for small server counts", () => {
    for (let c = 1; c <= 25; c++) {
      for (const share of [0.05, 0.3, 0.6, 0.9, 0.99]) {
        const a = c * share;
        expect(erlangB(c, a)).toBeCloseTo(erlangBDirect(c, a), 12);
        expect(erlangC(c, a)).toBeCloseTo(erlangCDirect(c, a), 12);
      }
    }
    expect(erlangC(2, 1)).toBeCloseTo(1 / 3, 14);
  });

  it("stay finite and in [0, 1] for hundreds and thousands of servers", () => {
    for (const c of [500, 1000, 5000]) {
      for (const a of [0.5 * c, 0.95 * c, 0.999 * c, 2 * c]) {
        for (const p of [erlangB(c, a), erlangC(c, a)]) {
          expect(Number.isFinite(p)).toBe(true);
          expect(p).toBeGreaterThanOrEqual(0);
          expect(p).toBeLessThanOrEqual(1);
        }
      }
    }
    expect(erlangC(500, 480)).toBeGreaterThan(0.1);
    expect(erlangC(500, 480)).toBeLessThan(0.6);
  });

  it("Erlang C is at least Erlang B and 1 for an overloaded system", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 200 }),
        fc.double({ min: 0, max: 0.999, noNaN: true }),
        (c, share) => {
          expect(erlangC(c, c * share)).toBeGreaterThanOrEqual(erlangB(c, c * share) - 1e-15);
        },
      ),
      { seed: 3 },
    );
    expect(erlangC(3, 3)).toBe(1);
    expect(erlangB(3, 0)).toBe(0);
  });
});

describe("mmc", () => {
  it("M/M/1 waits ρ/(μ - λ) in queue", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.01, max: 0.99, noNaN: true }),
        fc.double({ min: 0.1, max: 100, noNaN: true }),
        (rho, mu) => {
          const lambda = rho * mu;
          const r = mmc({ arrivalRate: lambda, serviceRate: mu, servers: 1 });
          if (!r.stable) throw new Error("expected stable");
          expect(r.meanWaitInQueue).toBeCloseTo(rho / (mu - lambda), 9);
          expect(r.meanTimeInSystem).toBeCloseTo(1 / (mu - lambda), 9);
          expect(r.meanNumberInSystem).toBeCloseTo(rho / (1 - rho), 9);
          expect(r.probabilityWait).toBeCloseTo(rho, 12);
        },
      ),
      { seed: 42 },
    );
  });

  it("M/M/c matches the Erlang C formula and Little's law", () => {
    const r = mmc({ arrivalRate: 9, serviceRate: 1, servers: 10 });
    if (!r.stable) throw new Error("expected stable");
    const c = erlangCDirect(10, 9);
    expect(r.probabilityWait).toBeCloseTo(c, 12);
    expect(r.meanWaitInQueue).toBeCloseTo(c / (10 - 9), 12);
    expect(r.meanQueueLength).toBeCloseTo(9 * r.meanWaitInQueue, 12);
    expect(r.meanNumberInSystem).toBeCloseTo(r.meanQueueLength + 9, 12);
    expect(r.utilisation).toBeCloseTo(0.9, 14);
  });

  it("reports an overloaded queue as stable: false with null metrics, not Infinity", () => {
    const r = mmc({ arrivalRate: 2, serviceRate: 1, servers: 2 });
    expect(r).toEqual({
      stable: false,
      utilisation: 1,
      probabilityWait: null,
      meanWaitInQueue: null,
      meanTimeInSystem: null,
      meanQueueLength: null,
      meanNumberInSystem: null,
    });
  });
});

describe("mmck", () => {
  it("with capacity = servers reduces to Erlang B", () => {
    for (const [c, a] of [
      [1, 0.5],
      [10, 5],
      [30, 40],
      [1000, 950],
    ] as const) {
      const r = mmck({ arrivalRate: a * 2, serviceRate: 2, servers: c, capacity: c });
      expect(r.blockingProbability).toBeCloseTo(erlangB(c, a), 12);
      expect(r.meanQueueLength).toBe(0);
      expect(r.meanWaitInQueue).toBe(0);
    }
  });

  it("M/M/1/K matches the closed form (1 - ρ)ρ^K / (1 - ρ^{K+1})", () => {
    const rho = 0.8;
    const k = 7;
    const r = mmck({ arrivalRate: rho, serviceRate: 1, servers: 1, capacity: k });
    expect(r.blockingProbability).toBeCloseTo(((1 - rho) * rho ** k) / (1 - rho ** (k + 1)), 12);
    let l = 0;
    for (let n = 0; n <= k; n++) l += (n * (1 - rho) * rho ** n) / (1 - rho ** (k + 1));
    expect(r.meanNumberInSystem).toBeCloseTo(l, 12);
    expect(r.meanTimeInSystem).toBeCloseTo(l / r.effectiveArrivalRate, 12);
    expect(r.utilisation).toBeCloseTo(r.effectiveArrivalRate / 1, 12);
  });

  it("approaches M/M/c as the capacity grows", () => {
    const big = mmck({ arrivalRate: 4, serviceRate: 1, servers: 5, capacity: 2000 });
    const inf = mmc({ arrivalRate: 4, serviceRate: 1, servers: 5 });
    if (!inf.stable) throw new Error("expected stable");
    expect(big.blockingProbability).toBeLessThan(1e-12);
    expect(big.meanWaitInQueue).toBeCloseTo(inf.meanWaitInQueue, 10);
    expect(big.probabilityWait).toBeCloseTo(inf.probabilityWait, 10);
  });

  it("stays finite when overloaded and satisfies Little's law with the effective rate", () => {
    const r = mmck({ arrivalRate: 3000, serviceRate: 1, servers: 1000, capacity: 1500 });
    expect(r.blockingProbability).toBeGreaterThan(0.6);
    expect(r.utilisation).toBeLessThanOrEqual(1);
    expect(r.meanNumberInSystem).toBeCloseTo(r.effectiveArrivalRate * r.meanTimeInSystem, 6);
    expect(r.meanQueueLength).toBeCloseTo(r.effectiveArrivalRate * r.meanWaitInQueue, 6);
  });
});

describe("mg1 and md1", () => {
  it("M/D/1 waits half as long in queue as M/M/1 at the same load", () => {
    for (const rho of [0.1, 0.5, 0.9, 0.99]) {
      const d = md1({ arrivalRate: rho / 120, meanService: 120 });
      const m = mmc({ arrivalRate: rho / 120, serviceRate: 1 / 120, servers: 1 });
      if (!d.stable || !m.stable) throw new Error("expected stable");
      expect(d.meanWaitInQueue).toBeCloseTo(m.meanWaitInQueue / 2, 9);
    }
  });

  it("M/G/1 with exponential service variance reproduces M/M/1", () => {
    const g = mg1({ arrivalRate: 0.8, meanService: 1, serviceVariance: 1 });
    const m = mmc({ arrivalRate: 0.8, serviceRate: 1, servers: 1 });
    expect(g).toEqual({ ...m, meanWaitInQueue: expect.closeTo(4, 12) });
  });

  it("is unstable at ρ >= 1", () => {
    expect(mg1({ arrivalRate: 1, meanService: 1, serviceVariance: 3 }).stable).toBe(false);
  });
});

describe("jackson", () => {
  it("a tandem line's time in system is the sum of the stations' M/M/c times", () => {
    const lambda = 0.2;
    const stations = [
      { servers: 1, serviceRate: 0.5 },
      { servers: 3, serviceRate: 0.1 },
      { servers: 2, serviceRate: 0.25 },
    ];
    const net = jackson({ externalArrivalRate: lambda, stations });
    let sum = 0;
    for (const s of stations) {
      const m = mmc({ arrivalRate: lambda, ...s });
      if (!m.stable) throw new Error("expected stable");
      sum += m.meanTimeInSystem;
    }
    expect(net.stable).toBe(true);
    expect(net.meanTimeInSystem).toBeCloseTo(sum, 12);
    for (const st of net.stations) {
      expect(st.arrivalRate).toBeCloseTo(lambda, 14);
      expect(st.visitRatio).toBeCloseTo(1, 14);
    }
  });

  it("solves feedback routing: a station revisited with probability p sees γ/(1 - p)", () => {
    const p = 0.25;
    const net = jackson({
      externalArrivalRate: 1,
      stations: [{ servers: 2, serviceRate: 1, routing: [p] }],
    });
    const station = net.stations[0]!;
    expect(station.arrivalRate).toBeCloseTo(1 / (1 - p), 12);
    expect(station.visitRatio).toBeCloseTo(1 / (1 - p), 12);
    const m = mmc({ arrivalRate: 1 / (1 - p), serviceRate: 1, servers: 2 });
    if (!m.stable) throw new Error("expected stable");
    expect(net.meanTimeInSystem).toBeCloseTo(m.meanTimeInSystem / (1 - p), 12);
  });

  it("splits flow by routing probabilities and accepts per-station external rates", () => {
    const net = jackson({
      externalArrivalRate: [1, 0.5, 0],
      stations: [
        { servers: 2, serviceRate: 1, routing: [0, 0.3, 0.7] },
        { servers: 1, serviceRate: 2, routing: [0, 0, 0] },
        { servers: 1, serviceRate: 1 },
      ],
    });
    expect(net.totalArrivalRate).toBe(1.5);
    expect(net.stations.map((s) => s.arrivalRate)).toEqual([
      expect.closeTo(1, 12),
      expect.closeTo(0.8, 12),
      expect.closeTo(0.7, 12),
    ]);
  });

  it("reports an overloaded station and null network totals", () => {
    const net = jackson({
      externalArrivalRate: 1,
      stations: [
        { servers: 2, serviceRate: 1 },
        { servers: 1, serviceRate: 0.9 },
      ],
    });
    expect(net.stable).toBe(false);
    expect(net.stations[1]!.stable).toBe(false);
    expect(net.meanTimeInSystem).toBeNull();
  });
});

describe("mm1PriorityNonPreemptive", () => {
  it("class waits average (by arrival rate) to the FCFS M/M/1 wait: the conservation law", () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0.01, max: 1, noNaN: true }), { minLength: 2, maxLength: 6 }),
        fc.double({ min: 0.05, max: 0.95, noNaN: true }),
        (weights, rho) => {
          const total = weights.reduce((s, w) => s + w, 0);
          const mu = 2;
          const classes = weights.map((w) => ({ arrivalRate: (rho * mu * w) / total }));
          const r = mm1PriorityNonPreemptive({ classes, serviceRate: mu });
          const fcfs = mmc({ arrivalRate: rho * mu, serviceRate: mu, servers: 1 });
          if (!fcfs.stable) throw new Error("expected stable");
          let weighted = 0;
          r.classes.forEach((c, i) => {
            weighted += classes[i]!.arrivalRate * c.meanWaitInQueue!;
          });
          expect(weighted / (rho * mu)).toBeCloseTo(fcfs.meanWaitInQueue, 9);
          expect(r.meanWaitInQueue).toBeCloseTo(fcfs.meanWaitInQueue, 9);
          // Higher priority never waits longer.
          for (let i = 1; i < r.classes.length; i++) {
            expect(r.classes[i]!.meanWaitInQueue!).toBeGreaterThanOrEqual(
              r.classes[i - 1]!.meanWaitInQueue!,
            );
          }
        },
      ),
      { seed: 42 },
    );
  });

  it("matches Cobham's formula on a two-class example", () => {
    const r = mm1PriorityNonPreemptive({
      classes: [{ arrivalRate: 0.3 }, { arrivalRate: 0.5 }],
      serviceRate: 1,
    });
    expect(r.classes[0]!.meanWaitInQueue).toBeCloseTo(0.8 / 0.7, 12);
    expect(r.classes[1]!.meanWaitInQueue).toBeCloseTo(0.8 / (0.7 * 0.2), 12);
    expect(r.classes[1]!.meanTimeInSystem).toBeCloseTo(0.8 / (0.7 * 0.2) + 1, 12);
  });

  it("returns null waits when the total load reaches 1", () => {
    const r = mm1PriorityNonPreemptive({
      classes: [{ arrivalRate: 0.5 }, { arrivalRate: 0.5 }],
      serviceRate: 1,
    });
    expect(r.stable).toBe(false);
    expect(r.meanWaitInQueue).toBeNull();
    expect(r.classes.every((c) => c.meanWaitInQueue === null)).toBe(true);
  });
});
