/**
 * Names, sizes and targets of the scenario cases, kept apart from their code so that the parent
 * process and the tables import no library code, and a child imports only the case it runs.
 */

/** How a single-scenario case treats per-truck records. */
export type RecordMode = "summaries" | "records" | "csv";
export const RECORD_MODES: readonly RecordMode[] = ["summaries", "records", "csv"];

/** Which runner a replication case uses. */
export type RunnerKind = "serial" | "workers";
export const RUNNER_KINDS: readonly RunnerKind[] = ["serial", "workers"];

/** One line of the scenario table: a preset run in its own child process. */
export interface ScenarioLine {
  /** Short key (for --json and the recording table). */
  readonly key: string;
  /** Label printed in the table. */
  readonly label: string;
  readonly preset: string;
  /** Horizon override in days; undefined keeps the preset's. */
  readonly horizonDays?: number;
  readonly mode: RecordMode;
  /**
   * Runs in the child: the first is timed cold (what a user waits for); with more than one,
   * rates come from runs 2.. (JIT warm), so short scenarios are measured over enough events.
   */
  readonly runs: number;
  /** Heavy lines run in round 1 only; cheap lines in every --repeat round. */
  readonly once: boolean;
}

/** Sizes of one run of the group. */
export interface ScenarioSizes {
  readonly hold: { readonly n: number; readonly warmup: number; readonly events: number };
  readonly lines: readonly ScenarioLine[];
  /** Keys of the lines compared by the recording table: summaries only, record objects, CSV. */
  readonly recording: {
    readonly summaries: string;
    readonly records: string;
    readonly csv: string;
  };
  /** Keys of the lines compared by the memory check (short, long), records off. */
  readonly memory: { readonly short: string; readonly long: string };
  /** Iterations of the CPU-bound loop of the parallelism probe (≈ 1 s per 4e8). */
  readonly probeIterations: number;
  readonly replications: {
    readonly preset: string;
    readonly horizonDays: number;
    readonly replications: number;
    readonly workers: number;
  };
  readonly plan: {
    readonly horizonDays: number;
    readonly replications: number;
    readonly workers: number;
    readonly resources: readonly string[];
  };
}

const YEAR = 365;

export const FULL_SIZES: ScenarioSizes = {
  hold: { n: 10_000, warmup: 500_000, events: 2_500_000 },
  lines: [
    {
      key: "smart-year",
      label: `smart-doubled ${YEAR} d, summaries only`,
      preset: "smart-doubled",
      horizonDays: YEAR,
      mode: "summaries",
      runs: 1,
      once: true,
    },
    {
      key: "smart-year-records",
      label: `smart-doubled ${YEAR} d, onTruck no-op (records built)`,
      preset: "smart-doubled",
      horizonDays: YEAR,
      mode: "records",
      runs: 1,
      once: true,
    },
    {
      key: "smart-year-csv",
      label: `smart-doubled ${YEAR} d, per-truck CSV to tmpdir`,
      preset: "smart-doubled",
      horizonDays: YEAR,
      mode: "csv",
      runs: 1,
      once: true,
    },
    {
      key: "smart-30d",
      label: "smart-doubled 30 d, summaries only",
      preset: "smart-doubled",
      horizonDays: 30,
      mode: "summaries",
      runs: 1,
      once: false,
    },
    {
      key: "fruit-season",
      label: "huu-nghi-manual-fruit-season 60 d + 30 drain",
      preset: "huu-nghi-manual-fruit-season",
      mode: "summaries",
      runs: 2,
      once: false,
    },
    {
      key: "manual-2019",
      label: "huu-nghi-manual-2019 60 d",
      preset: "huu-nghi-manual-2019",
      horizonDays: 60,
      mode: "summaries",
      runs: 2,
      once: false,
    },
    {
      key: "lang-son",
      label: "lang-son-record-day (1 d + 1 drain)",
      preset: "lang-son-record-day",
      mode: "summaries",
      runs: 20,
      once: false,
    },
  ],
  recording: { summaries: "smart-year", records: "smart-year-records", csv: "smart-year-csv" },
  memory: { short: "smart-30d", long: "smart-year" },
  probeIterations: 400_000_000,
  replications: { preset: "huu-nghi-smart-2024", horizonDays: 28, replications: 16, workers: 2 },
  plan: {
    horizonDays: 7,
    replications: 10,
    workers: 2,
    resources: ["customs", "document-check", "inspection", "quarantine", "crossing"],
  },
};

/** --quick: a smoke test of the harness (30-day "year", small plan); figures not comparable. */
export const QUICK_SIZES: ScenarioSizes = {
  hold: { n: 10_000, warmup: 50_000, events: 250_000 },
  lines: FULL_SIZES.lines.map((line) => ({
    ...line,
    ...(line.key.startsWith("smart-year")
      ? { horizonDays: 30, label: line.label.replace(`${YEAR} d`, "30 d") }
      : {}),
    ...(line.key === "smart-30d"
      ? { horizonDays: 7, label: "smart-doubled 7 d, summaries only" }
      : {}),
    ...(line.key === "fruit-season" || line.key === "manual-2019" ? { runs: 1 } : {}),
    ...(line.key === "lang-son" ? { runs: 3 } : {}),
  })),
  recording: FULL_SIZES.recording,
  memory: FULL_SIZES.memory,
  probeIterations: 100_000_000,
  replications: { preset: "huu-nghi-smart-2024", horizonDays: 7, replications: 4, workers: 2 },
  plan: { horizonDays: 7, replications: 3, workers: 2, resources: ["customs", "crossing"] },
};

/** The capacity plan's target (issue: "capacity plans in a minute"); KPI keys of GATE_KPIS. */
export const PLAN_TARGET = [
  { kpi: "p90TimeInSystemHours", atMost: 6 },
  { kpi: "meanClearedPerDay", atLeast: 6500 },
] as const;
/** Upper level of each planned resource: today's servers × this, rounded down. */
export const PLAN_MAX_FACTOR = 1.5;
export const PLAN_PRESET = "smart-doubled";

/** Targets of the issue, printed next to the figures. */
export const TARGETS = {
  /** Trucks per second for the smart-doubled year, summaries only, one core. */
  yearTrucksPerS: 500_000,
  /** Peak RSS of the smart-doubled year, MB. */
  yearPeakRssMb: 150,
  /** Speed-up of the replications on 2 workers over 1. */
  workerSpeedup: 1.8,
  /** Wall seconds of the capacity plan. */
  planSeconds: 60,
  /** Records off: the year's peak RSS may exceed the short run's by at most this factor. */
  memoryGrowth: 1.2,
} as const;

/** Seed of every case (common random numbers across lines with the same preset). */
export const BENCH_SEED = "bench";
