/**
 * A seeded stream of uniform random numbers: the only file that imports `seedrandom`.
 *
 * @module
 */
import seedrandom from "seedrandom";
import { ParameterCheck } from "./validate.js";

/**
 * Pseudo-random generators available to {@link createStream}.
 *
 * - `alea` (default): Baagøe's Alea, period ≈ 2^116; the fastest here (≈5 ns/draw, steady with
 *   many streams alive).
 * - `xor4096`: Brent's xorgens, period 2^4096-1; as fast with one stream, ~2x slower once several
 *   streams are interleaved (measured in `bench/random.bench.ts`).
 * - `arc4`: seedrandom's default ARC4; reference only, ≈5-8x slower per draw.
 *
 * All three return multiples of 2^-32 in [0, 1).
 */
export type GeneratorName = "alea" | "xor4096" | "arc4";

/** The generator used when none is named. perf: `bench/random.bench.ts` "uniform next()" rows. */
export const DEFAULT_GENERATOR: GeneratorName = "alea";

const GENERATORS: Readonly<Record<GeneratorName, (seed: string) => () => number>> = {
  alea: (seed) => seedrandom.alea(seed),
  xor4096: (seed) => seedrandom.xor4096(seed),
  // ARC4's own prng() has 52-bit resolution; put it on the same 2^-32 grid as the others.
  arc4: (seed) => {
    const arc4 = seedrandom(seed);
    return () => (arc4.int32() >>> 0) * 2 ** -32;
  },
};

/** Half of the 2^-32 grid step: shifting a draw by it maps [0, 1) into (0, 1). */
const HALF_STEP = 2 ** -33;

/** Options for {@link RandomStream}. */
export interface RandomStreamOptions {
  /** Seed string; equal seeds (and generators) give equal sequences. */
  readonly seed: string;
  /** Label for diagnostics; defaults to the seed. */
  readonly name?: string;
  /** Generator; defaults to {@link DEFAULT_GENERATOR}. */
  readonly generator?: GeneratorName;
}

/**
 * A reproducible stream of uniform numbers. Distributions take a stream as an argument; the
 * stream holds the only mutable state (the generator's), and there is no global generator.
 *
 * @example
 * const s = new RandomStream({ seed: "demo", name: "arrivals" });
 * const u = s.next(); // >= 0
 * u < 1; // true
 */
export class RandomStream {
  /** Diagnostic label (for named substreams, the substream name). */
  readonly name: string;
  /** The seed string this stream was created from. */
  readonly seed: string;
  /** Which generator produces the numbers. */
  readonly generator: GeneratorName;
  // perf: the prng function lives in a field and is called directly (bench "uniform next()").
  private readonly draw: () => number;

  /**
   * @throws {RandomError} INVALID_PARAMETER when `seed` is not a string or `generator` is unknown
   */
  constructor(options: RandomStreamOptions) {
    const check = new ParameterCheck("RandomStream");
    check.that(typeof options.seed === "string", "seed", options.seed, "a string");
    const generator = options.generator ?? DEFAULT_GENERATOR;
    check.that(
      Object.hasOwn(GENERATORS, generator),
      "generator",
      generator,
      `one of ${Object.keys(GENERATORS).join(", ")}`,
    );
    check.throwIfInvalid();
    this.seed = options.seed;
    this.name = options.name ?? options.seed;
    this.generator = generator;
    this.draw = GENERATORS[generator](options.seed);
  }

  /**
   * Next uniform number in [0, 1), on a grid of step 2^-32 (0 is possible, 1 is not).
   *
   * @example const u = createStream("s").next();
   */
  next(): number {
    return this.draw();
  }

  /**
   * Next uniform number in the open interval (0, 1): one draw shifted by 2^-33, so `Math.log`
   * of it is always finite. Consumes exactly one draw.
   *
   * @example const e = -Math.log(createStream("s").nextOpen()); // finite, > 0
   */
  nextOpen(): number {
    return this.draw() + HALF_STEP;
  }
}

/**
 * Creates a stream from a seed string.
 *
 * @param seed - any string; equal seeds give equal sequences
 * @param generator - defaults to {@link DEFAULT_GENERATOR} (`alea`, measured fastest)
 * @throws {RandomError} INVALID_PARAMETER for a non-string seed or unknown generator
 * @example
 * const a = createStream("seed-1");
 * const b = createStream("seed-1");
 * a.next() === b.next(); // true
 */
export function createStream(seed: string, generator?: GeneratorName): RandomStream {
  return new RandomStream(generator === undefined ? { seed } : { seed, generator });
}
