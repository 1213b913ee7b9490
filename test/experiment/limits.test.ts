import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
// The pool under test is the compiled one: piscina needs dist/experiment/worker.js beside it.
import {
  createRunner as createDistRunner,
  ExperimentError as DistExperimentError,
} from "../../dist/experiment/index.js";
import {
  comparePaired,
  ExperimentError,
  type ExperimentModel,
  planCapacity,
  replicate,
  replicateSync,
  sweep,
} from "../../src/experiment/index.js";

/** A model that fails like a kernel past its budget: a typed error with a code and simTime. */
class BudgetError extends Error {
  override readonly name = "SimulationError";
  readonly code = "EVENT_BUDGET_EXCEEDED";
  constructor(readonly simTime: number) {
    super(`stopped a runaway model at ${simTime}`);
  }
}

type Config = { readonly failAt?: number; readonly budgetAt?: number; readonly stuck?: number };
const seen: (number | undefined)[] = [];
const model: ExperimentModel<Config, { value: number }> = {
  name: "toy",
  run: (config, _seed, replication, limits) => {
    seen.push(limits?.maxEvents);
    if (replication === config.budgetAt) throw new BudgetError(1234.5);
    if (replication === config.failAt) throw new TypeError("cannot read x of undefined");
    return { value: replication % 7 };
  },
};
const kpis = [
  {
    key: "value",
    label: "Value",
    unit: "-",
    higherIsBetter: true,
    read: (r: { value: number }) => r.value,
  },
];
const base = { model, config: {}, seed: "limits", kpis };

async function rejection(promise: Promise<unknown>): Promise<ExperimentError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ExperimentError);
  return error as ExperimentError;
}

describe("experiment limits in this thread", () => {
  it("replicates 150,000 times without overflowing the stack (a spread of 150,000 arguments did)", () => {
    const summary = replicateSync({ ...base, replications: 150_000 });
    expect(summary.replications).toBe(150_000);
    expect(summary.kpis.value!.n).toBe(150_000);
    expect(summary.kpis.value!.mean).toBeCloseTo(3, 2);
  });

  it("hands the event budget to every replication", async () => {
    seen.length = 0;
    await replicate({ ...base, replications: 5, maxEvents: 777 });
    expect(seen).toEqual([777, 777, 777, 777, 777]);
  });

  it("reports a budget stop as BUDGET_EXCEEDED naming the replication, the seed and the simulated time", async () => {
    const error = await rejection(
      replicate({ ...base, config: { budgetAt: 3 }, replications: 10, maxEvents: 50 }),
    );
    expect(error.code).toBe("BUDGET_EXCEEDED");
    expect(error.replication).toBe(3);
    expect(error.seed).toBe("limits");
    expect(error.simTime).toBe(1234.5);
    expect(error.message).toMatch(
      /^replicate: replication 3 of seed "limits" stopped by its budget at simulated time 1234\.5: SimulationError EVENT_BUDGET_EXCEEDED: stopped a runaway model at 1234\.5; raise maxEvents/,
    );
  });

  it("reports any other model error as MODEL_FAILED with the replication and seed, the error as cause", async () => {
    const error = await rejection(
      comparePaired({ ...base, configA: {}, configB: { failAt: 2 }, replications: 4 }),
    );
    expect(error.code).toBe("MODEL_FAILED");
    expect(error.replication).toBe(2);
    expect(error.message).toContain("TypeError: cannot read x of undefined");
    expect(error.cause).toBeInstanceOf(TypeError);
  });

  it("stops at the wall-time limit between replications with TIME_LIMIT_EXCEEDED", async () => {
    const slow: ExperimentModel<Config, { value: number }> = {
      name: "slow",
      run: () => {
        const until = performance.now() + 20;
        while (performance.now() < until) {
          // busy: a replication that takes 20 ms
        }
        return { value: 1 };
      },
    };
    const error = await rejection(
      replicate({ ...base, model: slow, replications: 1000, timeLimitSeconds: 0.1 }),
    );
    expect(error.code).toBe("TIME_LIMIT_EXCEEDED");
    expect(error.message).toMatch(/time limit of 0\.1 s passed with \d+ replications done/);
    expect(error.replication).toBeGreaterThan(0);
    expect(error.replication).toBeLessThan(1000);
  });

  it("refuses sizes beyond the documented caps up front, naming count and cap", async () => {
    const grid = {
      a: Array.from({ length: 1000 }, (_, i) => i),
      b: Array.from({ length: 1000 }, (_, i) => i),
    };
    const started = performance.now();
    const error = await rejection(
      sweep({ ...base, baseConfig: {}, grid, apply: (c) => c, replications: 5 }),
    );
    expect(performance.now() - started).toBeLessThan(5000);
    expect(error.code).toBe("TOO_LARGE");
    expect(error.message).toBe(
      "sweep: grid: expected at most 100,000 grid points, received 1000000; replications: expected at most 1,000,000 replications in all (grid points × replications), received 5000000",
    );
    const many = await rejection(replicate({ ...base, replications: 2_000_000 }));
    expect(many.message).toMatch(/replications: expected at most 1,000,000 replications/);
    const kept = await rejection(replicate({ ...base, replications: 20_000, keepResults: true }));
    expect(kept.message).toMatch(/keepResults: expected at most 10,000 kept results/);
    const plan = await rejection(
      planCapacity({
        ...base,
        baseConfig: {},
        resources: [{ name: "x", min: 1, max: 2 }],
        apply: (c) => c,
        target: [{ kpi: "value", atLeast: 0 }],
        replications: 20_000,
      }),
    );
    expect(plan.message).toMatch(
      /replications: expected at most 10,000 replications per candidate/,
    );
  });

  it("checks the limits' types from plain JavaScript", async () => {
    const error = await rejection(
      replicate({
        ...base,
        replications: 3,
        maxEvents: "1e6" as unknown as number,
        timeLimitSeconds: -1,
      }),
    );
    expect(error.code).toBe("INVALID_OPTION");
    expect(error.message).toBe(
      'replicate: maxEvents: expected an integer >= 1, received "1e6"; timeLimitSeconds: expected a finite number > 0, received -1',
    );
  });
});

/** Plain-JS model modules for the worker threads. */
const MODULES: Record<string, string> = {
  "models.mjs": `
class BudgetError extends Error {
  constructor(simTime) { super("stopped a runaway model at " + simTime); this.name = "SimulationError"; this.code = "EVENT_BUDGET_EXCEEDED"; this.simTime = simTime; }
}
export const loops = { name: "loops", run: (config, seed, replication) => {
  if (replication === config.stuck) for (;;) {}
  return { value: replication };
} };
export const budget = { name: "budget", run: (config, seed, replication, limits) => {
  if (replication === 2) throw new BudgetError(99);
  return { value: limits?.maxEvents ?? -1 };
} };
export const uncloneable = { name: "uncloneable", run: () => ({ value: 1, read: () => 1 }) };
`,
};

describe("experiment limits on worker threads", () => {
  let dir = "";
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "gatesim-limits-"));
    for (const [name, text] of Object.entries(MODULES)) writeFileSync(join(dir, name), text);
  });
  afterAll(() => {
    if (dir !== "") rmSync(dir, { recursive: true, force: true });
  });

  const runner = (exportName: string) =>
    createDistRunner<Config & { stuck?: number }, { value: number }>({
      workers: 2,
      model: { modulePath: join(dir, "models.mjs"), exportName },
    });

  it("terminates a replication stuck in a loop at the time limit, and the pool runs on", async () => {
    const pool = runner("loops");
    try {
      const started = performance.now();
      const error = await replicate({
        ...base,
        config: { stuck: 5 },
        replications: 8,
        runner: pool,
        timeLimitSeconds: 1,
      }).then(
        () => null,
        (e: unknown) => e as DistExperimentError,
      );
      expect(performance.now() - started).toBeLessThan(10_000);
      expect(error?.name).toBe("ExperimentError");
      expect(error?.code).toBe("TIME_LIMIT_EXCEEDED");
      expect(error?.message).toMatch(/replications .*5.* of seed "limits" had not finished/);
      const again = await replicate({ ...base, config: {}, replications: 4, runner: pool });
      expect(again.kpis.value!.mean).toBe(1.5);
    } finally {
      await pool.close();
    }
  });

  it("keeps the class, code, replication, seed and simulated time of a budget stop across threads", async () => {
    const pool = runner("budget");
    try {
      const ok = await replicate({ ...base, replications: 2, runner: pool, maxEvents: 321 });
      expect(ok.kpis.value!.mean).toBe(321);
      const error = await replicate({ ...base, replications: 4, runner: pool }).then(
        () => null,
        (e: unknown) => e as DistExperimentError,
      );
      expect(error).toBeInstanceOf(DistExperimentError);
      expect(error?.code).toBe("BUDGET_EXCEEDED");
      expect([error?.replication, error?.seed, error?.simTime]).toEqual([2, "limits", 99]);
    } finally {
      await pool.close();
    }
  });

  it("rejects a result that cannot be cloned with RESULT_NOT_CLONEABLE, not {}", async () => {
    const pool = runner("uncloneable");
    try {
      const error = await replicate({ ...base, replications: 2, runner: pool }).then(
        () => null,
        (e: unknown) => e as DistExperimentError,
      );
      expect(error).toBeInstanceOf(DistExperimentError);
      expect(error?.code).toBe("RESULT_NOT_CLONEABLE");
      expect(error?.message).toMatch(
        /model\.run: expected results that structured cloning can send/,
      );
    } finally {
      await pool.close();
    }
  });
});
