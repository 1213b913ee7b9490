/**
 * The path of the simulation commands for corridor files: run the experiment (on worker threads
 * loading the compiled corridor model), with a progress bar on stderr, print the table or JSON
 * on stdout, then write the `--csv` and `--report` files. The gate pipeline's twin for a
 * different model; the outputs come from src/report.
 */
import { fileURLToPath } from "node:url";
import type { Corridor, CorridorRunResult } from "../../corridor/index.js";
import { corridorModel } from "../../corridor/index.js";
import {
  createRunner,
  type ProgressCallback,
  type Runner,
  serialRunner,
} from "../../experiment/index.js";
import type { CommonFlags } from "../options.js";
import { note, print, writeOutputFile } from "../output.js";
import type { ChartsEntry } from "../pipeline.js";
import { createProgress } from "../progress.js";

/** What a corridor command's experiment gets from the pipeline. */
export interface CorridorContext {
  /** The corridor runner on `--workers` threads: created on first call, closed by the pipeline. */
  runner(): Runner<Corridor, CorridorRunResult>;
  /** Feeds the progress bar. */
  readonly onProgress: ProgressCallback;
}

/** What one corridor command adds to the pipeline; `T` is what its experiment returns. */
export interface CorridorCommand<T> {
  /** The progress bar's label. */
  readonly label: string;
  /** Runs the experiment. */
  run(context: CorridorContext): Promise<T>;
  /** The `--json` document. */
  json(outcome: T): string;
  /** The terminal table. */
  table(outcome: T): string;
  /** The `--csv` file's text. */
  csv(outcome: T): string;
  /** The `--report` page (`charts`: the charts entry, loaded only when a page is asked for). */
  report(outcome: T, charts: ChartsEntry): string | Promise<string>;
  /** A line for stderr after the outputs (not with --quiet or --json), given the run's seconds. */
  note?(outcome: T, seconds: number): string;
}

/** A runner for the corridor model with `workers` threads (1: in-process). */
function corridorRunner(workers: number): Runner<Corridor, CorridorRunResult> {
  if (workers <= 1) return serialRunner(corridorModel);
  return createRunner<Corridor, CorridorRunResult>({
    workers,
    model: {
      modulePath: fileURLToPath(new URL("../../corridor/experiment-adapter.js", import.meta.url)),
      exportName: "corridorModel",
    },
  });
}

/** Runs the command and writes every output the flags ask for. */
export async function runCorridorPipeline<T>(
  command: CorridorCommand<T>,
  flags: CommonFlags,
): Promise<void> {
  const started = Date.now();
  const progress = createProgress(command.label, flags.quiet);
  let runner: Runner<Corridor, CorridorRunResult> | undefined;
  let outcome: T;
  try {
    outcome = await command.run({
      runner: () => {
        runner ??= corridorRunner(flags.workers);
        return runner;
      },
      onProgress: ({ done, total }) => progress.update(done, total),
    });
  } finally {
    progress.finish();
    await runner?.close();
  }
  const seconds = (Date.now() - started) / 1000;
  print(flags.json ? command.json(outcome) : command.table(outcome));
  if (flags.csv !== undefined) writeOutputFile(flags.csv, command.csv(outcome), "CSV");
  if (flags.report !== undefined) {
    const charts = await import("../../report/charts/index.js");
    writeOutputFile(flags.report, await command.report(outcome, charts), "HTML report");
  }
  if (command.note !== undefined) note(flags.quiet || flags.json, command.note(outcome, seconds));
}
