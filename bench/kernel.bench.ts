/**
 * Benchmark group "kernel" (issue #2): events per second through the gatesim event loop, each
 * printed next to its reference measured in the same run.
 * - Hold model, N = 100 / 10,000 / 1,000,000 pending events: the kernel's callback path vs a raw
 *   typed-array heap (the speed limit) and raw tinyqueue; peak RSS of each (one child each).
 * - M/M/c (c = 8, ρ = 0.9, 1M customers): callback path and generator processes, mean wait vs
 *   Erlang C.
 * - SimPy peer (when `/usr/bin/python3 -c "import simpy"` works): ratios gatesim / SimPy.
 *
 * Every case runs in its own child process on the compiled library (`dist/`, build it first);
 * the harness runs this file transpiled to plain JS (see harness/compile.ts). By hand:
 *   node --import tsx bench/kernel.bench.ts hold <gatesim|heap|tinyqueue> N WARMUP EVENTS
 *   node --import tsx bench/kernel.bench.ts mmc <variant> C RHO CUSTOMERS
 * Each prints one JSON line (RSS then includes the tsx loader thread, ≈ 50 MB).
 * `npx tsx bench/run.ts --only kernel` runs the whole group (≈ 105–130 s at --repeat 3).
 * CPU profile of one case: `npx tsx bench/profile.ts bench/kernel.bench.ts mmc callback 8 0.9 1000000`.
 */

import { isEntryPoint, runCase } from "./harness/child.js";
import type { BenchGroup, GroupOptions, GroupOutput } from "./harness/group.js";
import { loadAverage } from "./harness/machine.js";
import { HOLD_IMPLS, type HoldImpl, MMC_VARIANTS, type MmcVariant } from "./kernel/cases.js";
import type { HoldResult } from "./kernel/hold.js";
import type { MmcResult } from "./kernel/mmc.js";
import {
  type SimpyAvailability,
  type SimpyHold,
  simpyAvailability,
  simpyHold,
  simpyMmc,
} from "./kernel/simpy.js";
import { holdTable, type KernelRuns, kernelNotes, mmcTable, summarise } from "./kernel/tables.js";

const THIS_FILE = "bench/kernel.bench.ts";

/** Sizes of one run of the group. */
export interface KernelSizes {
  readonly hold: readonly { n: number; warmup: number; events: number }[];
  readonly simpyHoldEvents: number;
  /** SimPy's hold model runs in round 1 only from this N up (its set-up alone takes ≈ 10 s at 1M). */
  readonly simpyOnceAboveN: number;
  readonly mmc: { readonly c: number; readonly rho: number; readonly customers: number };
  readonly simpyMmcCustomers: number;
}

const FULL: KernelSizes = {
  hold: [
    { n: 100, warmup: 500_000, events: 2_500_000 },
    { n: 10_000, warmup: 500_000, events: 2_500_000 },
    { n: 1_000_000, warmup: 500_000, events: 1_000_000 },
  ],
  simpyHoldEvents: 300_000,
  simpyOnceAboveN: 1_000_000,
  mmc: { c: 8, rho: 0.9, customers: 1_000_000 },
  simpyMmcCustomers: 200_000,
};

const QUICK: KernelSizes = {
  hold: [
    { n: 100, warmup: 50_000, events: 250_000 },
    { n: 10_000, warmup: 50_000, events: 250_000 },
    { n: 100_000, warmup: 100_000, events: 100_000 },
  ],
  simpyHoldEvents: 50_000,
  simpyOnceAboveN: 100_000,
  mmc: { c: 8, rho: 0.9, customers: 100_000 },
  simpyMmcCustomers: 20_000,
};

async function runKernelGroup(options: GroupOptions): Promise<GroupOutput> {
  const sizes = options.quick ? QUICK : FULL;
  const loadBefore = loadAverage();
  const simpy: SimpyAvailability = options.peers
    ? await simpyAvailability()
    : { available: false, reason: "peers disabled (--no-peers)" };
  const runs: KernelRuns = {
    hold: sizes.hold.map(({ n }) => ({ n, byImpl: { heap: [], tinyqueue: [], gatesim: [] } })),
    mmc: MMC_VARIANTS.map((variant) => ({ variant, rounds: [] })),
    simpyHold: new Map(sizes.hold.map(({ n }) => [n, [] as (SimpyHold | string)[]])),
    simpyMmc: [],
  };

  for (let round = 1; round <= options.repeat; round++) {
    const tag = `round ${round}/${options.repeat}`;
    for (const [i, size] of sizes.hold.entries()) {
      for (const impl of HOLD_IMPLS) {
        const result = await runCase<HoldResult>(THIS_FILE, [
          "hold",
          impl,
          String(size.n),
          String(size.warmup),
          String(size.events),
        ]);
        runs.hold[i]!.byImpl[impl].push(result);
        options.log(
          `kernel ${tag}: hold N=${size.n} ${impl}: ${(result.eventsPerS / 1e6).toFixed(2)} M events/s, peak RSS ${result.peakRssMb.toFixed(0)} MB`,
        );
      }
      if (simpy.available && (round === 1 || size.n < sizes.simpyOnceAboveN)) {
        const result = await simpyHold(size.n, sizes.simpyHoldEvents).catch(String);
        runs.simpyHold.get(size.n)?.push(result);
        options.log(
          `kernel ${tag}: SimPy hold N=${size.n}: ${typeof result === "string" ? result : `${(result.events_per_s / 1e6).toFixed(2)} M events/s`}`,
        );
      }
    }
    for (const entry of runs.mmc) {
      const { c, rho, customers } = sizes.mmc;
      const result = await runCase<MmcResult>(THIS_FILE, [
        "mmc",
        entry.variant,
        String(c),
        String(rho),
        String(customers),
      ]);
      entry.rounds.push(result);
      options.log(
        `kernel ${tag}: M/M/c ${entry.variant}: ${(result.customersPerS / 1e6).toFixed(2)} M customers/s`,
      );
    }
    if (simpy.available) {
      const { c, rho } = sizes.mmc;
      const result = await simpyMmc(c, rho, sizes.simpyMmcCustomers).catch(String);
      runs.simpyMmc.push(result);
      options.log(
        `kernel ${tag}: SimPy M/M/c: ${typeof result === "string" ? result : `${(result.customers_per_s / 1e3).toFixed(0)} k customers/s`}`,
      );
    }
  }

  const summary = summarise(runs);
  return {
    tables: [holdTable(summary, simpy), mmcTable(summary, simpy, sizes)],
    notes: kernelNotes(summary, simpy, sizes, options, loadBefore, loadAverage()),
    data: { sizes, repeat: options.repeat, simpy, summary, runs: serialisable(runs) },
  };
}

function serialisable(runs: KernelRuns) {
  return {
    hold: runs.hold,
    mmc: runs.mmc,
    simpyHold: Object.fromEntries(runs.simpyHold),
    simpyMmc: runs.simpyMmc,
  };
}

/** The "kernel" group for `bench/run.ts`. */
export const kernelGroup: BenchGroup = {
  name: "kernel",
  summary: "hold model and M/M/c through the event loop vs raw heap, raw tinyqueue and SimPy",
  approxSeconds:
    "≈ 25 s per --repeat round + ≈ 31 s SimPy hold N=1M once (≈ 105–130 s at --repeat 3)",
  run: runKernelGroup,
};

async function caseMain(argv: readonly string[]): Promise<unknown> {
  const [kind, which, ...numbers] = argv;
  const args = numbers.map(Number);
  if (kind === "hold" && HOLD_IMPLS.includes(which as HoldImpl) && args.length === 3) {
    const [n, warmup, events] = args as [number, number, number];
    const { runHold } = await import("./kernel/hold.js");
    return runHold(which as HoldImpl, n, warmup, events);
  }
  if (kind === "mmc" && MMC_VARIANTS.includes(which as MmcVariant) && args.length === 3) {
    const [c, rho, customers] = args as [number, number, number];
    const { runMmc } = await import("./kernel/mmc.js");
    return runMmc(which as MmcVariant, c, rho, customers);
  }
  throw new Error(
    `usage: node --import tsx ${THIS_FILE} hold <${HOLD_IMPLS.join("|")}> N WARMUP EVENTS\n` +
      `       node --import tsx ${THIS_FILE} mmc <${MMC_VARIANTS.join("|")}> C RHO CUSTOMERS`,
  );
}

if (isEntryPoint(import.meta.url)) {
  console.log(JSON.stringify(await caseMain(process.argv.slice(2))));
}
