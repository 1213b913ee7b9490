/**
 * Tables of the scenarios group's single runs: the scenario lines next to the kernel's hold rate,
 * the cost of per-truck records, memory with records off; and the group's notes. Targets from
 * the issue ("a simulated year in seconds, capacity plans in a minute") marked MET / MISSED.
 */
import type { GroupOptions, Table } from "../harness/group.js";
import { median } from "../harness/median.js";
import { formatFixed, formatPercent, formatRate, formatRatio } from "../harness/table.js";
import { type ScenarioLine, type ScenarioSizes, TARGETS } from "./cases.js";
import { count, verdict } from "./format.js";
import type { LineSummary, ScenarioRuns, ScenarioSummary } from "./summary.js";

export function scenarioTable(summary: ScenarioSummary, sizes: ScenarioSizes): Table {
  const hold = sizes.hold;
  const rows: string[][] = [
    [
      `kernel hold N=${hold.n.toLocaleString("en-US")}, sim.schedule (reference)`,
      "–",
      count(hold.events),
      "–",
      "–",
      "–",
      "–",
      formatRate(summary.holdEventsPerS),
      formatPercent(summary.holdOnCpu),
      formatRatio(1),
      formatFixed(summary.holdPeakRssMb, 0),
      "–",
      "–",
    ],
  ];
  for (const line of summary.lines) {
    const isYear = line.key === sizes.recording.summaries;
    const target = isYear
      ? `≥${formatRate(TARGETS.yearTrucksPerS)} trucks/s, <${TARGETS.yearPeakRssMb} MB`
      : "–";
    const fast = (v: number) => v >= TARGETS.yearTrucksPerS;
    const status = isYear
      ? `speed ${verdict(line.trucksPerS, fast)} (per CPU-s ${verdict(line.trucksPerCpuS, fast)}), RSS ${verdict(line.peakRssMb, (v) => v < TARGETS.yearPeakRssMb)}`
      : "–";
    rows.push([
      line.ratedRuns !== undefined && line.ratedRuns > 1
        ? `${line.label} (rates: ${line.ratedRuns} warm runs)`
        : line.label,
      count(line.trucks),
      count(line.events),
      formatFixed(
        line.trucks && line.events !== undefined ? line.events / line.trucks : undefined,
        2,
      ),
      formatFixed(line.firstSeconds, 2),
      formatRate(line.trucksPerS),
      formatRate(line.trucksPerCpuS),
      formatRate(line.eventsPerS),
      formatPercent(line.onCpu),
      formatRatio(line.vsKernel),
      formatFixed(line.peakRssMb, 0),
      target,
      status,
    ]);
  }
  return {
    title:
      "Scenarios: one runGate per child process; model events/s as a share of the kernel's raw hold rate measured in the same round",
    columns: [
      "line",
      "trucks",
      "events",
      "ev/truck",
      "wall s (1st run)",
      "trucks/s",
      "trucks/CPU-s",
      "events/s",
      "on-CPU",
      "÷ kernel hold",
      "peak RSS MB",
      "target",
      "status",
    ],
    rows,
  };
}

export function recordingTable(summary: ScenarioSummary, sizes: ScenarioSizes): Table {
  const find = (key: string) => summary.lines.find((l) => l.key === key);
  const base = find(sizes.recording.summaries);
  const variants = [
    ["summaries only (reference)", base],
    ["onTruck no-op: TruckRecord objects built, dropped", find(sizes.recording.records)],
    ["onTruck → truckRecordCsvRow → 64 KB writeSync chunks", find(sizes.recording.csv)],
  ] as const;
  // Seconds per run from the rates (these lines run once, so they are that run's seconds).
  const per = (line: LineSummary | undefined, perS: number | undefined) =>
    line?.trucks !== undefined && perS !== undefined ? line.trucks / perS : undefined;
  const baseCpu = per(base, base?.trucksPerCpuS);
  const rows = variants.map(([label, line]) => {
    const wall = per(line, line?.trucksPerS);
    const cpu = per(line, line?.trucksPerCpuS);
    const extraNs =
      cpu !== undefined && baseCpu !== undefined && line?.trucks
        ? ((cpu - baseCpu) / line.trucks) * 1e9
        : undefined;
    const csvMb = line?.csvBytes ? line.csvBytes / 2 ** 20 : undefined;
    return [
      label,
      formatFixed(wall, 2),
      formatFixed(cpu, 2),
      formatPercent(line?.onCpu),
      formatRatio(cpu !== undefined && baseCpu ? cpu / baseCpu : undefined),
      line === base ? "–" : formatFixed(extraNs, 0),
      formatFixed(csvMb, 0),
      formatFixed(csvMb !== undefined && cpu ? csvMb / cpu : undefined, 0),
      formatFixed(line?.peakRssMb, 0),
      line?.digest === undefined || base?.digest === undefined
        ? "–"
        : line.digest === base.digest
          ? "yes"
          : "NO",
    ];
  });
  return {
    title: `Cost of per-truck records: ${base?.label.replace(/, summaries only$/, "") ?? "?"}, same seed, one child each; ratios on main-thread CPU time (the cores are shared, wall time drifts)`,
    columns: [
      "variant",
      "wall s",
      "CPU s",
      "on-CPU",
      "÷ summaries only (CPU)",
      "extra ns/truck (CPU)",
      "CSV MB",
      "CSV MB per CPU-s",
      "peak RSS MB",
      "same result",
    ],
    rows,
  };
}

export function memoryTable(summary: ScenarioSummary, sizes: ScenarioSizes): Table {
  const short = summary.lines.find((l) => l.key === sizes.memory.short);
  const long = summary.lines.find((l) => l.key === sizes.memory.long);
  const growth =
    short?.peakRssMb !== undefined && long?.peakRssMb !== undefined
      ? long.peakRssMb / short.peakRssMb
      : undefined;
  const row = (line: LineSummary | undefined, last: boolean) => [
    line?.label ?? "?",
    count(line?.trucks),
    formatFixed(line?.baselineRssMb, 0),
    formatFixed(line?.peakRssMb, 0),
    formatFixed(line?.heapUsedMb, 0),
    last ? formatRatio(growth) : "1.00x",
    last ? `≤${TARGETS.memoryGrowth}x` : "–",
    last ? verdict(growth, (g) => g <= TARGETS.memoryGrowth) : "–",
  ];
  const truckRatio =
    short?.trucks && long?.trucks !== undefined ? long.trucks / short.trucks : undefined;
  return {
    title: `Memory with records off: peak RSS must not grow with trucks (${formatRatio(truckRatio)} the trucks)`,
    columns: [
      "line",
      "trucks",
      "RSS at start MB",
      "peak RSS MB",
      "heap used at end MB",
      "peak ÷ short",
      "target",
      "status",
    ],
    rows: [row(short, false), row(long, true)],
  };
}

export function scenarioNotes(
  summary: ScenarioSummary,
  runs: ScenarioRuns,
  sizes: ScenarioSizes,
  options: GroupOptions,
  loadBefore: readonly number[],
  loadAfter: readonly number[],
): string[] {
  const heavy = sizes.lines.filter((l: ScenarioLine) => l.once).map((l) => l.key);
  const notes = [
    `rounds: ${options.repeat}; ${heavy.join(", ")} and the plan run once (round 1), every other case once per round; figures are medians, "÷ kernel hold" the median of same-round ratios.`,
    `each line is a fresh child process (node on the transpiled bench, library from dist/), seed "bench", replication 0; wall s is the first (cold) run; multi-run lines rate the warm runs only.`,
    `targets (issue): smart-doubled year ≥ ${formatRate(TARGETS.yearTrucksPerS)} trucks/s on one core and < ${TARGETS.yearPeakRssMb} MB peak RSS; ≥ ${TARGETS.workerSpeedup}x on ${sizes.replications.workers} workers; plan ≤ ${TARGETS.planSeconds} s. The speed target is judged on wall trucks/s and, in brackets, per main-thread CPU second (what an uncontended core would give).`,
    `peak RSS is the whole child (≈${formatFixed(median(summary.lines.map((l) => l.baselineRssMb)), 0)} MB of it is Node plus the library before the run).`,
    "on-CPU: main-thread CPU ÷ wall of the timed runs (10 ms ticks); well under 100% means other load took the cores and the bare rates are low. 'cores used' of the worker cases is process CPU ÷ wall over every thread.",
    "replications: the 1st replicate() call includes creating the runner (what a one-shot `gatesim` command waits for: the pool starts its threads, each imports the model and warms its JIT); the 2nd call on the same runner is what every further call of a long experiment costs (the plan makes one per candidate). The target is judged on both; 'identical' compares the JSON of every replication's result and the KPI summary across runners and across the two calls.",
    "machine probe: the same sqrt loop on 1 thread, then on 2 worker threads at once (timed after start-up); its speed-up is the most any runner could reach at that moment. The 2 vCPUs are shared with other tenants and have been seen to give anywhere from 1.0x to 1.95x within a minute.",
  ];
  const plan = runs.plan;
  if (plan !== undefined && typeof plan !== "string") notes.push(`plan: ${plan.statement}`);
  if (options.quick)
    notes.push("--quick: 30-day 'year', 7-day memory check, small plan: figures not comparable.");
  notes.push(
    `load average before ${loadBefore.join(" / ")}, after ${loadAfter.join(" / ")} (1/5/15 min, 2 cores).`,
  );
  return notes;
}
