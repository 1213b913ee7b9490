/**
 * A tiny seeded generator for the stats tests (the random layer is off limits here): a
 * 32-bit linear congruential generator (Numerical Recipes constants), two draws per double.
 */
export interface TestRng {
  /** Uniform on (0, 1). */
  uniform(): number;
  /** Standard normal (Box–Muller). */
  normal(): number;
  /** Exponential with the given mean. */
  exponential(mean: number): number;
}

/** Creates a generator from an integer seed. */
export function lcg(seed: number): TestRng {
  let state = seed >>> 0;
  const next32 = (): number => {
    state = (Math.imul(1664525, state) + 1013904223) >>> 0;
    return state;
  };
  const uniform = (): number => {
    const hi = next32() >>> 5; // 27 bits
    const lo = next32() >>> 6; // 26 bits
    return (hi * 67108864 + lo + 0.5) / 9007199254740992;
  };
  return {
    uniform,
    normal: () => Math.sqrt(-2 * Math.log(uniform())) * Math.cos(2 * Math.PI * uniform()),
    exponential: (mean) => -mean * Math.log(uniform()),
  };
}
