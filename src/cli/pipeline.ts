/**
 * The one path of the simulation commands (run, compare, sweep, plan): load the scenarios, run
 * the experiment on worker threads with a progress bar on stderr, print the table or the JSON
 * document on stdout, then write the `--csv` and `--report` files. A command only says what is
 * specific to it, as an {@link ExperimentCommand}; every output format comes from src/report.
 */
import { listIssues, SECONDS_PER_DAY } from "../common/index.js";
import {
  ExperimentError,
  type ExperimentLimits,
  type ProgressCallback,
  type Runner,
  scrubSecret,
} from "../experiment/index.js";
import type { GateRunResult, Scenario } from "../gate/index.js";
import { preset, ScenarioError } from "../gate/index.js";
import { boundError, experimentLimits } from "./budget.js";
import { CliError, EXIT } from "./errors.js";
import { loadScenarioArg } from "./load-scenario.js";
import type { CommonFlags } from "./options.js";
import { note, print, writeOutputFile } from "./output.js";
import { checkOutputPaths, type NamedPath } from "./output-paths.js";
import { createProgress } from "./progress.js";
import { gateRunner } from "./runner.js";
import { shownName } from "./shown.js";
import { warnOverloads } from "./warnings.js";

/** The charts entry of the reports, loaded only when `--report` asks for a page. */
export type ChartsEntry = typeof import("../report/charts/index.js");

/** What a command's experiment gets from the pipeline. */
export interface ExperimentContext {
  /**
   * The gate runner on `--workers` threads, never more than `tasks` (the replications run at
   * once): created on first call, closed by the pipeline.
   */
  runner(tasks: number): Runner<Scenario, GateRunResult>;
  /** Feeds the progress bar. */
  readonly onProgress: ProgressCallback;
  /** `--max-events` and `--time-limit`, to spread into the experiment's options. */
  readonly limits: ExperimentLimits;
  /** Feeds the progress bar of a run in this thread: simulated seconds reached of the end. */
  readonly onSimulated: (simulatedSeconds: number, endSeconds: number) => void;
}

/** What one command adds to the pipeline; `T` is what its experiment returns. */
export interface ExperimentCommand<T> {
  /** The progress bar's label. */
  readonly label: string;
  /** What the progress bar counts (default "replications"). */
  readonly unit?: string;
  /** How many units the experiment has, when known before it starts. */
  readonly total?: number;
  /** Runs the experiment. */
  run(context: ExperimentContext): Promise<T>;
  /** The `--json` document (src/report/json.ts). */
  json(outcome: T): string;
  /** The terminal table. */
  table(outcome: T): string;
  /** The `--csv` file's text. */
  csv(outcome: T): string;
  /** The `--report` page. */
  report(outcome: T, charts: ChartsEntry): Promise<string>;
  /** A line for stderr after the outputs (not with --quiet or --json), given the run's seconds. */
  note?(outcome: T, seconds: number): string;
}

/** A tuple of scenarios, one per scenario argument. */
export type Scenarios<A extends readonly string[]> = { readonly [K in keyof A]: Scenario };

/**
 * Loads `args` (presets or files, with `--days` and `--warmup-days` applied), warns on stderr
 * about every overloaded station, builds the command from them, runs it and writes every output
 * the flags ask for.
 *
 * @throws {CliError} for a scenario that cannot be loaded or an output file that cannot be
 *   written (exit 1), and whatever the command throws while being built (e.g. a usage error).
 * @example
 * const flags = { replications: 1, seed: "1", days: 1, warmupDays: undefined, workers: 1,
 *   redis: undefined, json: false, csv: undefined, report: undefined, quiet: true,
 *   maxEvents: undefined, timeLimitSeconds: undefined, arrivals: undefined };
 * let cleared = 0;
 * await runPipeline(["huu-nghi-smart-2024"], flags, ([scenario]) => ({
 *   label: scenario.name,
 *   run: async () => runGate(scenario, { seed: flags.seed }),
 *   json: (result) => runJson(result),
 *   table: (result) => `${scenario.name}: ${(cleared = result.trucks.cleared)} trucks cleared`,
 *   csv: () => "",
 *   report: async () => "",
 * })); // writes "huu-nghi-smart-2024: … trucks cleared" to stdout
 * cleared; // > 3000
 */
export async function runPipeline<const A extends readonly string[], T>(
  args: A,
  flags: CommonFlags,
  define: (scenarios: Scenarios<A>) => ExperimentCommand<T>,
  moreOutputs: readonly NamedPath[] = [],
): Promise<void> {
  checkOutputPaths(
    [
      ...args
        .filter((arg) => preset(arg) === undefined)
        .map((path) => ({ flag: "scenario", path })),
      ...(flags.arrivals === undefined ? [] : [{ flag: "--arrivals", path: flags.arrivals }]),
    ],
    [
      ...(flags.csv === undefined ? [] : [{ flag: "--csv", path: flags.csv }]),
      ...(flags.report === undefined ? [] : [{ flag: "--report", path: flags.report }]),
      ...moreOutputs,
    ],
  );
  const scenarios = args.map((arg) => loadScenarioArg(arg, flags)) as unknown as Scenarios<A>;
  for (const scenario of new Set<Scenario>(scenarios)) warnOverloads(scenario);
  const command = define(scenarios);
  const started = Date.now();
  const outcome = await inputErrorsAsExit1(() => runExperiment(command, flags));
  const seconds = (Date.now() - started) / 1000;
  print(flags.json ? command.json(outcome) : command.table(outcome));
  if (flags.csv !== undefined) writeOutputFile(flags.csv, command.csv(outcome), "CSV");
  if (flags.report !== undefined) {
    const charts = await import("../report/charts/index.js");
    writeOutputFile(flags.report, await command.report(outcome, charts), "HTML report");
  }
  if (command.note !== undefined) note(flags.quiet || flags.json, command.note(outcome, seconds));
}

/** Failures of a run on the queue or of a model a worker could not load: exit 1, one message. */
const RUN_FAILURES = new Set(["REPLICATION_FAILED", "QUEUE_UNAVAILABLE", "MODEL_NOT_LOADED"]);
/**
 * A scenario the experiment builds (a sweep point, a plan candidate) that turns out invalid is
 * an input error (exit 1) listing its problems, not an internal error.
 */
async function inputErrorsAsExit1<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (!(error instanceof ScenarioError)) throw error;
    const lines = listIssues(error.issues).map((line) => `  - ${line}`);
    throw new CliError(
      `gatesim: ${error.message.split("\n")[0]}:\n${lines.join("\n")}`,
      EXIT.INVALID_INPUT,
    );
  }
}

/** Runs the command's experiment with a progress bar; threads are closed however it ends. */
async function runExperiment<T>(command: ExperimentCommand<T>, flags: CommonFlags): Promise<T> {
  const progress = createProgress(
    shownName(command.label),
    flags.quiet,
    command.unit,
    command.total ?? null,
  );
  let runner: Runner<Scenario, GateRunResult> | undefined;
  // With --redis, Ctrl-C removes this run's jobs from the queue before exiting (exit 130).
  let interrupted = false;
  const onSignal = () => {
    interrupted = true;
    progress.finish();
    process.stderr.write("gatesim: interrupted; removing this run's jobs from the queue\n");
    void (runner?.close() ?? Promise.resolve()).finally(() => process.exit(EXIT.INTERRUPTED));
  };
  if (flags.redis !== undefined) {
    process.once("SIGINT", onSignal);
    process.once("SIGTERM", onSignal);
  }
  try {
    return await command.run({
      runner: (tasks) => {
        runner ??= gateRunner({
          workers: Math.max(1, Math.min(flags.workers, tasks)),
          redis: flags.redis,
          onNotice: (message) => note(flags.quiet, `gatesim: ${message}`),
        });
        return runner;
      },
      onProgress: ({ done, total }) => progress.update(done, total),
      limits: experimentLimits(flags),
      onSimulated: (reached, end) =>
        progress.update(Math.round(reached / SECONDS_PER_DAY), Math.round(end / SECONDS_PER_DAY)),
    });
  } catch (error) {
    if (interrupted) throw new CliError("gatesim: interrupted", EXIT.INTERRUPTED);
    if (error instanceof ExperimentError && RUN_FAILURES.has(error.code)) {
      const text =
        flags.redis === undefined ? error.message : scrubSecret(error.message, flags.redis);
      throw new CliError(`gatesim: ${text}`, EXIT.INVALID_INPUT);
    }
    // A run stopped by a bound is an answer about the input (exit 1), not a bug.
    throw boundError(error) ?? error;
  } finally {
    process.off("SIGINT", onSignal);
    process.off("SIGTERM", onSignal);
    progress.finish();
    await runner?.close();
  }
}
