/**
 * Random-layer benchmarks: ns per draw for each law under each generator, and the cost of
 * thinning against a homogeneous Poisson stream (ns per arrival).
 *
 * Run alone with `npx tsx bench/random.bench.ts`, or call {@link runRandomBench}.
 * Total time ≈ 10 s (≈ 50 tasks × (150 ms + 30 ms warm-up)).
 */
import { pathToFileURL } from "node:url";
import { Bench } from "tinybench";
import {
  createRateProfile,
  createStream,
  type Distribution,
  deterministic,
  discrete,
  empirical,
  erlang,
  exponential,
  type GeneratorName,
  gamma,
  lognormal,
  mixture,
  normal,
  poissonArrivals,
  type RandomStream,
  ThinningArrivals,
  triangular,
  truncatedNormal,
  uniform,
  weibull,
} from "../src/random/index.js";

/** One benchmark row: what was measured and its mean cost in nanoseconds per operation. */
export interface RandomBenchRow {
  readonly name: string;
  readonly nsPerOp: number;
}

/** Operations per task call, so the timer's overhead is amortised. */
const OPS_PER_CALL = 1000;
const GENERATORS: readonly GeneratorName[] = ["alea", "xor4096", "arc4"];
const STREAMS_INTERLEAVED = 8;

/** Arrivals per hour by hour of day (peak/mean ≈ 2: thinning rejects about half its candidates). */
const HOURLY = [
  2, 1, 0.5, 0, 0.5, 3, 10, 25, 40, 45, 42, 38, 35, 36, 40, 44, 41, 30, 20, 12, 8, 5, 4, 3,
];

const LAWS: readonly Distribution[] = [
  deterministic({ value: 90 }),
  uniform({ min: 60, max: 120 }),
  exponential({ mean: 300 }),
  erlang({ k: 3, mean: 600 }),
  gamma({ shape: 2.5, mean: 300 }),
  normal({ mean: 10, sd: 3 }),
  truncatedNormal({ mean: 120, sd: 60 }),
  lognormal({ mean: 300, sd: 150 }),
  triangular({ min: 60, mode: 90, max: 240 }),
  weibull({ shape: 1.5, scale: 600 }),
  empirical({ samples: [47, 95, 120, 130, 300, 610], interpolate: true }),
  mixture({
    components: [
      { weight: 0.8, distribution: exponential({ mean: 120 }) },
      { weight: 0.2, distribution: lognormal({ mean: 1800, sd: 900 }) },
    ],
  }),
  discrete({ values: [0, 1, 2], probabilities: [0.85, 0.1, 0.05] }),
];

// perf: accumulate in a local and store once per call; a module-level `let` updated per op
// boxes a heap number on every iteration and doubled the measured cost.
let sink = 0;

/**
 * Runs every random-layer benchmark and returns ns per operation for each.
 *
 * @param options - `timeMs`: time budget per task (default 150 ms)
 * @returns rows named e.g. `exponential(mean=300) [alea]`, `thinning arrivals`
 * @example const rows = await runRandomBench();
 */
export async function runRandomBench(options: { timeMs?: number } = {}): Promise<RandomBenchRow[]> {
  const bench = new Bench({ time: options.timeMs ?? 150, warmupTime: 30 });

  for (const generator of GENERATORS) {
    const single = createStream(`bench/${generator}`, generator);
    bench.add(`uniform next() [${generator}]`, () => {
      let acc = 0;
      for (let i = 0; i < OPS_PER_CALL; i++) acc += single.next();
      sink += acc;
    });
    const many: RandomStream[] = Array.from({ length: STREAMS_INTERLEAVED }, (_, k) =>
      createStream(`bench/${generator}/${k}`, generator),
    );
    bench.add(`uniform next() ${STREAMS_INTERLEAVED} streams [${generator}]`, () => {
      let acc = 0;
      for (let i = 0; i < OPS_PER_CALL; i++) acc += (many[i & 7] as RandomStream).next();
      sink += acc;
    });
  }

  for (const law of LAWS) {
    for (const generator of GENERATORS) {
      const stream = createStream(`bench/${law.kind}/${generator}`, generator);
      bench.add(`${law.describe()} [${generator}]`, () => {
        let acc = 0;
        for (let i = 0; i < OPS_PER_CALL; i++) acc += law.sample(stream);
        sink += acc;
      });
    }
  }

  const profile = createRateProfile({ ratePerHourByHourOfDay: HOURLY });
  const thinning = new ThinningArrivals(profile);
  const homogeneous = poissonArrivals({ ratePerSecond: profile.expectedCount(0, 86_400) / 86_400 });
  const arrivalStream = createStream("bench/arrivals");
  let thinningClock = 0;
  let homogeneousClock = 0;
  bench.add("thinning arrivals (ns per arrival)", () => {
    for (let i = 0; i < OPS_PER_CALL; i++)
      thinningClock = thinning.next(arrivalStream, thinningClock);
  });
  bench.add("homogeneous Poisson arrivals (ns per arrival)", () => {
    let t = homogeneousClock;
    for (let i = 0; i < OPS_PER_CALL; i++) t = homogeneous.next(arrivalStream, t);
    homogeneousClock = t;
  });

  await bench.run();
  if (!Number.isFinite(sink + thinningClock + homogeneousClock)) throw new Error("sink");

  return bench.tasks.map((task) => {
    const result = task.result;
    const meanMs = "latency" in result ? result.latency.mean : Number.NaN;
    return { name: task.name, nsPerOp: (meanMs * 1e6) / OPS_PER_CALL };
  });
}

function printTable(rows: readonly RandomBenchRow[]): void {
  const width = Math.max(...rows.map((r) => r.name.length));
  console.log(`${"task".padEnd(width)}  ns/op`);
  for (const row of rows)
    console.log(`${row.name.padEnd(width)}  ${row.nsPerOp.toFixed(1).padStart(6)}`);
  const ns = (name: string) => rows.find((r) => r.name === name)?.nsPerOp ?? Number.NaN;
  const ratio =
    ns("thinning arrivals (ns per arrival)") / ns("homogeneous Poisson arrivals (ns per arrival)");
  console.log(`thinning / homogeneous cost per arrival: ${ratio.toFixed(2)}x`);
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const started = performance.now();
  printTable(await runRandomBench());
  console.log(`total ${((performance.now() - started) / 1000).toFixed(1)} s`);
}
