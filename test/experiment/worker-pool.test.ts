import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import ts from "typescript";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
// The pool under test is the compiled one: piscina needs dist/experiment/worker.js beside it.
import { createRunner, ExperimentError } from "../../dist/experiment/index.js";
import {
  comparePaired,
  createRunner as createRunnerFromSources,
  type ExperimentProgress,
  planCapacity,
  type Runner,
  replicate,
  sweep,
} from "../../src/experiment/index.js";
import { type MmcConfig, type MmcResult, mmcKpis, mmcModel } from "./mmc-model.js";

const ROOT = join(import.meta.dirname, "..", "..");
const DIST = join(ROOT, "dist");

/**
 * Workers need a compiled model: transpile ./mmc-model.ts (types stripped, same code) into a
 * temporary .mjs whose `../../src/` imports point at the built library in dist/.
 */
function compileModelForWorkers(dir: string): string {
  const source = readFileSync(join(import.meta.dirname, "mmc-model.ts"), "utf8");
  const { outputText } = ts.transpileModule(source, {
    compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
  });
  const js = outputText.replaceAll('"../../src/', `"${pathToFileURL(DIST).href}/`);
  const path = join(dir, "mmc-model.mjs");
  writeFileSync(path, js);
  return path;
}

const config: MmcConfig = {
  arrivalRate: 4,
  serviceRate: 1,
  servers: 6,
  warmupCustomers: 500,
  customers: 5000,
};

describe("the worker-thread runner", () => {
  let dir = "";
  let modulePath = "";
  let runner: Runner<MmcConfig, MmcResult>;

  beforeAll(() => {
    if (!existsSync(join(DIST, "experiment", "worker.js"))) {
      throw new Error("dist/experiment/worker.js is missing: run `npm run build` first");
    }
    dir = mkdtempSync(join(tmpdir(), "gatesim-experiment-"));
    modulePath = compileModelForWorkers(dir);
    runner = createRunner<MmcConfig, MmcResult>({
      workers: 2,
      model: { modulePath, exportName: "mmcModel" },
    });
  });

  afterAll(async () => {
    await runner?.close();
    if (dir !== "") rmSync(dir, { recursive: true, force: true });
  });

  it("replicates with 2 workers to the same JSON as in-process, in replication order", async () => {
    const options = {
      model: mmcModel,
      config,
      seed: "pool",
      replications: 8,
      kpis: mmcKpis,
      keepResults: true,
    };
    const progress: ExperimentProgress[] = [];
    const parallel = await replicate({ ...options, runner, onProgress: (p) => progress.push(p) });
    const serial = await replicate(options);
    expect(JSON.stringify(parallel)).toBe(JSON.stringify(serial));
    expect(progress.at(-1)).toMatchObject({ done: 8, total: 8 });
  });

  it("gives the same paired comparison, sweep and capacity plan as in-process", async () => {
    const small = { ...config, customers: 2000 };
    const compare = {
      model: mmcModel,
      configA: small,
      configB: { ...small, servers: 7 },
      seed: "p",
      replications: 4,
      kpis: mmcKpis,
      keepResults: true,
    };
    expect(JSON.stringify(await comparePaired({ ...compare, runner }))).toBe(
      JSON.stringify(await comparePaired(compare)),
    );
    const grid = {
      model: mmcModel,
      baseConfig: small,
      grid: { servers: [5, 6, 7] },
      apply: (c: MmcConfig, p: Record<string, unknown>) => ({ ...c, servers: p.servers as number }),
      seed: "s",
      replications: 3,
      kpis: mmcKpis,
    };
    expect(JSON.stringify(await sweep({ ...grid, runner }))).toBe(
      JSON.stringify(await sweep(grid)),
    );
    const plan = {
      model: mmcModel,
      baseConfig: small,
      resources: [{ name: "servers", min: 1, max: 10 }],
      apply: (c: MmcConfig, l: Record<string, number>) => ({ ...c, servers: l.servers! }),
      target: [{ kpi: "meanWait", atMost: 0.08 }],
      seed: "plan",
      replications: 4,
      kpis: mmcKpis,
    };
    expect(JSON.stringify(await planCapacity({ ...plan, runner }))).toBe(
      JSON.stringify(await planCapacity(plan)),
    );
  });

  it("splits many short replications into chunks and still keeps task order", async () => {
    const tasks = Array.from({ length: 37 }, (_, i) => ({
      config: { ...config, warmupCustomers: 0, customers: 50 },
      seed: "chunks",
      replication: i,
    }));
    const done: number[] = [];
    const results = await runner.runMany(tasks, (n) => done.push(n));
    expect(results).toEqual(tasks.map((t) => mmcModel.run(t.config, t.seed, t.replication)));
    expect(done.at(-1)).toBe(37);
  });

  it("rejects with the export name when the module has no such model", async () => {
    const wrong = createRunner<MmcConfig, MmcResult>({
      workers: 1,
      model: { modulePath, exportName: "nope" },
    });
    try {
      const call = wrong.runMany([{ config, seed: "s", replication: 0 }]);
      await expect(call).rejects.toBeInstanceOf(ExperimentError);
      await expect(call).rejects.toMatchObject({ code: "MODEL_NOT_LOADED" });
      await expect(call).rejects.toThrow(
        /createRunner: model\.exportName: expected the name of an export of .*mmc-model\.mjs with a run\(config, seed, replication\) method \(its exports: mmcKpis, mmcModel, runMmc\), received "nope"/,
      );
    } finally {
      await wrong.close();
    }
    await expect(wrong.runMany([])).rejects.toThrow(/closed/);
  });

  it("refuses a relative model path and a missing compiled worker, saying what to do", () => {
    expect(() =>
      createRunner({ workers: 2, model: { modulePath: "./model.js", exportName: "m" } }),
    ).toThrow(/createRunner: model\.modulePath: expected an absolute file path or a file: URL/);
    // From the TypeScript sources there is no worker.js beside worker-pool.ts.
    expect(() =>
      createRunnerFromSources({ workers: 1, model: { modulePath, exportName: "mmcModel" } }),
    ).toThrow(
      /workerFile: expected an existing compiled worker module \(\.js\); run `npm run build` first/,
    );
  });
});
