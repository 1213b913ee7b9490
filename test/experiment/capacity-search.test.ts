import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type CapacityPlanOptions, planCapacity } from "../../src/experiment/index.js";
import { mmc } from "../../src/stats/index.js";
import { gridVerdicts, minimalPlans } from "./capacity-grid.js";
import { type MmcConfig, type MmcResult, mmcKpis, mmcModel } from "./mmc-model.js";
import { type TandemConfig, type TandemResult, tandemKpis, tandemModel } from "./tandem-model.js";

const mmcBase: MmcConfig = {
  arrivalRate: 4,
  serviceRate: 1,
  servers: 1,
  warmupCustomers: 1000,
  customers: 10_000,
};
const mmcOptions: CapacityPlanOptions<MmcConfig, MmcResult> = {
  model: mmcModel,
  baseConfig: mmcBase,
  resources: [{ name: "servers", min: 1, max: 12 }],
  apply: (config, levels) => ({ ...config, servers: levels.servers! }),
  target: [{ kpi: "meanWait", atMost: 0.08 }],
  seed: "smart",
  replications: 10,
  kpis: mmcKpis,
  search: "smart",
};

describe("the smart capacity search", () => {
  it("returns the exhaustive grid's plan on an M/M/c queue, which is Erlang C's least c, with fewer replications", async () => {
    const analytic = (c: number) => mmc({ arrivalRate: 4, serviceRate: 1, servers: c });
    let least = 1;
    while (!(analytic(least).stable && analytic(least).meanWaitInQueue! <= 0.08)) least += 1;
    // Offered load 4: fewer than 5 servers cannot keep the queue finite.
    const lowerBound = Math.floor(4 / 1) + 1;
    const smart = await planCapacity({ ...mmcOptions, lowerBounds: { servers: lowerBound } });
    const grid = await gridVerdicts(mmcOptions);
    const minimal = minimalPlans(mmcOptions.resources, grid.meets);

    expect(minimal).toEqual([{ servers: least }]);
    expect(smart.best!.levels).toEqual({ servers: least });
    for (let c = 1; c < lowerBound; c++) expect(grid.meets.get(String(c))).toBe(false);
    expect(smart.candidates.every((c) => c.levels.servers! >= lowerBound)).toBe(true);
    expect(smart.search!.replications).toBeLessThan(grid.replications / 3);
    expect(smart.search!.complete).toBe(true);
    expect(smart.search!.replications).toBe(
      smart.candidates.reduce((n, c) => n + c.replications!, 0),
    );
    const greedy = await planCapacity({ ...mmcOptions, search: "greedy" });
    expect(greedy.best!.levels).toEqual(smart.best!.levels);
    expect(smart.search!.replications).toBeLessThan(greedy.evaluated * 10);
  });

  it("returns the exhaustive grid's only minimal plan on a two-station tandem, as Jackson's theorem predicts", async () => {
    const base: TandemConfig = {
      arrivalRate: 3,
      serviceRates: [1, 0.5],
      servers: [1, 1],
      warmupCustomers: 2000,
      customers: 20_000,
    };
    const target = 3.32;
    const resources = [
      { name: "first", min: 3, max: 7 },
      { name: "second", min: 6, max: 11 },
    ];
    const options: CapacityPlanOptions<TandemConfig, TandemResult> = {
      model: tandemModel,
      baseConfig: base,
      resources,
      apply: (config, levels) => ({ ...config, servers: [levels.first!, levels.second!] }),
      target: [{ kpi: "meanSojourn", atMost: target }],
      seed: "tandem",
      replications: 10,
      kpis: tandemKpis,
      search: "smart",
    };
    const sojourn = (a: number, b: number) => {
      const one = mmc({ arrivalRate: 3, serviceRate: 1, servers: a });
      const two = mmc({ arrivalRate: 3, serviceRate: 0.5, servers: b });
      return one.stable && two.stable
        ? one.meanTimeInSystem! + two.meanTimeInSystem!
        : Number.POSITIVE_INFINITY;
    };
    const theory = new Map<string, boolean>();
    for (let a = 3; a <= 7; a++)
      for (let b = 6; b <= 11; b++) theory.set(`${a},${b}`, sojourn(a, b) <= target);

    const grid = await gridVerdicts(options);
    const smart = await planCapacity({ ...options, lowerBounds: { first: 4, second: 7 } });

    expect(minimalPlans(resources, theory)).toEqual([{ first: 5, second: 9 }]);
    expect(minimalPlans(resources, grid.meets)).toEqual([{ first: 5, second: 9 }]);
    expect(smart.best!.levels).toEqual({ first: 5, second: 9 });
    expect(smart.search!.replications).toBeLessThan(grid.replications / 2);
    expect(smart.statement).toContain("Least plan found: first = 5, second = 9 (total 14).");
    expect(smart.statement).toMatch(/with first = 4: [^:]*≤ 3\.32 h fails/);
    expect(smart.statement).toMatch(/with second = 8: [^:]*≤ 3\.32 h fails/);
    expect(smart.statement).toMatch(/hold together with at least 95% confidence \(Bonferroni\)/);
  }, 120_000);

  it("judges every look at the Bonferroni level of its claims and looks, and says so", async () => {
    const plan = await planCapacity({ ...mmcOptions, lowerBounds: { servers: 5 } });
    // 1 condition + 1 resource = 2 claims, looked at after 4, 7 and 10 replications.
    expect(plan.search).toMatchObject({ claims: 2, looks: 3, overallLevel: 0.95 });
    expect(plan.search!.perLookLevel).toBeCloseTo(1 - 0.05 / 6, 12);
    for (const c of plan.candidates) {
      expect(c.kpis.meanWait!.level).toBe(plan.search!.perLookLevel);
      expect([4, 7, 10]).toContain(c.replications);
    }
    expect(plan.statement).toContain("Every interval above is at 99.17%");
    expect(plan.statement).toContain("with servers = 6: Mean wait in queue ≤ 0.08 h fails");
  });

  it("stops clear winners and losers early and spends the cap only where the interval straddles", async () => {
    const plan = await planCapacity({ ...mmcOptions, lowerBounds: { servers: 5 } });
    for (const c of plan.candidates) {
      const e = c.kpis.meanWait!;
      const decided = e.upper! <= 0.08 || e.lower! > 0.08;
      if (c.replications! < 10) expect(decided).toBe(true);
    }
    expect(plan.candidates.some((c) => c.replications! < 10)).toBe(true);
  });

  it("uses the same replications on every candidate (common random numbers)", async () => {
    const seen: number[][] = [];
    const model = {
      name: "spy",
      run: (config: MmcConfig, seed: string, replication: number) => {
        seen.push([config.servers, replication]);
        return mmcModel.run({ ...config, customers: 2000 }, seed, replication);
      },
    };
    await planCapacity({ ...mmcOptions, model, lowerBounds: { servers: 5 } });
    for (const servers of new Set(seen.map(([s]) => s))) {
      const reps = seen.filter(([s]) => s === servers).map(([, r]) => r);
      expect(reps).toEqual(reps.map((_, i) => i));
    }
  });

  it("ends at the budget with the best plan so far, says it may not be minimal, and never evaluates a candidate twice", async () => {
    let asked = 0;
    const plan = await planCapacity({
      ...mmcOptions,
      lowerBounds: { servers: 5 },
      shouldStop: () => ++asked > 1,
    });
    expect(plan.feasible).toBe(true);
    // The bound (5: misses), the maximum (meets), one more; then the budget says stop.
    expect(plan.evaluated).toBe(3);
    expect(asked).toBe(2);
    expect(plan.search!.complete).toBe(false);
    expect(plan.best!.meetsTarget).toBe(true);
    expect(plan.statement).toContain("The search was stopped (budget) after 3 candidates");
    const keys = plan.candidates.map((c) => c.levels.servers);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it("says a target is infeasible without simulating when a lower bound exceeds the range", async () => {
    const plan = await planCapacity({
      ...mmcOptions,
      resources: [{ name: "servers", min: 1, max: 4 }],
      lowerBounds: { servers: 5 },
    });
    expect(plan.feasible).toBe(false);
    expect(plan.evaluated).toBe(0);
    expect(plan.statement).toBe(
      "No plan within the ranges meets the target: servers needs at least 5 by its lower bound, above its maximum 4. Nothing was simulated.",
    );
  });

  it("names every bad smart option at once", async () => {
    await expect(
      planCapacity({
        ...mmcOptions,
        lowerBounds: { servers: 1.5, desks: 2 },
        sequential: { initial: 1, batch: 0 },
      }),
    ).rejects.toThrow(
      /lowerBounds\.servers: expected an integer >= 0, received 1\.5.*lowerBounds\.desks: expected a resource's name.*sequential\.initial: expected an integer >= 2, received 1.*sequential\.batch: expected an integer >= 1, received 0/s,
    );
  });

  it("returns the greedy search's plan whenever verdicts are exact (any weights, target and valid lower bounds)", async () => {
    // wait = Σ weight_r / level_r: monotone; a level with weight_r / level_r >= target cannot
    // meet it, so floor(weight_r / target) + 1 is a valid lower bound.
    interface Additive {
      readonly levels: Record<string, number>;
    }
    const additive = (weights: readonly number[]) => ({
      name: "additive",
      run: (config: Additive) => ({
        wait: weights.reduce((sum, w, i) => sum + w / config.levels[`r${i}`]!, 0),
      }),
    });
    const kpis = [
      {
        key: "wait",
        label: "Wait",
        unit: "h",
        higherIsBetter: false,
        read: (r: { wait: number }) => r.wait,
      },
    ];
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.integer({ min: 1, max: 40 }), { minLength: 1, maxLength: 3 }),
        fc.double({ min: 0.5, max: 20, noNaN: true }),
        async (weights, target) => {
          const resources = weights.map((_, i) => ({ name: `r${i}`, min: 1, max: 30 }));
          const options = {
            model: additive(weights),
            baseConfig: { levels: {} },
            resources,
            apply: (_: Additive, levels: Record<string, number>) => ({ levels }),
            target: [{ kpi: "wait", atMost: target }],
            seed: "exact",
            replications: 1,
            kpis,
            confidence: "mean" as const,
          };
          const lowerBounds = Object.fromEntries(
            weights.map((w, i) => [`r${i}`, Math.floor(w / target) + 1]),
          );
          const greedy = await planCapacity(options);
          const smart = await planCapacity({ ...options, search: "smart", lowerBounds });
          expect(smart.feasible).toBe(greedy.feasible);
          expect(smart.best?.levels ?? null).toEqual(greedy.best?.levels ?? null);
        },
      ),
      { seed: 16, numRuns: 200 },
    );
  });

  it("never offers a plan whose queue grows without bound, which the greedy search accepts on a short horizon", async () => {
    // 100 customers: a loose target on mean wait holds for a while even with fewer servers
    // than the offered load (4), but their wait grows with the horizon and would miss it.
    const short = { ...mmcBase, warmupCustomers: 0, customers: 100 };
    const options = { ...mmcOptions, baseConfig: short, target: [{ kpi: "meanWait", atMost: 8 }] };
    const greedy = await planCapacity({ ...options, search: "greedy", level: 0.95 });
    const smart = await planCapacity({ ...options, lowerBounds: { servers: 5 } });
    const unstable = greedy.best!.levels.servers!;
    expect(unstable).toBeLessThanOrEqual(4);
    expect(smart.best!.levels.servers).toBeGreaterThanOrEqual(5);
    const wait = (servers: number, customers: number) =>
      mmcModel.run({ ...short, servers, customers }, "longer", 0).meanWait;
    expect(wait(unstable, 6400)).toBeGreaterThan(8);
    expect(wait(unstable, 6400)).toBeGreaterThan(4 * wait(unstable, 100));
    expect(wait(smart.best!.levels.servers!, 6400)).toBeLessThan(1);
  });
});
