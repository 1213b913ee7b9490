import { describe, expect, it } from "vitest";
import {
  ExperimentError,
  type ExperimentModel,
  type ExperimentProgress,
  type KpiDefinition,
  replicate,
  replicateSync,
} from "../../src/experiment/index.js";
import { exponential, RandomStreams } from "../../src/random/index.js";
import { mmc } from "../../src/stats/index.js";
import { type MmcConfig, mmcKpis, mmcModel } from "./mmc-model.js";

const config: MmcConfig = {
  arrivalRate: 1.6,
  serviceRate: 1,
  servers: 2,
  warmupCustomers: 500,
  customers: 4000,
};

/** Mean of `draws` exponential draws with mean `mean`: a model whose true mean is known. */
interface SampleMeanConfig {
  readonly mean: number;
  readonly draws: number;
}
const sampleMeanModel: ExperimentModel<SampleMeanConfig, { mean: number }> = {
  name: "sample-mean",
  run: (c, seed, replication) => {
    const stream = new RandomStreams(seed, replication).stream("draws");
    const law = exponential({ mean: c.mean });
    let sum = 0;
    for (let i = 0; i < c.draws; i++) sum += law.sample(stream);
    return { mean: sum / c.draws };
  },
};
const sampleMeanKpi: KpiDefinition<{ mean: number }> = {
  key: "mean",
  label: "Sample mean",
  unit: "",
  higherIsBetter: false,
  read: (r) => r.mean,
};

describe("replicate", () => {
  it("gives the same summary and results when re-run with the same seed", async () => {
    const options = { model: mmcModel, config, seed: "det", replications: 4, kpis: mmcKpis };
    const first = replicateSync({ ...options, keepResults: true });
    const second = replicateSync({ ...options, keepResults: true });
    const asynchronous = await replicate({ ...options, keepResults: true });
    expect(JSON.stringify(second)).toBe(JSON.stringify(first));
    expect(JSON.stringify(asynchronous)).toBe(JSON.stringify(first));
    expect(first.replications).toBe(4);
    expect(first.results).toHaveLength(4);
  });

  it("lets any replication be recomputed alone from (seed, index)", () => {
    const summary = replicateSync({
      model: mmcModel,
      config,
      seed: "alone",
      replications: 5,
      kpis: mmcKpis,
      keepResults: true,
    });
    expect(mmcModel.run(config, "alone", 3)).toEqual(summary.results![3]);
    expect(mmcModel.run(config, "alone", 0)).toEqual(summary.results![0]);
  });

  it("gives different replications and different seeds different results", () => {
    const a = replicateSync({
      model: mmcModel,
      config,
      seed: "a",
      replications: 2,
      kpis: mmcKpis,
      keepResults: true,
    });
    const b = replicateSync({
      model: mmcModel,
      config,
      seed: "b",
      replications: 2,
      kpis: mmcKpis,
      keepResults: true,
    });
    expect(a.results![0]!.meanWait).not.toBe(a.results![1]!.meanWait);
    expect(a.results![0]!.meanWait).not.toBe(b.results![0]!.meanWait);
  });

  it("keeps only KPI estimates unless results are asked for", () => {
    const summary = replicateSync({
      model: mmcModel,
      config,
      seed: "lean",
      replications: 2,
      kpis: mmcKpis,
    });
    expect(summary.results).toBeUndefined();
    expect(summary.stoppedBecause).toBeUndefined();
    expect(Object.keys(summary.kpis)).toEqual(mmcKpis.map((k) => k.key));
    expect(summary.kpis.meanWait).toMatchObject({
      n: 2,
      level: 0.95,
      label: "Mean wait in queue",
      unit: "h",
    });
  });

  it("covers a known mean about 95% of the time with 95% intervals", () => {
    const truth = 2;
    let covered = 0;
    const experiments = 400;
    for (let k = 0; k < experiments; k++) {
      const summary = replicateSync({
        model: sampleMeanModel,
        config: { mean: truth, draws: 20 },
        seed: `coverage-${k}`,
        replications: 10,
        kpis: [sampleMeanKpi],
      });
      const e = summary.kpis.mean!;
      if (e.lower! <= truth && truth <= e.upper!) covered += 1;
    }
    // 95% nominal; the binomial sd over 400 experiments is about 1.1 points.
    expect(covered / experiments).toBeGreaterThan(0.91);
    expect(covered / experiments).toBeLessThan(0.985);
  });

  it("brackets the Erlang C mean wait of an M/M/2 queue in its 99% interval", () => {
    const summary = replicateSync({
      model: mmcModel,
      config: { ...config, warmupCustomers: 2000, customers: 20_000 },
      seed: "erlang",
      replications: 10,
      kpis: mmcKpis,
      level: 0.99,
    });
    const wq = mmc({ arrivalRate: 1.6, serviceRate: 1, servers: 2 }).meanWaitInQueue!;
    const e = summary.kpis.meanWait!;
    expect(e.lower!).toBeLessThanOrEqual(wq);
    expect(e.upper!).toBeGreaterThanOrEqual(wq);
  });

  it("stops adding batches once the half-width reaches the target", () => {
    const base = {
      model: sampleMeanModel,
      config: { mean: 2, draws: 20 },
      seed: "seq",
      kpis: [sampleMeanKpi],
    };
    const target = 0.12;
    const summary = replicateSync({
      ...base,
      replications: 5,
      sequential: { kpi: "mean", targetHalfWidth: target, maxReplications: 500, batch: 5 },
    });
    expect(summary.stoppedBecause).toBe("half-width reached");
    expect(summary.kpis.mean!.halfWidth!).toBeLessThanOrEqual(target);
    expect(summary.replications % 5).toBe(0);
    expect(summary.replications).toBeGreaterThan(5);
    // One batch fewer was not enough: the same seed gives the same first replications.
    const shorter = replicateSync({ ...base, replications: summary.replications - 5 });
    expect(shorter.kpis.mean!.halfWidth!).toBeGreaterThan(target);
  });

  it("stops at the cap when the target half-width is out of reach", async () => {
    const summary = await replicate({
      model: sampleMeanModel,
      config: { mean: 2, draws: 5 },
      seed: "cap",
      replications: 4,
      kpis: [sampleMeanKpi],
      sequential: { kpi: "mean", targetHalfWidth: 1e-6, maxReplications: 11 },
    });
    expect(summary.stoppedBecause).toBe("cap reached");
    expect(summary.replications).toBe(11);
    expect(summary.kpis.mean!.n).toBe(11);
  });

  it("reports progress as counts that end at the planned total", async () => {
    const seen: ExperimentProgress[] = [];
    await replicate({
      model: sampleMeanModel,
      config: { mean: 1, draws: 3 },
      seed: "progress",
      replications: 3,
      kpis: [sampleMeanKpi],
      onProgress: (p) => seen.push(p),
    });
    expect(seen.map((p) => p.done)).toEqual([1, 2, 3]);
    expect(seen.every((p) => p.total === 3)).toBe(true);
  });

  it("leaves null KPI values out of the estimate's count", () => {
    const summary = replicateSync({
      model: mmcModel,
      config: { ...config, arrivalRate: 0.01, customers: 1, warmupCustomers: 0 },
      seed: "nulls",
      replications: 3,
      kpis: mmcKpis,
    });
    expect(summary.kpis.meanWaitOfWaiters).toMatchObject({ n: 0, mean: null, halfWidth: null });
    expect(summary.kpis.meanWait!.n).toBe(3);
  });

  it("rejects a KPI that reads a non-finite number, naming the KPI and replication", () => {
    const bad: KpiDefinition<{ mean: number }> = {
      ...sampleMeanKpi,
      key: "bad",
      read: () => Number.NaN,
    };
    expect(() =>
      replicateSync({
        model: sampleMeanModel,
        config: { mean: 1, draws: 1 },
        seed: "s",
        replications: 2,
        kpis: [bad],
      }),
    ).toThrow(
      /replicate: kpis\.bad of replication 0: expected a finite number or null, received NaN/,
    );
  });

  it("lists every bad option at once", () => {
    try {
      replicateSync({
        model: sampleMeanModel,
        config: { mean: 1, draws: 1 },
        seed: "",
        replications: 1,
        kpis: [sampleMeanKpi],
        level: 95,
        sequential: { kpi: "nope", targetHalfWidth: 0, maxReplications: 1 },
      });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ExperimentError);
      const e = error as ExperimentError;
      expect(e.code).toBe("INVALID_OPTION");
      expect(e.issues.map((i) => i.path)).toEqual([
        "seed",
        "level",
        "replications",
        "sequential.kpi",
        "sequential.targetHalfWidth",
        "sequential.maxReplications",
      ]);
    }
  });
});
