/**
 * One preset through `runGate` in this child process: trucks and events per second, the main
 * thread's CPU share, peak RSS; per-truck records off, built and dropped (`onTruck` no-op), or
 * streamed to a CSV file in os.tmpdir() with 64 KB synchronous writes (`runGate` is
 * synchronous, so an async stream would only queue every row in memory until the run ends).
 */
import { createHash } from "node:crypto";
import { closeSync, openSync, rmSync, writeSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import {
  type GateRunResult,
  loadScenario,
  preset,
  runGate,
  type TruckRecord,
  truckRecordCsvRow,
  truckRecordsCsvHeader,
} from "../../dist/index.js";
import { mainThreadCpuSeconds, memoryMb } from "../harness/measure.js";
import { BENCH_SEED, type RecordMode } from "./cases.js";

/** One scenario measurement (one child process). */
export interface ScenarioResult {
  readonly preset: string;
  readonly mode: RecordMode;
  readonly horizonDays: number;
  readonly drainDays: number;
  readonly runs: number;
  /** Trucks arrived and cleared, and kernel events, in one run. */
  readonly trucks: number;
  readonly cleared: number;
  readonly events: number;
  /** Wall seconds of the first (cold) run. */
  readonly firstSeconds: number;
  /** Runs the rates are computed over: the first alone, or runs 2.. when runs > 1. */
  readonly ratedRuns: number;
  readonly seconds: number;
  readonly cpuSeconds: number;
  readonly trucksPerS: number;
  readonly eventsPerS: number;
  readonly trucksPerCpuS: number;
  /** CSV mode: bytes and rows written (header excluded). */
  readonly csvBytes: number;
  readonly csvRows: number;
  /** sha256 (16 hex) of the last run's result JSON: equal across record modes. */
  readonly digest: string;
  /** RSS at start-up, after the library is imported. */
  readonly baselineRssMb: number;
  readonly rssMb: number;
  readonly peakRssMb: number;
  readonly heapUsedMb: number;
}

/**
 * Flush threshold of the CSV buffer, in UTF-16 code units (≈ bytes: the rows are ASCII): 64 KB,
 * as `gatesim run --records` flushes. A 1 MB buffer keeps every row string alive across
 * young-generation collections, so they are promoted and the GC took a third of the run
 * (measured: 1.75× the CPU of 64 KB chunks for the smart-doubled year).
 */
const CSV_BUFFER_CHARS = 1 << 16;

/** A file written in 64 KB synchronous chunks. */
class CsvSink {
  bytes = 0;
  rows = 0;
  private buffer = "";
  private readonly fd: number;

  constructor(readonly file: string) {
    this.fd = openSync(file, "w");
    this.buffer = truckRecordsCsvHeader();
  }

  readonly add = (record: TruckRecord): void => {
    this.buffer += truckRecordCsvRow(record);
    this.rows += 1;
    if (this.buffer.length >= CSV_BUFFER_CHARS) this.flush();
  };

  close(): void {
    this.flush();
    closeSync(this.fd);
  }

  private flush(): void {
    if (this.buffer.length === 0) return;
    this.bytes += writeSync(this.fd, this.buffer);
    this.buffer = "";
  }
}

/** Runs `presetName` `runs` times (same seed and replication) and measures it. */
export function runScenario(
  presetName: string,
  horizonDays: number | undefined,
  mode: RecordMode,
  runs: number,
): ScenarioResult {
  const baselineRssMb = memoryMb().rssMb;
  const base = preset(presetName);
  if (base === undefined) throw new Error(`scenario bench: unknown preset "${presetName}"`);
  const scenario = loadScenario(horizonDays === undefined ? base : { ...base, horizonDays });
  const file = path.join(os.tmpdir(), `gatesim-bench-trucks-${process.pid}.csv`);
  const wall: number[] = [];
  const cpu: number[] = [];
  let result: GateRunResult | undefined;
  let csvBytes = 0;
  let csvRows = 0;
  try {
    for (let run = 0; run < runs; run++) {
      const cpuStart = mainThreadCpuSeconds();
      const started = performance.now();
      if (mode === "summaries") {
        result = runGate(scenario, { seed: BENCH_SEED });
      } else if (mode === "records") {
        result = runGate(scenario, { seed: BENCH_SEED, onTruck: () => {} });
      } else {
        const sink = new CsvSink(file);
        result = runGate(scenario, { seed: BENCH_SEED, onTruck: sink.add });
        sink.close();
        csvBytes = sink.bytes;
        csvRows = sink.rows;
      }
      wall.push((performance.now() - started) / 1000);
      cpu.push(mainThreadCpuSeconds() - cpuStart);
    }
  } finally {
    rmSync(file, { force: true });
  }
  if (result === undefined) throw new Error("scenario bench: runs must be >= 1");
  const rated = runs > 1 ? 1 : 0;
  const seconds = wall.slice(rated).reduce((s, x) => s + x, 0);
  const cpuSeconds = cpu.slice(rated).reduce((s, x) => s + x, 0);
  const ratedRuns = runs - rated;
  const trucks = result.trucks.arrived;
  return {
    preset: presetName,
    mode,
    horizonDays: result.horizonDays,
    drainDays: result.drainDays,
    runs,
    trucks,
    cleared: result.trucks.cleared,
    events: result.events,
    firstSeconds: wall[0]!,
    ratedRuns,
    seconds,
    cpuSeconds,
    trucksPerS: (trucks * ratedRuns) / seconds,
    eventsPerS: (result.events * ratedRuns) / seconds,
    trucksPerCpuS: (trucks * ratedRuns) / cpuSeconds,
    csvBytes,
    csvRows,
    digest: createHash("sha256").update(JSON.stringify(result)).digest("hex").slice(0, 16),
    baselineRssMb,
    ...memoryMb(),
  };
}
