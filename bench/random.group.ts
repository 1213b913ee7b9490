/**
 * Benchmark group "random": wraps `bench/random.bench.ts` (ns per draw for every law under
 * every generator, thinning vs homogeneous Poisson). Runs in its own child process like the
 * other groups; ratios (per-law cost relative to alea's uniform draw, thinning / homogeneous)
 * are computed from the same run.
 *   node --import tsx bench/random.group.ts   prints one JSON line
 */
import { isEntryPoint, runCase } from "./harness/child.js";
import type { BenchGroup, GroupOutput, Table } from "./harness/group.js";
import { formatFixed, formatRatio } from "./harness/table.js";
import { type RandomBenchRow, runRandomBench } from "./random.bench.js";

const THIS_FILE = "bench/random.group.ts";

interface RandomCaseOutput {
  readonly timeMs: number;
  readonly rows: RandomBenchRow[];
}

async function runRandomGroup(options: { quick: boolean }): Promise<GroupOutput> {
  const timeMs = options.quick ? 30 : 150;
  const { rows } = await runCase<RandomCaseOutput>(THIS_FILE, [String(timeMs)], {
    mode: "tsx", // random.bench.ts imports src/ directly
  });
  const ns = (name: string) => rows.find((r) => r.name === name)?.nsPerOp;
  const uniform = ns("uniform next() [alea]");
  const table: Table = {
    title: `Random layer: ns per operation (tinybench, ${timeMs} ms per task)`,
    columns: ["task", "ns/op", "÷ alea next()"],
    rows: rows.map((row) => [
      row.name,
      formatFixed(row.nsPerOp, 1),
      formatRatio(uniform === undefined ? undefined : row.nsPerOp / uniform),
    ]),
  };
  const thinning = ns("thinning arrivals (ns per arrival)");
  const homogeneous = ns("homogeneous Poisson arrivals (ns per arrival)");
  const ratio = thinning !== undefined && homogeneous ? thinning / homogeneous : undefined;
  return {
    tables: [table],
    notes: [`thinning / homogeneous cost per arrival: ${formatRatio(ratio)} (same run).`],
    data: { timeMs, rows, thinningOverHomogeneous: ratio },
  };
}

/** The "random" group for `bench/run.ts`. */
export const randomGroup: BenchGroup = {
  name: "random",
  summary: "ns per draw for each law and generator; thinning vs homogeneous arrivals",
  approxSeconds: "≈ 12 s",
  run: runRandomGroup,
};

if (isEntryPoint(import.meta.url)) {
  const timeMs = Number(process.argv[2] ?? 150);
  const output: RandomCaseOutput = { timeMs, rows: await runRandomBench({ timeMs }) };
  console.log(JSON.stringify(output));
}
