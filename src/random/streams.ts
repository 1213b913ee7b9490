/**
 * Named substreams for common random numbers: one stream per (master seed, replication, name).
 *
 * @module
 */
import { type GeneratorName, RandomStream } from "./stream.js";
import { isFiniteNumber, ParameterCheck } from "./validate.js";

/** Options for {@link RandomStreams}. */
export interface RandomStreamsOptions {
  /** Generator for every substream; defaults to the stream default (`alea`). */
  readonly generator?: GeneratorName;
}

/**
 * A family of independent named streams. `stream("arrivals")` depends only on the master seed,
 * the replication index and the name, so two scenarios built on the same master seed see the
 * same arrivals no matter which other streams they create, use, or in which order
 * (common random numbers).
 *
 * The seed string is `gatesim/${master}/${replication}/${name}` with master and name
 * URI-encoded, so distinct triples never collide. Note that master seeds `1` and `"1"` coincide.
 *
 * @example
 * const streams = new RandomStreams(42);
 * const arrivals = streams.stream("arrivals");
 * const customs = streams.stream("customs");
 * const rep3 = streams.replication(3).stream("arrivals"); // independent of rep 0
 */
export class RandomStreams {
  /** The master seed shared by every substream. */
  readonly masterSeed: number | string;
  /** Replication index k >= 0. */
  readonly replicationIndex: number;
  private readonly generator: GeneratorName | undefined;
  private readonly cache = new Map<string, RandomStream>();

  /**
   * @param masterSeed - a finite number or a non-empty string
   * @param replication - replication index, a non-negative integer (default 0)
   * @throws {RandomError} INVALID_PARAMETER for a bad master seed or replication index
   */
  constructor(masterSeed: number | string, replication = 0, options: RandomStreamsOptions = {}) {
    const check = new ParameterCheck("RandomStreams");
    check.that(
      isFiniteNumber(masterSeed) || (typeof masterSeed === "string" && masterSeed.length > 0),
      "masterSeed",
      masterSeed,
      "a finite number or a non-empty string",
    );
    check.integer("replication", replication);
    check.throwIfInvalid();
    this.masterSeed = masterSeed;
    this.replicationIndex = replication;
    this.generator = options.generator;
  }

  /**
   * The stream for `name`; the same name returns the same (stateful) stream object.
   *
   * @param name - non-empty stream name, e.g. `"arrivals"`, `"customs.channel"`
   * @throws {RandomError} INVALID_PARAMETER for an empty or non-string name
   * @example new RandomStreams(1).stream("arrivals").next()
   */
  stream(name: string): RandomStream {
    const cached = this.cache.get(name);
    if (cached !== undefined) return cached;
    const check = new ParameterCheck("RandomStreams.stream");
    check.that(typeof name === "string" && name.length > 0, "name", name, "a non-empty string");
    check.throwIfInvalid();
    const seed = substreamSeed(this.masterSeed, this.replicationIndex, name);
    const created = new RandomStream(
      this.generator === undefined ? { seed, name } : { seed, name, generator: this.generator },
    );
    this.cache.set(name, created);
    return created;
  }

  /**
   * A fresh family for replication `k` with the same master seed and generator (no streams
   * shared with this one, even when `k` equals this replication index).
   *
   * @param k - replication index, a non-negative integer
   * @throws {RandomError} INVALID_PARAMETER when `k` is not a non-negative integer
   * @example const reps = [0, 1, 2].map((k) => new RandomStreams(7).replication(k));
   */
  replication(k: number): RandomStreams {
    const options: RandomStreamsOptions =
      this.generator === undefined ? {} : { generator: this.generator };
    return new RandomStreams(this.masterSeed, k, options);
  }

  /** Names of the streams created so far, in creation order (diagnostics). */
  names(): string[] {
    return [...this.cache.keys()];
  }
}

/**
 * The seed string of a named substream: injective in (master, replication, name).
 *
 * @example substreamSeed(42, 0, "arrivals") // "gatesim/42/0/arrivals"
 */
export function substreamSeed(masterSeed: number | string, replication: number, name: string) {
  return `gatesim/${encodeURIComponent(String(masterSeed))}/${replication}/${encodeURIComponent(name)}`;
}
