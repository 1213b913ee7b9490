/**
 * Benchmark group "scenarios" (issue: "a simulated year in seconds, capacity plans in a
 * minute"): whole presets through `runGate`, each next to the kernel's raw hold rate (N = 10,000,
 * `sim.schedule`) measured in the same round.
 * - smart-doubled over 365 days (≈ 2.4M trucks), summaries only; the same year with per-truck
 *   records built and dropped, and streamed to a CSV file in os.tmpdir(): the cost of recording;
 * - the manual fruit season (60 + 30 drain days), manual 2019 over 60 days, Lang Son's record day;
 * - peak RSS of each (one child each) and smart-doubled 30 vs 365 days: memory bounded?
 * - 8 replications of huu-nghi-smart-2024 (28 d) on serialRunner vs 2 worker threads: speed-up
 *   and identical results, next to the speed-up the machine itself gives 2 threads of a plain
 *   CPU-bound loop in the same round (the 2 vCPUs are shared with other tenants: at times they
 *   deliver one core's worth, and no runner can then reach 1.8x);
 * - a capacity plan for smart-doubled (7-day horizon, 10 replications per candidate, 2 workers).
 *
 * Every case runs in its own child process on the compiled library (`dist/`, build it first).
 * By hand (prints one JSON line; RSS then includes the tsx loader, ≈ 50 MB):
 *   node --import tsx bench/scenarios.bench.ts scenario <preset> <horizonDays|-> <summaries|records|csv> RUNS
 *   node --import tsx bench/scenarios.bench.ts replications <serial|workers> <preset> DAYS REPLICATIONS WORKERS
 *   node --import tsx bench/scenarios.bench.ts probe THREADS ITERATIONS   (machine parallelism)
 *   node --import tsx bench/scenarios.bench.ts plan DAYS REPLICATIONS WORKERS customs,crossing,...
 * `npx tsx bench/run.ts --only scenarios` runs the whole group (≈ 2.5–3 min at --repeat 3: the
 * three year lines ≈ 40 s and the plan ≈ 65–75 s run once; ≈ 15 s of other cases per round;
 * --quick ≈ 25 s).
 * CPU profile of the year: `npx tsx bench/profile.ts bench/scenarios.bench.ts scenario smart-doubled 365 summaries 1`.
 */
import { isEntryPoint, runCase } from "./harness/child.js";
import type { BenchGroup, GroupOptions, GroupOutput } from "./harness/group.js";
import { loadAverage } from "./harness/machine.js";
import type { HoldResult } from "./kernel/hold.js";
import {
  FULL_SIZES,
  QUICK_SIZES,
  RECORD_MODES,
  type RecordMode,
  RUNNER_KINDS,
  type RunnerKind,
  type ScenarioLine,
} from "./scenarios/cases.js";
import { planTable, replicationsTable } from "./scenarios/experiment-tables.js";
import type { ParallelProbeResult } from "./scenarios/parallel-probe.js";
import type { PlanResult } from "./scenarios/plan.js";
import type { ReplicationsResult } from "./scenarios/replications.js";
import type { ScenarioResult } from "./scenarios/run-scenario.js";
import { type ScenarioRuns, summarise } from "./scenarios/summary.js";
import { memoryTable, recordingTable, scenarioNotes, scenarioTable } from "./scenarios/tables.js";

const THIS_FILE = "bench/scenarios.bench.ts";
const KERNEL_FILE = "bench/kernel.bench.ts";
/** The year lines and the plan take minutes under load; the default 5 min is close. */
const CASE_TIMEOUT_MS = 600_000;

function scenarioArgs(line: ScenarioLine): string[] {
  return [
    "scenario",
    line.preset,
    line.horizonDays === undefined ? "-" : String(line.horizonDays),
    line.mode,
    String(line.runs),
  ];
}

async function runScenariosGroup(options: GroupOptions): Promise<GroupOutput> {
  const sizes = options.quick ? QUICK_SIZES : FULL_SIZES;
  const loadBefore = loadAverage();
  const runs: ScenarioRuns = {
    hold: [],
    lines: new Map(sizes.lines.map((line) => [line.key, []])),
    replications: { serial: [], workers: [] },
    probe: [],
    planProbe: undefined,
    plan: undefined,
  };
  const rate = (perS: number) =>
    perS >= 1e6 ? `${(perS / 1e6).toFixed(2)} M` : `${(perS / 1e3).toFixed(0)} k`;

  for (let round = 1; round <= options.repeat; round++) {
    const tag = `round ${round}/${options.repeat}`;
    const { n, warmup, events } = sizes.hold;
    const hold = await runCase<HoldResult>(KERNEL_FILE, [
      "hold",
      "gatesim",
      String(n),
      String(warmup),
      String(events),
    ]);
    runs.hold.push(hold);
    options.log(`scenarios ${tag}: kernel hold N=${n}: ${rate(hold.eventsPerS)} events/s`);
    for (const line of sizes.lines) {
      if (line.once && round > 1) continue;
      const result = await runCase<ScenarioResult>(THIS_FILE, scenarioArgs(line), {
        timeoutMs: CASE_TIMEOUT_MS,
      });
      runs.lines.get(line.key)!.push({ round, result });
      options.log(
        `scenarios ${tag}: ${line.label}: ${result.firstSeconds.toFixed(2)} s, ${rate(result.trucksPerS)} trucks/s, ${rate(result.eventsPerS)} events/s, peak RSS ${result.peakRssMb.toFixed(0)} MB`,
      );
    }
    for (const kind of RUNNER_KINDS) {
      const { preset, horizonDays, replications, workers } = sizes.replications;
      // The probe runs just before the worker case: the machine's parallelism drifts by the minute.
      if (kind === "workers") {
        const probe = await runCase<ParallelProbeResult>(THIS_FILE, [
          "probe",
          String(sizes.replications.workers),
          String(sizes.probeIterations),
        ]);
        runs.probe.push(probe);
        options.log(
          `scenarios ${tag}: machine probe: ${probe.threads} threads give ${probe.ceiling.toFixed(2)}x one thread`,
        );
      }
      const result = await runCase<ReplicationsResult>(
        THIS_FILE,
        ["replications", kind, preset, String(horizonDays), String(replications), String(workers)],
        { timeoutMs: CASE_TIMEOUT_MS },
      );
      runs.replications[kind].push(result);
      options.log(
        `scenarios ${tag}: ${replications} replications ${kind}: 1st call ${result.seconds.toFixed(2)} s (incl. runner creation), 2nd ${result.warmSeconds.toFixed(2)} s`,
      );
    }
  }
  const { horizonDays, replications, workers, resources } = sizes.plan;
  runs.planProbe = await runCase<ParallelProbeResult>(THIS_FILE, [
    "probe",
    String(workers),
    String(sizes.probeIterations),
  ]);
  options.log(
    `scenarios: machine probe: ${workers} threads give ${runs.planProbe.ceiling.toFixed(2)}x one thread`,
  );
  options.log(
    `scenarios: capacity plan (${resources.length} resources, ${replications} replications per candidate, ${workers} workers)...`,
  );
  runs.plan = await runCase<PlanResult>(
    THIS_FILE,
    ["plan", String(horizonDays), String(replications), String(workers), resources.join(",")],
    { timeoutMs: CASE_TIMEOUT_MS },
  ).catch((error: unknown) => (error instanceof Error ? error.message : String(error)));
  if (typeof runs.plan !== "string") {
    options.log(
      `scenarios: capacity plan: ${runs.plan.seconds.toFixed(1)} s, ${runs.plan.evaluated} candidates`,
    );
  }

  const summary = summarise(sizes, runs);
  return {
    tables: [
      scenarioTable(summary, sizes),
      recordingTable(summary, sizes),
      memoryTable(summary, sizes),
      replicationsTable(summary, runs, sizes),
      planTable(runs, sizes),
    ],
    notes: scenarioNotes(summary, runs, sizes, options, loadBefore, loadAverage()),
    data: {
      sizes,
      repeat: options.repeat,
      summary,
      runs: { ...runs, lines: Object.fromEntries(runs.lines) },
    },
  };
}

/** The "scenarios" group for `bench/run.ts`. */
export const scenariosGroup: BenchGroup = {
  name: "scenarios",
  summary:
    "presets through runGate (smart year, records on/off, manual peak, record day) vs the kernel's hold rate; workers; capacity plan",
  approxSeconds:
    "≈ 2.5–3 min at --repeat 3 (year lines ≈ 40 s and plan ≈ 65–75 s once, ≈ 15 s per round); --quick ≈ 25 s",
  run: runScenariosGroup,
};

async function caseMain(argv: readonly string[]): Promise<unknown> {
  const [kind, ...rest] = argv;
  if (kind === "scenario" && rest.length === 4 && RECORD_MODES.includes(rest[2] as RecordMode)) {
    const [preset, days, mode, runs] = rest as [string, string, RecordMode, string];
    const { runScenario } = await import("./scenarios/run-scenario.js");
    return runScenario(preset, days === "-" ? undefined : Number(days), mode, Number(runs));
  }
  if (
    kind === "replications" &&
    rest.length === 5 &&
    RUNNER_KINDS.includes(rest[0] as RunnerKind)
  ) {
    const [runner, preset, days, replications, workers] = rest as [RunnerKind, ...string[]];
    const { runReplications } = await import("./scenarios/replications.js");
    return runReplications(runner, preset!, Number(days), Number(replications), Number(workers));
  }
  if (kind === "probe" && rest.length === 2) {
    const { runParallelProbe } = await import("./scenarios/parallel-probe.js");
    return runParallelProbe(Number(rest[0]), Number(rest[1]));
  }
  if (kind === "plan" && rest.length === 4) {
    const [days, replications, workers, resources] = rest as [string, string, string, string];
    const { runPlan } = await import("./scenarios/plan.js");
    return runPlan(Number(days), Number(replications), Number(workers), resources.split(","));
  }
  throw new Error(
    `usage: node --import tsx ${THIS_FILE} scenario <preset> <horizonDays|-> <${RECORD_MODES.join("|")}> RUNS\n` +
      `       node --import tsx ${THIS_FILE} replications <${RUNNER_KINDS.join("|")}> <preset> DAYS REPLICATIONS WORKERS\n` +
      `       node --import tsx ${THIS_FILE} probe THREADS ITERATIONS\n` +
      `       node --import tsx ${THIS_FILE} plan DAYS REPLICATIONS WORKERS <station,station,...>`,
  );
}

if (isEntryPoint(import.meta.url)) {
  console.log(JSON.stringify(await caseMain(process.argv.slice(2))));
}
