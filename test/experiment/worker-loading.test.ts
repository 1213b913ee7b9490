import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
// The pool under test is the compiled one: piscina needs dist/experiment/worker.js beside it.
import {
  createRunner,
  ExperimentError,
  type Runner,
  type WorkerRunnerOptions,
} from "../../dist/experiment/index.js";
import { replicate, serialRunner } from "../../src/experiment/index.js";
import { type MmcConfig, type MmcResult, mmcKpis, mmcModel } from "./mmc-model.js";

const ROOT = join(import.meta.dirname, "..", "..");
/** The M/M/c model as TypeScript source: workers import it through tsx, not a compiled copy. */
const TS_MODEL = join(import.meta.dirname, "mmc-model.ts");
/** Every worker registers tsx's ESM loader before importing the model (the Node 20 recipe). */
const TSX = { modulePath: "tsx/esm/api", exportName: "register" } as const;

const config: MmcConfig = {
  arrivalRate: 4,
  serviceRate: 1,
  servers: 6,
  warmupCustomers: 200,
  customers: 2000,
};
const task = { config, seed: "load", replication: 0 };

let dir = "";
beforeAll(() => {
  if (!existsSync(join(ROOT, "dist", "experiment", "worker.js"))) {
    throw new Error("dist/experiment/worker.js is missing: run `npm run build` first");
  }
  dir = mkdtempSync(join(tmpdir(), "gatesim-worker-loading-"));
  writeFileSync(join(dir, "throws.mjs"), 'throw new Error("no database connection");\n');
  writeFileSync(join(dir, "not-a-model.mjs"), "export const mmcModel = { name: 'x' };\n");
  writeFileSync(
    join(dir, "setup-throws.mjs"),
    'export function go() { throw new Error("nope"); }\n',
  );
});
afterAll(() => {
  if (dir !== "") rmSync(dir, { recursive: true, force: true });
});

/** Runs one task on a fresh one-thread runner and returns how the call failed. */
async function failure(options: Omit<WorkerRunnerOptions, "workers">): Promise<ExperimentError> {
  const runner = createRunner<MmcConfig, MmcResult>({ workers: 1, ...options });
  try {
    await runner.runMany([task]);
  } catch (error) {
    return error as ExperimentError;
  } finally {
    await runner.close();
  }
  throw new Error("expected runMany to reject");
}

describe("worker threads running a model written in TypeScript", () => {
  let runner: Runner<MmcConfig, MmcResult>;
  beforeAll(() => {
    runner = createRunner<MmcConfig, MmcResult>({
      workers: 2,
      model: { modulePath: TS_MODEL, exportName: "mmcModel" },
      setup: [TSX],
    });
  });
  afterAll(async () => {
    await runner?.close();
  });

  it("replicates the .ts model on 2 threads to exactly the serial runner's summary", async () => {
    const options = {
      model: mmcModel,
      config,
      seed: "ts-workers",
      replications: 6,
      kpis: mmcKpis,
      keepResults: true,
    };
    const parallel = await replicate({ ...options, runner });
    const serial = await replicate({ ...options, runner: serialRunner(mmcModel) });
    expect(parallel.results).toHaveLength(6);
    expect(JSON.stringify(parallel)).toBe(JSON.stringify(serial));
  });

  it("refuses --import in execArgv, which Node 20 workers ignore, and names the setup to use", () => {
    expect(() =>
      createRunner({
        workers: 1,
        model: { modulePath: TS_MODEL, exportName: "mmcModel" },
        execArgv: ["--import", "tsx"],
      }),
    ).toThrow(
      /createRunner: execArgv: expected no --import flag \(Node 20 workers ignore it\); pass setup steps instead, e\.g\. setup: \[\{ modulePath: "tsx\/esm\/api", exportName: "register" \}\] .*, received \["--import"\]/,
    );
  });
});

describe("a worker that cannot load its model", () => {
  it("rejects a module path that does not exist with MODEL_NOT_LOADED naming the path and export", async () => {
    const missing = join(dir, "missing.mjs");
    const error = await failure({ model: { modulePath: missing, exportName: "mmcModel" } });
    expect(error).toBeInstanceOf(ExperimentError);
    expect(error.code).toBe("MODEL_NOT_LOADED");
    expect(error.issues.map((issue) => issue.path)).toEqual(["model.modulePath"]);
    expect(error.message).toContain(
      `createRunner: model.modulePath: expected a module exporting the model "mmcModel" that a worker thread can import (importing it failed: Error [ERR_MODULE_NOT_FOUND]: Cannot find module '${missing}'`,
    );
    expect(error.message).toContain(`received ${JSON.stringify(missing)}`);
  });

  it("rejects a module without the named model, listing what it does export", async () => {
    const error = await failure({
      model: { modulePath: join(dir, "not-a-model.mjs"), exportName: "mmcModel" },
    });
    expect(error).toBeInstanceOf(ExperimentError);
    expect(error.code).toBe("MODEL_NOT_LOADED");
    expect(error.message).toMatch(
      /^createRunner: model\.exportName: expected the name of an export of .*not-a-model\.mjs with a run\(config, seed, replication\) method \(its exports: mmcModel\), received "mmcModel"$/,
    );
  });

  it("rejects a module that throws on import, with the error it threw as the cause", async () => {
    const error = await failure({
      model: { modulePath: join(dir, "throws.mjs"), exportName: "mmcModel" },
    });
    expect(error).toBeInstanceOf(ExperimentError);
    expect(error.code).toBe("MODEL_NOT_LOADED");
    expect(error.message).toMatch(
      /model\.modulePath: expected a module exporting the model "mmcModel" that a worker thread can import \(importing it failed: Error: no database connection\), received ".*throws\.mjs"/,
    );
    expect(error.cause).toBe("Error: no database connection");
  });

  it("rejects a .ts module without a loader, saying which setup step loads it", async () => {
    const error = await failure({ model: { modulePath: TS_MODEL, exportName: "mmcModel" } });
    expect(error).toBeInstanceOf(ExperimentError);
    expect(error.code).toBe("MODEL_NOT_LOADED");
    expect(error.message).toContain("ERR_UNKNOWN_FILE_EXTENSION");
    expect(error.message).toContain(
      'a .ts module needs a TypeScript loader in every worker: pass setup: [{ modulePath: "tsx/esm/api", exportName: "register" }]',
    );
  });

  it("rejects a setup step that fails, naming the step", async () => {
    const model = { modulePath: TS_MODEL, exportName: "mmcModel" };
    const missing = await failure({ model, setup: [{ modulePath: "no-such-package/api" }] });
    expect(missing.code).toBe("MODEL_NOT_LOADED");
    expect(missing.message).toMatch(
      /^createRunner: setup\[0\]\.modulePath: expected a module that a worker thread can import \(importing it failed: Error \[ERR_MODULE_NOT_FOUND\]: Cannot find package 'no-such-package'/,
    );
    const throws = await failure({
      model,
      setup: [TSX, { modulePath: join(dir, "setup-throws.mjs"), exportName: "go" }],
    });
    expect(throws.message).toMatch(
      /^createRunner: setup\[1\]\.exportName: expected a function of .*setup-throws\.mjs that runs without throwing \(it threw: Error: nope\), received "go"$/,
    );
  });

  it("refuses relative setup paths and empty export names before starting threads", () => {
    expect(() =>
      createRunner({
        workers: 1,
        model: { modulePath: TS_MODEL, exportName: "mmcModel" },
        setup: [{ modulePath: "./register.js", exportName: "" }],
      }),
    ).toThrow(
      'createRunner: setup[0].modulePath: expected an absolute file path, a file: URL or a package name (e.g. "tsx/esm/api"), received "./register.js"; setup[0].exportName: expected a non-empty string, received ""',
    );
  });
});
