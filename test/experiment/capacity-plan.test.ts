import { describe, expect, it } from "vitest";
import {
  type ExperimentModel,
  type KpiDefinition,
  planCapacity,
} from "../../src/experiment/index.js";
import { mmc } from "../../src/stats/index.js";
import { type MmcConfig, mmcKpis, mmcModel } from "./mmc-model.js";

const base: MmcConfig = {
  arrivalRate: 4,
  serviceRate: 1,
  servers: 1,
  warmupCustomers: 1000,
  customers: 10_000,
};
const applyServers = (config: MmcConfig, levels: Record<string, number>): MmcConfig => ({
  ...config,
  servers: levels.servers!,
});

/** A noiseless two-resource model: wait = 100 / (a·b), throughput = 10·min(a, b). */
interface Levels {
  readonly a: number;
  readonly b: number;
}
interface TwoResult {
  readonly wait: number;
  readonly throughput: number;
}
const twoModel: ExperimentModel<Levels, TwoResult> = {
  name: "two",
  run: (c) => ({ wait: 100 / (c.a * c.b), throughput: 10 * Math.min(c.a, c.b) }),
};
const twoKpis: readonly KpiDefinition<TwoResult>[] = [
  { key: "wait", label: "Wait", unit: "h", higherIsBetter: false, read: (r) => r.wait },
  {
    key: "throughput",
    label: "Throughput",
    unit: "trucks/day",
    higherIsBetter: true,
    read: (r) => r.throughput,
  },
];
const twoOptions = {
  model: twoModel,
  baseConfig: { a: 0, b: 0 },
  resources: [
    { name: "a", min: 1, max: 10 },
    { name: "b", min: 1, max: 10 },
  ],
  apply: (_: Levels, levels: Record<string, number>): Levels => ({ a: levels.a!, b: levels.b! }),
  seed: "two",
  replications: 1,
  kpis: twoKpis,
  confidence: "mean" as const,
};

describe("planCapacity", () => {
  it("finds the least c whose Erlang C mean wait meets the target, at the upper 95% bound", async () => {
    const target = 0.08;
    const analytic = (c: number) => mmc({ arrivalRate: 4, serviceRate: 1, servers: c });
    let least = 1;
    while (!(analytic(least).stable && analytic(least).meanWaitInQueue! <= target)) least += 1;
    // Not borderline: 0.08 sits well between Wq(6) ≈ 0.142 and Wq(7) ≈ 0.045.
    expect(least).toBe(7);
    expect(analytic(least - 1).meanWaitInQueue!).toBeGreaterThan(1.5 * target);
    expect(analytic(least).meanWaitInQueue!).toBeLessThan(0.7 * target);

    const plan = await planCapacity({
      model: mmcModel,
      baseConfig: base,
      resources: [{ name: "servers", min: 1, max: 12 }],
      apply: applyServers,
      target: [{ kpi: "meanWait", atMost: target }],
      seed: "plan",
      replications: 10,
      kpis: mmcKpis,
    });
    expect(plan.feasible).toBe(true);
    expect(plan.best!.levels).toEqual({ servers: least });
    expect(plan.best!.total).toBe(least);
    expect(plan.best!.kpis.meanWait!.upper!).toBeLessThanOrEqual(target);
    expect(plan.evaluated).toBeLessThan(12);
    expect(plan.evaluated).toBe(plan.candidates.length);
    const below = plan.candidates.find((c) => c.levels.servers === least - 1)!;
    expect(below.meetsTarget).toBe(false);
    expect(plan.statement).toContain("servers = 7 (total 7)");
    expect(plan.statement).toContain(
      "Mean wait in queue ≤ 0.08 h holds at the upper bound of the 95% confidence interval",
    );
    expect(plan.statement).toContain("over 10 replications");
    expect(plan.statement).toContain("with servers = 6: Mean wait in queue ≤ 0.08 h fails");
    expect(JSON.parse(JSON.stringify(plan))).toEqual(plan);
  });

  it("says so when even the maximum levels miss the target", async () => {
    const plan = await planCapacity({
      model: mmcModel,
      baseConfig: { ...base, customers: 2000 },
      resources: [{ name: "servers", min: 1, max: 5 }],
      apply: applyServers,
      target: [{ kpi: "meanWait", atMost: 0.08 }],
      seed: "plan",
      replications: 4,
      kpis: mmcKpis,
    });
    expect(plan.feasible).toBe(false);
    expect(plan.best).toBeNull();
    expect(plan.evaluated).toBe(1);
    expect(plan.statement).toMatch(
      /^No plan within the ranges meets the target: at the maximum levels \(servers = 5, total 5\) Mean wait in queue ≤ 0\.08 h fails/,
    );
  });

  it("stops at a minimal plan that no single resource can undercut, not the least total", async () => {
    const plan = await planCapacity({
      ...twoOptions,
      target: [{ kpi: "wait", atMost: 5 }],
      bottleneck: (results) => (results[0]!.wait > 2 ? "both" : null),
    });
    // a·b >= 20: greedy lowers a first to 2, then b stays 10; (4, 5) would total 9.
    expect(plan.best!.levels).toEqual({ a: 2, b: 10 });
    expect(plan.best!.bottleneck).toBe("both");
    for (const lowered of [
      { a: 1, b: 10 },
      { a: 2, b: 9 },
    ]) {
      expect(
        plan.candidates.find((c) => c.levels.a === lowered.a && c.levels.b === lowered.b)
          ?.meetsTarget,
      ).toBe(false);
    }
    expect(plan.evaluated).toBeLessThan(15);
    expect(plan.statement).toContain("for the mean estimate, with no confidence margin");
    expect(plan.statement).toContain("not necessarily the least total");
  });

  it("meets an at-least target on a KPI where more is better", async () => {
    const plan = await planCapacity({
      ...twoOptions,
      target: [{ kpi: "throughput", atLeast: 30 }],
    });
    expect(plan.best!.levels).toEqual({ a: 3, b: 3 });
    expect(plan.best!.checks).toEqual([
      { kpi: "throughput", relation: "≥", limit: 30, basis: "mean", value: 30, holds: true },
    ]);
  });

  it("evaluates each candidate once and reports progress in replications", async () => {
    const runs: string[] = [];
    const progress: number[] = [];
    const plan = await planCapacity({
      ...twoOptions,
      model: {
        name: "counted",
        run: (c, s, r) => {
          runs.push(`${c.a},${c.b}`);
          return twoModel.run(c, s, r);
        },
      },
      target: [{ kpi: "wait", atMost: 5 }],
      onProgress: (p) => progress.push(p.done),
    });
    expect(new Set(runs).size).toBe(runs.length);
    expect(runs.length).toBe(plan.evaluated);
    expect(progress.at(-1)).toBe(plan.evaluated);
  });

  it("lists every bad option at once", async () => {
    await expect(
      planCapacity({
        ...twoOptions,
        resources: [
          { name: "a", min: 3, max: 2 },
          { name: "a", min: 1, max: 2 },
        ],
        target: [{ kpi: "nope", atMost: 1 }, { kpi: "wait" }],
        confidence: "ci",
      }),
    ).rejects.toThrow(
      'planCapacity: replications: expected an integer >= 2, received 1; resources[0].max: expected an integer >= 3, received 2; resources[1].name: expected a non-empty name not used by another resource, received "a"; target[0].kpi: expected the key of one of kpis (wait, throughput), received "nope"; target[1]: expected atMost, atLeast or both, received {"kpi":"wait"}',
    );
  });
});
