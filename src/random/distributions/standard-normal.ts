/**
 * Standard normal variates by Box–Muller, using exactly two uniforms per variate.
 *
 * Why Box–Muller and not the polar method or a cached pair: a fixed draw count per sample and no
 * hidden state in the distribution object. The second variate of each pair (the sine branch) is
 * discarded; caching it would make a sample depend on what was drawn before through the
 * distribution object rather than the stream alone, and two scenarios sharing a stream would drift
 * out of step. The polar method rejects ~21% of pairs, so its draw count varies.
 * The 2^-32 grid of the uniforms bounds |Z| at sqrt(2·33·ln 2) ≈ 6.77.
 *
 * @module
 */
import type { RandomStream } from "../stream.js";

const TWO_PI = 2 * Math.PI;

/**
 * Draws one N(0, 1) variate from `stream`, consuming exactly two uniforms.
 *
 * @example const z = standardNormal(createStream("s"));
 */
export function standardNormal(stream: RandomStream): number {
  const radius = Math.sqrt(-2 * Math.log(stream.nextOpen()));
  return radius * Math.cos(TWO_PI * stream.next());
}
