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
  /** Runs replication `replication` (an integer >= 0) of `config` from master seed `seed`. */
  run(config: C, seed: string, replication: number): R;
}

/**
 * How a worker thread finds the same model: a compiled ESM module that exports an
 * {@link ExperimentModel} under `exportName`. Workers cannot receive functions, so they import
 * the model themselves (once per worker; the module is cached).
 *
 * @example
 * const ref: WorkerModelRef = {
 *   modulePath: new URL("./my-model.js", import.meta.url).href,
 *   exportName: "myModel",
 * };
 */
export interface WorkerModelRef {
  /** Absolute file path or `file:` URL of a compiled ESM module (`.js`/`.mjs`). */
  readonly modulePath: string;
  /** Name of the export holding the model, e.g. "default" or "mmcModel". */
  readonly exportName: string;
}

/** One replication to run: the model's three arguments. */
export interface ReplicationTask<C> {
  readonly config: C;
  readonly seed: string;
  readonly replication: number;
}

/** Progress of an experiment, in counts only (no clock). */
export interface ExperimentProgress {
  /** Replications finished so far. */
  readonly done: number;
  /** Replications planned; null when not known in advance (capacity search). */
  readonly total: number | null;
  /** What is running, e.g. "A", "B", "point 3/12", "candidate 2". */
  readonly stage: string;
}

/** Receives {@link ExperimentProgress} reports. Must not throw. */
export type ProgressCallback = (progress: ExperimentProgress) => void;
