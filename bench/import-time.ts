/**
 * Start-up cost of the package: `import("gatesim")`, `import("gatesim/charts")` and
 * `gatesim --help`, each as a fresh node process, against bare `node -e 0` measured in the same
 * rounds (interleaved, so a change of load on the shared cores hits every case alike). Prints the
 * median wall time of each case, its ratio to bare node and the load average before and after.
 *
 *   npm run build && npx tsx bench/import-time.ts            10 rounds
 *   npx tsx bench/import-time.ts --rounds 20 --json          more rounds, JSON on stdout
 *   npx tsx bench/import-time.ts --dist /path/to/pkg/dist    another build (e.g. a packed install)
 *
 * Measured 2026-12-02, 2 shared cores, load average 7–12, 10 rounds, medians against bare node
 * (≈ 105–150 ms), two runs each, before (4adb01e) → after (hdr-histogram-js by its one class,
 * piscina on the first worker runner, CLI commands imported when run):
 *   import("gatesim")   ×4.8–5.2 (555–711 ms) → ×4.9 (503–540 ms); vega was never loaded here:
 *                       what remains is zod (≈ 260 modules, the scenario schemas) and jstat
 *   gatesim --help      ×5.4–6.2 (576–924 ms) → ×1.4–1.5 (152–153 ms): commander only
 */
import { spawnSync } from "node:child_process";
import { loadavg } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";

const { values } = parseArgs({
  options: {
    rounds: { type: "string", default: "10" },
    dist: { type: "string", default: join(import.meta.dirname, "..", "dist") },
    json: { type: "boolean", default: false },
  },
});
const rounds = Number(values.rounds);
if (!(Number.isInteger(rounds) && rounds >= 1)) {
  throw new Error(`--rounds expected a positive integer, received "${values.rounds}"`);
}
const dist = resolve(values.dist);
const url = (path: string) => pathToFileURL(join(dist, path)).href;

/** Each case: node's arguments. */
const CASES: Readonly<Record<string, readonly string[]>> = {
  "node -e 0": ["-e", "0"],
  'import("gatesim")': [
    "--input-type=module",
    "-e",
    `await import(${JSON.stringify(url("index.js"))})`,
  ],
  'import("gatesim/charts")': [
    "--input-type=module",
    "-e",
    `await import(${JSON.stringify(url("report/charts/index.js"))})`,
  ],
  "gatesim --help": [join(dist, "cli", "main.js"), "--help"],
};

function wallMs(args: readonly string[]): number {
  const started = process.hrtime.bigint();
  const result = spawnSync(process.execPath, args, { stdio: ["ignore", "ignore", "pipe"] });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (result.status !== 0) throw new Error(`node ${args.join(" ")} failed: ${result.stderr}`);
  return ms;
}

const median = (xs: readonly number[]) => {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

const loadBefore = loadavg()[0]!;
const times: Record<string, number[]> = Object.fromEntries(Object.keys(CASES).map((k) => [k, []]));
for (let round = 0; round < rounds; round++) {
  for (const [name, args] of Object.entries(CASES)) times[name]!.push(wallMs(args));
}
const loadAfter = loadavg()[0]!;
const bare = median(times["node -e 0"]!);
const rows = Object.entries(times).map(([name, ms]) => ({
  case: name,
  medianMs: Math.round(median(ms)),
  ratioToBareNode: Number((median(ms) / bare).toFixed(2)),
}));

if (values.json) {
  process.stdout.write(
    `${JSON.stringify({ dist, rounds, loadBefore, loadAfter, rows }, null, 2)}\n`,
  );
} else {
  process.stdout.write(
    `dist: ${dist}\n${rounds} rounds, load average ${loadBefore.toFixed(2)} → ${loadAfter.toFixed(2)}\n`,
  );
  const width = Math.max(...rows.map((row) => row.case.length));
  for (const row of rows) {
    process.stdout.write(
      `${row.case.padEnd(width)}  ${String(row.medianMs).padStart(6)} ms  ×${row.ratioToBareNode.toFixed(2)}\n`,
    );
  }
}
