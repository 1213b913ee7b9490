/**
 * Runs the benchmark groups and prints one table per measurement, each next to its reference
 * measured in the same run (the 2 cores are shared: bare rates drift, same-run ratios hold).
 *
 *   npx tsx bench/run.ts                    all groups, readable tables
 *   npx tsx bench/run.ts --only kernel      one group (repeatable: --only kernel --only random)
 *   npx tsx bench/run.ts --json             everything as one JSON document on stdout
 *   npx tsx bench/run.ts --save out.json    tables on stdout and the JSON document in a file
 *   npx tsx bench/run.ts --repeat 5         rounds of each gatesim case (medians; default 3)
 *   npx tsx bench/run.ts --quick            small sizes: a smoke test of the harness only
 *   npx tsx bench/run.ts --no-peers         skip SimPy
 *   npx tsx bench/run.ts --list             list the groups
 * Benchmarks measure the compiled library: build `dist/` first (`npm run bench` does).
 * Progress goes to stderr, tables and JSON to stdout.
 *
 * Wall time on the 2-core machine (default --repeat 3; measured at load average 2.5–5, i.e. with
 * other engineers' test runs on the same cores):
 *   kernel  ≈ 105–130 s: per round ≈ 20 s of gatesim child cases (hold 9, M/M/c 5) + ≈ 4 s of
 *           SimPy (hold N = 100 and 10,000, M/M/c); plus SimPy's hold at N = 1M once, ≈ 31 s
 *           (≈ 10 s of it building 1M SimPy processes)
 *   random  ≈ 9–12 s (≈ 50 tinybench tasks × 180 ms)
 *   scenarios ≈ 2.5–3 min: the smart-doubled year three ways (summaries, records, CSV) ≈ 40 s
 *           once, the capacity plan ≈ 65–75 s once, ≈ 15 s of other cases per round
 *   plan    ≈ 10–14 min at load 19–27: the default plan ≈ 17 s (one candidate: the load bounds
 *           meet the target), the exact cases ≈ 20 s, the greedy reference ≈ 9–13 min
 *           (56 candidates × 10 replications); --quick skips the greedy (≈ 40 s)
 *   kernel + random ≈ 2 min (2 min 20 s at load 5); --quick ≈ 20 s; --no-peers saves ≈ 45 s;
 *           each extra --repeat round adds ≈ 25 s (≈ 40 s with scenarios).
 *
 * Adding a group (gate scenarios, experiments...): write `bench/<name>.group.ts` exporting a
 * `BenchGroup` (see bench/harness/group.ts) and add it to GROUPS below.
 */
import { writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import type { BenchGroup, GroupOptions } from "./harness/group.js";
import { loadAverage, machineInfo } from "./harness/machine.js";
import { formatTable } from "./harness/table.js";
import { kernelGroup } from "./kernel.bench.js";
import { planGroup } from "./plan.group.js";
import { queueGroup } from "./queue.group.js";
import { randomGroup } from "./random.group.js";
import { scenariosGroup } from "./scenarios.bench.js";

/** Every group, in the order they run. Register new groups here. */
const GROUPS: readonly BenchGroup[] = [
  kernelGroup,
  randomGroup,
  scenariosGroup,
  planGroup,
  queueGroup,
];

interface GroupRecord {
  readonly group: string;
  readonly seconds: number;
  readonly ok: boolean;
  readonly error?: string;
  readonly notes?: readonly string[];
  readonly data?: unknown;
}

const USAGE =
  "usage: npx tsx bench/run.ts [--only <group>]... [--json] [--save <file>] [--repeat <k>] [--quick] [--no-peers] [--list]";

function parseFlags() {
  return parseArgs({
    options: {
      only: { type: "string", multiple: true },
      json: { type: "boolean", default: false },
      save: { type: "string" },
      repeat: { type: "string", default: "3" },
      quick: { type: "boolean", default: false },
      "no-peers": { type: "boolean", default: false },
      list: { type: "boolean", default: false },
      help: { type: "boolean", short: "h", default: false },
    },
    strict: true,
  });
}

async function main(): Promise<number> {
  let values: ReturnType<typeof parseFlags>["values"];
  try {
    values = parseFlags().values;
  } catch (error) {
    console.error(
      `bench/run.ts: ${error instanceof Error ? error.message : String(error)}\n${USAGE}`,
    );
    return 2;
  }
  if (values.help || values.list) {
    if (values.help) console.log(`${USAGE}\n\ngroups:`);
    for (const g of GROUPS)
      console.log(`  ${g.name.padEnd(9)} ${g.summary}\n            ${g.approxSeconds}`);
    return 0;
  }
  const repeat = Number(values.repeat);
  if (!(Number.isInteger(repeat) && repeat >= 1)) {
    console.error(`bench/run.ts: --repeat expected an integer >= 1, received ${values.repeat}`);
    return 2;
  }
  const only = (values.only ?? []).flatMap((s) => s.split(","));
  const unknown = only.filter((name) => !GROUPS.some((g) => g.name === name));
  if (unknown.length > 0) {
    console.error(
      `bench/run.ts: --only expected one of ${GROUPS.map((g) => g.name).join(", ")}, received ${unknown.join(", ")}`,
    );
    return 2;
  }
  const selected = only.length === 0 ? GROUPS : GROUPS.filter((g) => only.includes(g.name));
  const options: GroupOptions = {
    repeat,
    quick: values.quick,
    peers: !values["no-peers"],
    log: (line) => console.error(`[bench] ${line}`),
  };

  const machine = machineInfo();
  const print = values.json ? () => {} : (text: string) => console.log(text);
  print(
    `gatesim benchmarks: Node ${machine.node}, ${machine.cores} × ${machine.cpu}, ${machine.memoryGb} GB, load average ${machine.loadAverage.join(" / ")}${values.quick ? "  [--quick: sizes reduced, figures not comparable]" : ""}`,
  );

  const records: GroupRecord[] = [];
  const started = performance.now();
  for (const group of selected) {
    options.log(`group ${group.name} (${group.approxSeconds}) — load ${loadAverage().join(" / ")}`);
    const groupStarted = performance.now();
    try {
      const output = await group.run(options);
      const seconds = (performance.now() - groupStarted) / 1000;
      records.push({
        group: group.name,
        seconds,
        ok: true,
        notes: output.notes,
        data: output.data,
      });
      print(`\n=== ${group.name}: ${group.summary} (${seconds.toFixed(0)} s) ===`);
      for (const table of output.tables) print(`\n${formatTable(table)}`);
      if (output.notes.length > 0) print(`\n${output.notes.map((n) => `  · ${n}`).join("\n")}`);
    } catch (error) {
      const seconds = (performance.now() - groupStarted) / 1000;
      const message = error instanceof Error ? error.message : String(error);
      records.push({ group: group.name, seconds, ok: false, error: message });
      console.error(`\n=== ${group.name}: FAILED after ${seconds.toFixed(0)} s ===\n${message}`);
    }
  }
  const totalSeconds = (performance.now() - started) / 1000;
  const document = JSON.stringify(
    {
      machine,
      loadAverageAfter: loadAverage(),
      totalSeconds,
      options: { repeat, quick: values.quick, peers: options.peers },
      groups: records,
    },
    null,
    2,
  );
  if (values.save !== undefined) writeFileSync(values.save, `${document}\n`);
  if (values.json) console.log(document);
  else print(`\ntotal ${totalSeconds.toFixed(0)} s, load average now ${loadAverage().join(" / ")}`);
  return records.every((r) => r.ok) ? 0 : 1;
}

process.exitCode = await main();
