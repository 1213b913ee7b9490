/**
 * Summaries and tables of the kernel group: medians over rounds, ratios computed per round
 * (same machine load) and then their median, targets from issue #2.
 */
import type { GroupOptions, Table } from "../harness/group.js";
import { median, medianRatio } from "../harness/median.js";
import { formatFixed, formatPercent, formatRate, formatRatio } from "../harness/table.js";
import type { KernelSizes } from "../kernel.bench.js";
import type { HoldImpl, MmcVariant } from "./cases.js";
import type { HoldResult } from "./hold.js";
import type { MmcResult } from "./mmc.js";
import type { SimpyAvailability, SimpyHold, SimpyMmc } from "./simpy.js";

/** Everything measured by one run of the group (SimPy entries are a message when it failed). */
export interface KernelRuns {
  readonly hold: { readonly n: number; readonly byImpl: Record<HoldImpl, HoldResult[]> }[];
  readonly mmc: { readonly variant: MmcVariant; readonly rounds: MmcResult[] }[];
  /** Per hold size, one entry per SimPy run (a message when it failed). */
  readonly simpyHold: Map<number, (SimpyHold | string)[]>;
  readonly simpyMmc: (SimpyMmc | string)[];
}

/** Medians of the SimPy runs of one model, or why there are none. */
export interface SimpySummary {
  readonly runs: number;
  readonly ratePerS: number | undefined;
  readonly eventsPerS: number | undefined;
  readonly eventsPerCustomer: number | undefined;
  /** Timed hold events or customers per run. */
  readonly size: number | undefined;
  readonly maxRssMb: number | undefined;
  readonly meanWait: number | undefined;
  readonly meanWaitCi95: number | undefined;
  readonly erlangCWq: number | undefined;
  /** First error message, when a run failed. */
  readonly error: string | undefined;
}

function summariseSimpy(entries: readonly (SimpyHold | SimpyMmc | string)[]): SimpySummary {
  const ok = entries.filter((e): e is SimpyHold | SimpyMmc => typeof e === "object");
  const rate = (e: SimpyHold | SimpyMmc) =>
    "customers_per_s" in e ? e.customers_per_s : e.events_per_s;
  const last = ok.at(-1);
  const mmcLast = last !== undefined && "customers" in last ? last : undefined;
  return {
    runs: ok.length,
    ratePerS: median(ok.map(rate)),
    eventsPerS: median(ok.map((e) => e.events_per_s)),
    eventsPerCustomer: mmcLast?.events_per_customer,
    size: last === undefined ? undefined : "customers" in last ? last.customers : last.events,
    maxRssMb: median(ok.map((e) => e.max_rss_mb)),
    meanWait: mmcLast?.mean_wait,
    meanWaitCi95: mmcLast?.mean_wait_ci95,
    erlangCWq: mmcLast?.erlang_c_wq,
    error: entries.find((e): e is string => typeof e === "string"),
  };
}

/** SimPy rates per run, for same-round ratios. */
const simpyRates = (entries: readonly (SimpyHold | SimpyMmc | string)[]) =>
  entries.map((e) =>
    typeof e === "string" ? undefined : "customers_per_s" in e ? e.customers_per_s : e.events_per_s,
  );

/** Medians and ratios of one hold-model size. */
export interface HoldSummary {
  readonly n: number;
  readonly rate: Record<HoldImpl, number | undefined>;
  readonly peakRssMb: Record<HoldImpl, number | undefined>;
  /** Events per main-thread CPU second (medians): the figure least disturbed by other load. */
  readonly ratePerCpuS: Record<HoldImpl, number | undefined>;
  /** Median share of the timed wall time the main thread was on a CPU. */
  readonly onCpu: Record<HoldImpl, number | undefined>;
  readonly baselineRssMb: number | undefined;
  /** Per-round ratios, then the median: gatesim / heap, gatesim / tinyqueue, tinyqueue / heap. */
  readonly gatesimVsHeap: number | undefined;
  readonly gatesimVsTinyqueue: number | undefined;
  readonly tinyqueueVsHeap: number | undefined;
  /** Per-round gatesim / SimPy (paired with SimPy's only run when it ran once). */
  readonly gatesimVsSimpy: number | undefined;
  readonly simpy: SimpySummary;
}

/** Medians of one M/M/c variant. */
export interface MmcSummary {
  readonly variant: MmcVariant;
  readonly customersPerS: number | undefined;
  readonly eventsPerS: number | undefined;
  readonly eventsPerCustomer: number | undefined;
  readonly customersPerCpuS: number | undefined;
  readonly onCpu: number | undefined;
  /** Per-round ratio to the callback variant of the same round. */
  readonly vsCallback: number | undefined;
  readonly vsSimpy: number | undefined;
  /** Mean wait of the last round, its CI half-width and the Erlang C value. */
  readonly meanWait: number | undefined;
  readonly meanWaitCi95: number | undefined;
  readonly erlangCWq: number | undefined;
  readonly peakRssMb: number | undefined;
}

export interface KernelSummary {
  readonly hold: HoldSummary[];
  readonly mmc: MmcSummary[];
  readonly simpyMmc: SimpySummary;
}

const rates = (results: readonly HoldResult[]) => results.map((r) => r.eventsPerS);
const onCpu = (r: { cpuSeconds: number; seconds: number }) => r.cpuSeconds / r.seconds;

export function summarise(runs: KernelRuns): KernelSummary {
  const hold = runs.hold.map(({ n, byImpl }): HoldSummary => {
    const simpy = runs.simpyHold.get(n) ?? [];
    return {
      n,
      rate: {
        heap: median(rates(byImpl.heap)),
        tinyqueue: median(rates(byImpl.tinyqueue)),
        gatesim: median(rates(byImpl.gatesim)),
      },
      peakRssMb: {
        heap: median(byImpl.heap.map((r) => r.peakRssMb)),
        tinyqueue: median(byImpl.tinyqueue.map((r) => r.peakRssMb)),
        gatesim: median(byImpl.gatesim.map((r) => r.peakRssMb)),
      },
      ratePerCpuS: {
        heap: median(byImpl.heap.map((r) => r.eventsPerCpuS)),
        tinyqueue: median(byImpl.tinyqueue.map((r) => r.eventsPerCpuS)),
        gatesim: median(byImpl.gatesim.map((r) => r.eventsPerCpuS)),
      },
      onCpu: {
        heap: median(byImpl.heap.map(onCpu)),
        tinyqueue: median(byImpl.tinyqueue.map(onCpu)),
        gatesim: median(byImpl.gatesim.map(onCpu)),
      },
      baselineRssMb: median(Object.values(byImpl).flatMap((rs) => rs.map((r) => r.baselineRssMb))),
      gatesimVsHeap: medianRatio(rates(byImpl.gatesim), rates(byImpl.heap)),
      gatesimVsTinyqueue: medianRatio(rates(byImpl.gatesim), rates(byImpl.tinyqueue)),
      tinyqueueVsHeap: medianRatio(rates(byImpl.tinyqueue), rates(byImpl.heap)),
      gatesimVsSimpy: medianRatio(rates(byImpl.gatesim), simpyRates(simpy)),
      simpy: summariseSimpy(simpy),
    };
  });
  const callback = runs.mmc.find((m) => m.variant === "callback")?.rounds ?? [];
  const mmc = runs.mmc.map(({ variant, rounds }): MmcSummary => {
    const last = rounds.at(-1);
    const perS = rounds.map((r) => r.customersPerS);
    return {
      variant,
      customersPerS: median(perS),
      eventsPerS: median(rounds.map((r) => r.eventsPerS)),
      eventsPerCustomer: median(rounds.map((r) => r.eventsPerCustomer)),
      customersPerCpuS: median(rounds.map((r) => r.customersPerCpuS)),
      onCpu: median(rounds.map(onCpu)),
      vsCallback: medianRatio(
        perS,
        callback.map((r) => r.customersPerS),
      ),
      vsSimpy: medianRatio(perS, simpyRates(runs.simpyMmc)),
      meanWait: last?.meanWait,
      meanWaitCi95: last?.meanWaitCi95,
      erlangCWq: last?.erlangCWq,
      peakRssMb: median(rounds.map((r) => r.peakRssMb)),
    };
  });
  return { hold, mmc, simpyMmc: summariseSimpy(runs.simpyMmc) };
}

const HOLD_LABEL: Record<HoldImpl, string> = {
  heap: "raw typed-array heap (speed limit)",
  tinyqueue: "raw tinyqueue {time, seq}",
  gatesim: "gatesim sim.schedule(d, fn, arg)",
};

export function holdTable(summary: KernelSummary, simpy: SimpyAvailability): Table {
  const rows: string[][] = [];
  for (const h of summary.hold) {
    const model = `hold N=${h.n.toLocaleString("en-US")}`;
    const heap = h.rate.heap;
    const tiny = h.rate.tinyqueue;
    for (const impl of ["heap", "tinyqueue", "gatesim"] as const) {
      const rate = h.rate[impl];
      rows.push([
        model,
        HOLD_LABEL[impl],
        formatRate(rate),
        formatPercent(h.onCpu[impl]),
        formatRatio(
          impl === "heap" ? 1 : impl === "tinyqueue" ? h.tinyqueueVsHeap : h.gatesimVsHeap,
        ),
        formatRatio(
          impl === "tinyqueue" ? 1 : impl === "gatesim" ? h.gatesimVsTinyqueue : undefined,
        ),
        formatRatio(
          impl === "gatesim"
            ? h.gatesimVsSimpy
            : rate === undefined || h.simpy.ratePerS === undefined
              ? undefined
              : rate / h.simpy.ratePerS,
        ),
        formatFixed(h.peakRssMb[impl], 0),
      ]);
    }
    if (simpy.available) {
      const s = h.simpy;
      const rate = s.ratePerS;
      rows.push(
        rate !== undefined
          ? [
              model,
              `SimPy ${simpy.version} yield timeout (${runsLabel(s, "ev")})`,
              formatRate(rate),
              "–",
              formatRatio(heap === undefined ? undefined : rate / heap),
              formatRatio(tiny === undefined ? undefined : rate / tiny),
              formatRatio(1),
              formatFixed(s.maxRssMb, 0),
            ]
          : [model, `SimPy: ${s.error ?? "not run"}`, "–", "–", "–", "–", "–", "–"],
      );
    }
  }
  return {
    title:
      "Hold model: pop + push at now + Exp(1); rates are medians, ratios medians of same-round ratios",
    columns: [
      "model",
      "variant",
      "events/s",
      "on-CPU",
      "÷ raw heap",
      "÷ tinyqueue",
      "÷ SimPy",
      "peak RSS MB",
    ],
    rows,
  };
}

/** "300k ev × 3 runs": the size of SimPy's runs and how many there were. */
function runsLabel(s: SimpySummary, unit: string): string {
  const size = s.size === undefined ? "?" : `${s.size / 1000}k ${unit}`;
  return s.runs > 1 ? `${size} × ${s.runs} runs` : size;
}

/** Whether the Erlang C value lies in the mean wait's confidence interval. */
function checkWait(mean?: number, halfWidth?: number, exact?: number): string {
  if (mean === undefined || halfWidth === undefined || exact === undefined) return "–";
  return Math.abs(mean - exact) <= halfWidth ? "in CI" : "OUT";
}

/** Issue #2 targets for gatesim / SimPy on M/M/c. */
const MMC_TARGET: Partial<Record<MmcVariant, number>> = {
  callback: 30,
  process: 15,
  "process+timeout": 15,
  "process+yield*": 15,
};

export function mmcTable(
  summary: KernelSummary,
  simpy: SimpyAvailability,
  sizes: KernelSizes,
): Table {
  const { c, rho, customers } = sizes.mmc;
  const model = `M/M/${c} ρ=${rho}`;
  const rows: string[][] = summary.mmc.map((m) => {
    const target = MMC_TARGET[m.variant];
    const met =
      target === undefined || m.vsSimpy === undefined
        ? "–"
        : `≥${target}x ${m.vsSimpy >= target ? "met" : "MISSED"}`;
    return [
      model,
      m.variant,
      formatRate(m.customersPerS),
      formatPercent(m.onCpu),
      formatRate(m.eventsPerS),
      formatFixed(m.eventsPerCustomer, 2),
      formatRatio(m.vsCallback),
      formatRatio(m.vsSimpy),
      met,
      `${formatFixed(m.meanWait, 3)} ± ${formatFixed(m.meanWaitCi95, 3)}`,
      formatFixed(m.erlangCWq, 3),
      checkWait(m.meanWait, m.meanWaitCi95, m.erlangCWq),
      formatFixed(m.peakRssMb, 0),
    ];
  });
  const s = summary.simpyMmc;
  if (simpy.available) {
    const callback = summary.mmc.find((m) => m.variant === "callback")?.customersPerS;
    const rate = s.ratePerS;
    rows.push(
      rate !== undefined
        ? [
            model,
            `SimPy ${simpy.version} (${runsLabel(s, "cust")})`,
            formatRate(rate),
            "–",
            formatRate(s.eventsPerS),
            formatFixed(s.eventsPerCustomer, 2),
            formatRatio(callback === undefined ? undefined : rate / callback),
            formatRatio(1),
            "–",
            `${formatFixed(s.meanWait, 3)} ± ${formatFixed(s.meanWaitCi95, 3)}`,
            formatFixed(s.erlangCWq, 3),
            checkWait(s.meanWait, s.meanWaitCi95, s.erlangCWq),
            formatFixed(s.maxRssMb, 0),
          ]
        : [model, `SimPy: ${s.error ?? "not run"}`, ...Array<string>(11).fill("–")],
    );
  }
  return {
    title: `M/M/c: c=${c}, ρ=${rho}, μ=1, ${customers.toLocaleString("en-US")} customers (gatesim); mean wait in queue vs Erlang C, 95% batch-means CI`,
    columns: [
      "model",
      "variant",
      "customers/s",
      "on-CPU",
      "events/s",
      "ev/cust",
      "÷ callback",
      "÷ SimPy",
      "target",
      "Wq ± CI95",
      "Erlang C",
      "check",
      "peak RSS MB",
    ],
    rows,
  };
}

export function kernelNotes(
  summary: KernelSummary,
  simpy: SimpyAvailability,
  sizes: KernelSizes,
  options: GroupOptions,
  loadBefore: readonly number[],
  loadAfter: readonly number[],
): string[] {
  const notes: string[] = [];
  const baseline = median(summary.hold.map((h) => h.baselineRssMb));
  notes.push(
    `gatesim cases: ${options.repeat} round(s), each case a fresh child process (node on the transpiled bench, library from dist/); rates are medians.`,
  );
  notes.push(
    `peak RSS is the whole child process; ≈${formatFixed(baseline, 0)} MB of it is Node itself plus the case's imports, before the calendar is built.`,
  );
  notes.push(
    `hold sizes: ${sizes.hold.map((h) => `N=${h.n}: ${h.warmup / 1e6}M warm-up + ${h.events / 1e6}M timed`).join("; ")}; one shared xorshift32 Exp(1) draw.`,
  );
  if (simpy.available) {
    notes.push(
      `SimPy ${simpy.version} runs in every round next to the gatesim cases (${sizes.simpyHoldEvents / 1000}k hold events, ${sizes.simpyMmcCustomers / 1000}k M/M/c customers; rates are per second, so comparable), except hold N ≥ ${sizes.simpyOnceAboveN.toLocaleString("en-US")}, which runs once (building N SimPy processes takes ≈ 10 s per 1M); ÷ SimPy is the median of same-round ratios.`,
    );
  } else {
    notes.push(`SimPy column skipped: ${simpy.reason}.`);
  }
  notes.push(
    `M/M/c events/s counts each engine's own events (gatesim ≈2-3.7 per customer, SimPy 6), so compare customers/s across engines.`,
  );
  notes.push(
    "on-CPU: main-thread CPU time / wall time of the timed part (10 ms clock ticks); well below 100% means other load took the cores: the bare rate is then low, same-round ratios hold better. Rates per CPU-second are in --json.",
  );
  notes.push(
    `load average before ${loadBefore.join(" / ")}, after ${loadAfter.join(" / ")} (1/5/15 min, 2 cores).`,
  );
  return notes;
}
