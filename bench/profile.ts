/**
 * CPU profile of one benchmark case: runs it compiled (library from `dist/`) under
 * `node --cpu-prof` and prints the functions with the most self time.
 *
 *   npx tsx bench/profile.ts [--top 25] <case file> <case args...>
 *   npx tsx bench/profile.ts bench/kernel.bench.ts mmc callback 8 0.9 1000000
 *   npx tsx bench/profile.ts bench/kernel.bench.ts hold gatesim 10000 500000 2500000
 *
 * The whole child is profiled (setup, warm-up and post-processing too); the case's own JSON
 * line is printed first. Add `--keep` to keep the .cpuprofile (open it in Chrome DevTools), and
 * `--node-arg --no-turbo-inlining` to see time per function rather than per inlined caller
 * (slower overall, so read it as attribution, not speed).
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { runCase } from "./harness/child.js";
import { REPO_ROOT } from "./harness/paths.js";
import { formatTable } from "./harness/table.js";

interface ProfileNode {
  readonly id: number;
  readonly callFrame: {
    readonly functionName: string;
    readonly url: string;
    readonly lineNumber: number;
  };
}

interface CpuProfile {
  readonly nodes: readonly ProfileNode[];
  readonly samples: readonly number[];
  readonly timeDeltas: readonly number[];
}

/** Self time per function (summed over call sites), largest first, in milliseconds. */
export function selfTimes(profile: CpuProfile): { name: string; where: string; ms: number }[] {
  const byNode = new Map<number, ProfileNode>(profile.nodes.map((n) => [n.id, n]));
  const totals = new Map<string, { name: string; where: string; ms: number }>();
  for (let i = 0; i < profile.samples.length; i++) {
    const node = byNode.get(profile.samples[i]!);
    if (node === undefined) continue;
    const { functionName, url, lineNumber } = node.callFrame;
    const file = url.startsWith("file://") ? path.relative(REPO_ROOT, new URL(url).pathname) : url;
    const where =
      file === "" ? "" : `${file.replace(/^.*gatesim-bench-[^/]+\//, "")}:${lineNumber + 1}`;
    const key = `${functionName}@${where}`;
    const entry = totals.get(key) ?? { name: functionName || "(anonymous)", where, ms: 0 };
    // timeDeltas[i] is the time since the previous sample; attribute it to this sample.
    entry.ms += (profile.timeDeltas[i] ?? 0) / 1000;
    totals.set(key, entry);
  }
  return [...totals.values()].sort((a, b) => b.ms - a.ms);
}

async function main(argv: string[]): Promise<void> {
  let top = 25;
  let keep = false;
  const nodeArgs: string[] = [];
  const rest: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === "--top") top = Number(argv[++i]);
    else if (argv[i] === "--keep") keep = true;
    else if (argv[i] === "--node-arg") nodeArgs.push(argv[++i]!);
    else rest.push(argv[i]!);
  }
  const [file, ...args] = rest;
  if (file === undefined)
    throw new Error(
      "usage: npx tsx bench/profile.ts [--top N] [--keep] [--node-arg FLAG] <case file> <args...>",
    );
  const dir = mkdtempSync(path.join(os.tmpdir(), "gatesim-prof-"));
  const result = await runCase<unknown>(file, args, {
    nodeArgs: [...nodeArgs, "--cpu-prof", `--cpu-prof-dir=${dir}`],
  });
  console.log(JSON.stringify(result));
  const profileFile = readdirSync(dir).find((f) => f.endsWith(".cpuprofile"));
  if (profileFile === undefined) throw new Error(`no .cpuprofile written in ${dir}`);
  const rows = selfTimes(JSON.parse(readFileSync(path.join(dir, profileFile), "utf8")));
  const total = rows.reduce((sum, r) => sum + r.ms, 0);
  console.log(
    formatTable({
      title: `\nSelf time, top ${top} of ${rows.length} functions (${total.toFixed(0)} ms sampled)`,
      columns: ["self ms", "%", "function", "location"],
      rows: rows
        .slice(0, top)
        .map((r) => [r.ms.toFixed(0), ((100 * r.ms) / total).toFixed(1), r.name, r.where]),
    }),
  );
  if (keep) console.log(`profile kept: ${path.join(dir, profileFile)}`);
  else rmSync(dir, { recursive: true, force: true });
}

await main(process.argv.slice(2));
