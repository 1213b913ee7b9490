import { describe, expect, it } from "vitest";
import { comparePaired, ExperimentError, replicateSync } from "../../src/experiment/index.js";
import { mmc } from "../../src/stats/index.js";
import { type MmcConfig, mmcKpis, mmcModel, runMmc } from "./mmc-model.js";

const two: MmcConfig = {
  arrivalRate: 1.6,
  serviceRate: 1,
  servers: 2,
  warmupCustomers: 2000,
  customers: 20_000,
};
const three: MmcConfig = { ...two, servers: 3 };

describe("comparePaired", () => {
  it("brackets the Erlang C difference of c = 6 vs 7 servers and beats independent streams", async () => {
    const six: MmcConfig = {
      arrivalRate: 4,
      serviceRate: 1,
      servers: 6,
      warmupCustomers: 1000,
      customers: 10_000,
    };
    const options = {
      configA: six,
      configB: { ...six, servers: 7 },
      nameA: "6 servers",
      nameB: "7 servers",
      seed: "crn",
      replications: 20,
      kpis: mmcKpis,
      level: 0.99,
    };
    const cmp = await comparePaired({ ...options, model: mmcModel });
    expect(cmp).toMatchObject({
      seed: "crn",
      replications: 20,
      nameA: "6 servers",
      nameB: "7 servers",
    });
    const wait = cmp.kpis.find((k) => k.key === "meanWait")!;
    const analytic = (c: number) =>
      mmc({ arrivalRate: 4, serviceRate: 1, servers: c }).meanWaitInQueue!;
    const trueDifference = analytic(7) - analytic(6);
    expect(wait.difference.n).toBe(20);
    expect(wait.difference.lower!).toBeLessThanOrEqual(trueDifference);
    expect(wait.difference.upper!).toBeGreaterThanOrEqual(trueDifference);
    expect(wait.difference.upper!).toBeLessThan(0);
    expect(wait.difference.mean!).toBeCloseTo(wait.b.mean! - wait.a.mean!, 12);
    // The same comparison with B on unrelated streams: no common random numbers.
    const unpaired = await comparePaired({
      ...options,
      model: {
        name: "mmc-unpaired",
        run: (c, seed, i) => runMmc(c, c.servers === 7 ? `${seed}-other` : seed, i),
      },
    });
    const unpairedWait = unpaired.kpis.find((k) => k.key === "meanWait")!;
    expect(wait.varianceReduction!).toBeGreaterThan(2);
    expect(wait.varianceReduction!).toBeGreaterThan(unpairedWait.varianceReduction!);
    expect(wait.difference.halfWidth!).toBeLessThan(unpairedWait.difference.halfWidth!);
  });

  it("reports a variance reduction far above 1 when B is a small change of A", async () => {
    const six: MmcConfig = {
      arrivalRate: 4,
      serviceRate: 1,
      servers: 6,
      warmupCustomers: 1000,
      customers: 10_000,
    };
    const cmp = await comparePaired({
      model: mmcModel,
      configA: six,
      configB: { ...six, serviceRate: 1.05 },
      seed: "crn",
      replications: 12,
      kpis: mmcKpis,
    });
    expect(cmp.kpis.find((k) => k.key === "meanWait")!.varianceReduction!).toBeGreaterThan(8);
  });

  it("estimates A and B exactly as replicating each alone would", async () => {
    const small = { ...two, warmupCustomers: 100, customers: 1000 };
    const cmp = await comparePaired({
      model: mmcModel,
      configA: small,
      configB: { ...small, servers: 3 },
      seed: "same",
      replications: 4,
      kpis: mmcKpis,
      keepResults: true,
    });
    const alone = replicateSync({
      model: mmcModel,
      config: small,
      seed: "same",
      replications: 4,
      kpis: mmcKpis,
      keepResults: true,
    });
    expect(cmp.resultsA).toEqual(alone.results);
    const wait = cmp.kpis.find((k) => k.key === "meanWait")!;
    const { label, unit, ...estimateAlone } = alone.kpis.meanWait!;
    expect(wait.a).toEqual(estimateAlone);
    expect([cmp.nameA, cmp.nameB]).toEqual(["A", "B"]);
  });

  it("sees identical arrivals in A and B: the arrival KPI differs by exactly zero", async () => {
    const cmp = await comparePaired({
      model: mmcModel,
      configA: { ...two, customers: 500 },
      configB: { ...three, customers: 500 },
      seed: "arrivals",
      replications: 5,
      kpis: mmcKpis,
    });
    const arrivals = cmp.kpis.find((k) => k.key === "lastArrival")!;
    expect(arrivals.difference).toMatchObject({ n: 5, mean: 0, sd: 0, halfWidth: 0 });
    expect(arrivals.varianceReduction).toBeNull();
  });

  it("rejects zero replications and empty names", async () => {
    await expect(
      comparePaired({
        model: mmcModel,
        configA: two,
        configB: three,
        nameA: "",
        seed: "s",
        replications: 0,
        kpis: mmcKpis,
      }),
    ).rejects.toThrow(ExperimentError);
    await expect(
      comparePaired({
        model: mmcModel,
        configA: two,
        configB: three,
        nameA: "",
        seed: "s",
        replications: 0,
        kpis: mmcKpis,
      }),
    ).rejects.toThrow(/comparePaired: replications: expected an integer >= 1, received 0; nameA: /);
  });
});
