/**
 * What the experiment layer runs: a model is a pure function of (configuration, master seed,
 * replication index). Nothing here knows which model it is.
 */

/**
 * A simulation model seen from the experiment layer. `run` must be deterministic: the same
 * `(config, seed, replication)` always gives the same result, whatever ran before it and in
 * whichever thread. Derive every random stream from `(seed, replication, name)` (e.g. with
 * `new RandomStreams(seed, replication)`), never from `Math.random` or the clock; then
 * configurations run on the same seed and replication see the same arrivals (common random
 * numbers) and any replication can be recomputed alone.
 *
 * For worker threads the config and the result must survive structured cloning (plain data).
 *
 * @example
 * const coin: ExperimentModel<{ p: number }, { heads: number }> = {
 *   name: "coin",
 *   run: (config, seed, replication) => {
 *     const stream = new RandomStreams(seed, replication).stream("flips");
 *     let heads = 0;
 *     for (let i = 0; i < 100; i++) if (stream.next() < config.p) heads++;
 *     return { heads };
 *   },
 * };
 */
export interface ExperimentModel<C, R> {
  /** Short name for reports, e.g. "mmc" or "gate". */
  readonly name: string;
  /**
   * Runs replication `replication` (an integer >= 0) of `config` from master seed `seed`. When
   * the experiment was given an event budget, `limits.maxEvents` carries it: the model should
   * stop past it by throwing an error whose `code` is "EVENT_BUDGET_EXCEEDED" (and whose
   * `simTime` says how far it got), which the experiment reports as BUDGET_EXCEEDED.
   */
  run(config: C, seed: string, replication: number, limits?: ReplicationLimits): R;
}

/**
 * The limits an experiment hands to each replication.
 *
 * @inline
 */
export interface ReplicationLimits {
  /** Event budget of the replication, an integer >= 1. */
  readonly maxEvents?: number;
}

/**
 * How a worker thread finds the same model: an ESM module that exports an
 * {@link ExperimentModel} under `exportName`. Workers cannot receive functions, so they import
 * the model themselves (once per worker; the module is cached). A `.ts` module needs a
 * TypeScript loader in each worker first (see {@link WorkerSetupRef}).
 *
 * @example
 * const ref: WorkerModelRef = {
 *   modulePath: new URL("./my-model.js", import.meta.url).href,
 *   exportName: "myModel",
 * };
 */
export interface WorkerModelRef {
  /** Absolute file path or `file:` URL of an ESM module (`.js`/`.mjs`; `.ts` with a loader). */
  readonly modulePath: string;
  /** Name of the export holding the model, e.g. "default" or "mmcModel". */
  readonly exportName: string;
}

/**
 * A step every worker thread takes before it imports the model: import `modulePath` and, when
 * `exportName` is given, call that export with no arguments (and await it). The usual step
 * registers a TypeScript loader, so a worker can import a `.ts` model module on Node 20:
 * `{ modulePath: "tsx/esm/api", exportName: "register" }` (Node 20 workers ignore `--import`
 * in their `execArgv`, and `tsx/esm` registers itself only in the main thread there).
 *
 * @example
 * const tsx: WorkerSetupRef = { modulePath: "tsx/esm/api", exportName: "register" };
 */
export interface WorkerSetupRef {
  /**
   * Absolute file path, `file:` URL, or bare package specifier (e.g. "tsx/esm/api"), resolved
   * from gatesim's worker module, i.e. from the package that installed gatesim.
   */
  readonly modulePath: string;
  /** The exported function to call, e.g. "register"; omitted: importing is the whole step. */
  readonly exportName?: string;
}

/**
 * One replication to run: the model's three arguments.
 *
 * @inline
 */
export interface ReplicationTask<C> {
  /** The configuration to run. */
  readonly config: C;
  /** The master seed. */
  readonly seed: string;
  /** The replication index, an integer >= 0. */
  readonly replication: number;
}

/**
 * Progress of an experiment, in counts only (no clock).
 *
 * @inline
 */
export interface ExperimentProgress {
  /** Replications finished so far. */
  readonly done: number;
  /** Replications planned; null when not known in advance (capacity search). */
  readonly total: number | null;
  /** What is running, e.g. "A", "B", "point 3/12", "candidate 2". */
  readonly stage: string;
}

/**
 * Receives {@link ExperimentProgress} reports. Must not throw.
 *
 * @inline
 */
export type ProgressCallback = (progress: ExperimentProgress) => void;
