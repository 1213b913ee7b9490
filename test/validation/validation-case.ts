/**
 * A validation case (not a test file itself): a queue model, the analytic values it must
 * reproduce, and how long and how often to run it. Free of vitest, so scripts can reuse it.
 */
import { RandomStreams } from "../../src/random/index.js";
import type { RunLength } from "./models.js";

/** How long and how often a case is run. */
export interface Sizing extends RunLength {
  /** R, independent replications (replication indices 0 .. R-1). */
  readonly replications: number;
}

/** A quantity estimated once per replication and its value from queueing theory. */
export interface Metric<E> {
  /** What is checked, as the end of a sentence: "mean wait in queue Wq matches Erlang C". */
  readonly claim: string;
  /** The analytic value (from the src/stats oracles). */
  readonly analytic: number;
  /** The replication's estimate. */
  readonly estimate: (estimates: E) => number;
}

/** A queue model, its parameters, and the metrics it must reproduce. */
export interface ValidationCase<E> {
  /** Short stable identifier used in the report, e.g. "mm1-rho0.9". */
  readonly id: string;
  /** Human title, e.g. "M/M/1 at ρ = 0.9". */
  readonly title: string;
  /**
   * Fixed master seed of this case in the everyday suite; replication k uses streams
   * (masterSeed, k). The long suite adds {@link LONG_SEED_OFFSET}.
   */
  readonly masterSeed: number;
  /** Sizing of the everyday suite (test/validation). */
  readonly quick: Sizing;
  /** Sizing of the long suite (test/long), at least 10^6 customers in total. */
  readonly long: Sizing;
  /** Runs one replication. */
  readonly run: (streams: RandomStreams, length: RunLength) => E;
  readonly metrics: readonly Metric<E>[];
}

/** Identity helper that infers `E` for a case literal. */
export function defineCase<E>(validationCase: ValidationCase<E>): ValidationCase<E> {
  return validationCase;
}

/**
 * The long suite runs on master seed `masterSeed + LONG_SEED_OFFSET`, so that its replications
 * share no random numbers with the everyday suite's (with equal seeds, the first replications
 * of both would start with the same customers and a chance deviation would show in both).
 */
export const LONG_SEED_OFFSET = 100_000;

/** The master seed a case runs on in `suite`. */
export function masterSeedFor(
  validationCase: { readonly masterSeed: number },
  suite: "quick" | "long",
): number {
  return validationCase.masterSeed + (suite === "long" ? LONG_SEED_OFFSET : 0);
}

/** Runs R replications of `validationCase`, replication k on `RandomStreams(masterSeed, k)`. */
export function replicate<E>(
  validationCase: ValidationCase<E>,
  sizing: Sizing,
  masterSeed: number = validationCase.masterSeed,
): E[] {
  const length: RunLength = {
    warmupCustomers: sizing.warmupCustomers,
    customers: sizing.customers,
  };
  const results: E[] = [];
  for (let k = 0; k < sizing.replications; k++) {
    results.push(validationCase.run(new RandomStreams(masterSeed, k), length));
  }
  return results;
}
