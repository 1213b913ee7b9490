/**
 * The one exponential draw every kernel benchmark uses (gatesim, raw heap, raw tinyqueue), so
 * that the comparison measures the event calendar and not the random number generator.
 */

/**
 * A fast deterministic exponential source: xorshift32 uniforms at the centres of the 2^-32 grid
 * (never 0 or 1), inverted through `-mean · ln u`. About 3–5 ns per draw; not for statistics
 * beyond benchmarks (period 2^32 - 1).
 * @param seed any non-zero 32-bit integer
 * @param mean mean of the draws (default 1)
 */
export function exponentialSource(seed: number, mean = 1): () => number {
  let x = seed | 0 || 0x2545f491;
  const scale = -mean;
  return () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return scale * Math.log(((x >>> 0) + 0.5) * 2 ** -32);
  };
}
