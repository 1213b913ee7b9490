/**
 * The small exact cases of the `plan` group, in one child process (run with tsx: the test
 * models import `src/`): the smart search against the exhaustive grid judged by the same rule,
 * and against the greedy search with a fixed number of replications, on an M/M/c queue (Erlang
 * C) and a two-station tandem (Jackson). Prints one JSON line.
 *
 *   node --import tsx bench/plan/exact.ts
 */
import { type CapacityPlanOptions, planCapacity } from "../../src/experiment/index.js";
import {
  type MmcConfig,
  type MmcResult,
  mmcKpis,
  mmcModel,
} from "../../test/experiment/mmc-model.js";
import {
  type TandemConfig,
  type TandemResult,
  tandemKpis,
  tandemModel,
} from "../../test/experiment/tandem-model.js";

/** One exact case's figures. */
export interface ExactCase {
  readonly name: string;
  readonly smart: {
    levels: Record<string, number>;
    replications: number;
    evaluated: number;
    seconds: number;
  };
  readonly grid: {
    minimal: Record<string, number>[];
    replications: number;
    points: number;
    seconds: number;
  };
  readonly greedy: {
    levels: Record<string, number>;
    replications: number;
    evaluated: number;
    seconds: number;
  };
  readonly sameAsGrid: boolean;
}

type Levels = Record<string, number>;

async function exactCase<C, R>(
  name: string,
  options: CapacityPlanOptions<C, R>,
  lowerBounds: Levels,
): Promise<ExactCase> {
  const { resources } = options;
  const key = (levels: Levels) => resources.map((r) => levels[r.name]).join(",");
  let started = performance.now();
  const smart = await planCapacity({ ...options, search: "smart", lowerBounds });
  const smartSeconds = (performance.now() - started) / 1000;
  started = performance.now();
  const points = resources.reduce<Levels[]>(
    (acc, r) =>
      acc.flatMap((p) =>
        Array.from({ length: r.max - r.min + 1 }, (_, i) => ({ ...p, [r.name]: r.min + i })),
      ),
    [{}],
  );
  const meets = new Map<string, boolean>();
  let gridReplications = 0;
  for (const point of points) {
    const plan = await planCapacity({
      ...options,
      search: "smart",
      resources: resources.map((r) => ({ ...r, min: point[r.name]!, max: point[r.name]! })),
    });
    meets.set(key(point), plan.feasible);
    gridReplications += plan.search!.replications;
  }
  const gridSeconds = (performance.now() - started) / 1000;
  const minimal = points.filter(
    (p) =>
      meets.get(key(p)) === true &&
      !resources.some(
        (r) => p[r.name]! > r.min && meets.get(key({ ...p, [r.name]: p[r.name]! - 1 })),
      ),
  );
  started = performance.now();
  const greedy = await planCapacity({
    ...options,
    search: "greedy",
    level: smart.search!.perLookLevel,
  });
  const greedySeconds = (performance.now() - started) / 1000;
  return {
    name,
    smart: {
      levels: smart.best?.levels ?? {},
      replications: smart.search!.replications,
      evaluated: smart.evaluated,
      seconds: smartSeconds,
    },
    grid: { minimal, replications: gridReplications, points: points.length, seconds: gridSeconds },
    greedy: {
      levels: greedy.best?.levels ?? {},
      replications: greedy.evaluated * options.replications,
      evaluated: greedy.evaluated,
      seconds: greedySeconds,
    },
    sameAsGrid: minimal.length === 1 && key(minimal[0]!) === key(smart.best?.levels ?? {}),
  };
}

const mmc: CapacityPlanOptions<MmcConfig, MmcResult> = {
  model: mmcModel,
  baseConfig: {
    arrivalRate: 4,
    serviceRate: 1,
    servers: 1,
    warmupCustomers: 1000,
    customers: 10_000,
  },
  resources: [{ name: "servers", min: 1, max: 12 }],
  apply: (config, levels) => ({ ...config, servers: levels.servers! }),
  target: [{ kpi: "meanWait", atMost: 0.08 }],
  seed: "bench-plan",
  replications: 10,
  kpis: mmcKpis,
};
const tandem: CapacityPlanOptions<TandemConfig, TandemResult> = {
  model: tandemModel,
  baseConfig: {
    arrivalRate: 3,
    serviceRates: [1, 0.5],
    servers: [1, 1],
    warmupCustomers: 2000,
    customers: 20_000,
  },
  resources: [
    { name: "first", min: 3, max: 7 },
    { name: "second", min: 6, max: 11 },
  ],
  apply: (config, levels) => ({ ...config, servers: [levels.first!, levels.second!] }),
  target: [{ kpi: "meanSojourn", atMost: 3.32 }],
  seed: "bench-plan",
  replications: 10,
  kpis: tandemKpis,
};

const cases = [
  await exactCase("M/M/c (λ 4, μ 1, Wq ≤ 0.08; Erlang C: 7)", mmc, { servers: 5 }),
  await exactCase("tandem (λ 3, μ 1 and 0.5, W ≤ 3.32; Jackson: 5, 9)", tandem, {
    first: 4,
    second: 7,
  }),
];
console.log(JSON.stringify({ cases }));
