import { describe, expect, it } from "vitest";
import { gridPoints, replicateSync, sweep } from "../../src/experiment/index.js";
import { type MmcConfig, mmcKpis, mmcModel } from "./mmc-model.js";

const base: MmcConfig = {
  arrivalRate: 1,
  serviceRate: 1,
  servers: 2,
  warmupCustomers: 100,
  customers: 1000,
};

describe("gridPoints", () => {
  it("enumerates the Cartesian product with the last key varying fastest", () => {
    expect(gridPoints({ c: [1, 2], rho: [0.5, 0.9], tag: ["x"] })).toEqual([
      { c: 1, rho: 0.5, tag: "x" },
      { c: 1, rho: 0.9, tag: "x" },
      { c: 2, rho: 0.5, tag: "x" },
      { c: 2, rho: 0.9, tag: "x" },
    ]);
  });

  it("gives a single empty point for an empty grid", () => {
    expect(gridPoints({})).toEqual([{}]);
  });
});

describe("sweep", () => {
  const apply = (config: MmcConfig, point: Record<string, unknown>): MmcConfig => ({
    ...config,
    servers: point.servers as number,
    arrivalRate: point.arrivalRate as number,
  });

  it("returns one tidy row per grid point in grid order, each as replicating that point alone", async () => {
    const grid = { servers: [2, 3], arrivalRate: [0.8, 1.6] };
    const progress: number[] = [];
    const rows = await sweep({
      model: mmcModel,
      baseConfig: base,
      grid,
      apply,
      seed: "sweep",
      replications: 3,
      kpis: mmcKpis,
      onProgress: (p) => progress.push(p.done),
    });
    expect(rows.map((r) => r.point)).toEqual(gridPoints(grid));
    for (const row of rows) {
      expect(Object.keys(row.kpis)).toEqual(mmcKpis.map((k) => k.key));
      const alone = replicateSync({
        model: mmcModel,
        config: apply(base, row.point),
        seed: "sweep",
        replications: 3,
        kpis: mmcKpis,
      });
      expect(row.kpis).toEqual(alone.kpis);
    }
    // More servers, less waiting; more traffic, more waiting (common random numbers).
    const wait = rows.map((r) => r.kpis.meanWait!.mean!);
    expect(wait[0]!).toBeLessThan(wait[1]!);
    expect(wait[2]!).toBeLessThan(wait[0]!);
    expect(progress.at(-1)).toBe(12);
    expect(JSON.parse(JSON.stringify(rows))).toEqual(rows);
  });

  it("rejects an empty value list, naming the grid key", async () => {
    await expect(
      sweep({
        model: mmcModel,
        baseConfig: base,
        grid: { servers: [] },
        apply,
        seed: "s",
        replications: 1,
        kpis: mmcKpis,
      }),
    ).rejects.toThrow(/sweep: grid\.servers: expected a non-empty array, received \[\]/);
  });
});
