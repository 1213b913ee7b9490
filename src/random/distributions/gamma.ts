/**
 * The gamma law by Marsaglia–Tsang's squeeze method.
 *
 * @module
 */
import type { Distribution } from "../distribution.js";
import type { RandomStream } from "../stream.js";
import { ParameterCheck } from "../validate.js";
import { standardNormal } from "./standard-normal.js";

/**
 * Gamma with shape α and mean m (scale θ = m/α) sampled by Marsaglia & Tsang (2000), "A simple
 * method for generating gamma variables". For shape < 1 it samples Gamma(shape + 1) and
 * multiplies by U^(1/shape). Rejection-based: the draw count varies (≈ 3 uniforms per sample on
 * average) but is a deterministic function of the stream.
 */
export class Gamma implements Distribution {
  readonly kind = "gamma";
  readonly variance: number;
  /** Scale θ = mean/shape, in the units of the samples. */
  readonly scale: number;
  private readonly d: number;
  private readonly c: number;
  private readonly boosted: boolean;

  constructor(
    /** Shape k > 0; an integer shape is Erlang-k. */
    readonly shape: number,
    /** The mean, shape × scale (caller's units). */
    readonly mean: number,
  ) {
    this.scale = mean / shape;
    this.variance = (mean * mean) / shape;
    this.boosted = shape < 1;
    this.d = (this.boosted ? shape + 1 : shape) - 1 / 3;
    this.c = 1 / Math.sqrt(9 * this.d);
  }

  sample(stream: RandomStream): number {
    const d = this.d;
    const c = this.c;
    for (;;) {
      const x = standardNormal(stream);
      let v = 1 + c * x;
      if (v <= 0) continue;
      v = v * v * v;
      const u = stream.nextOpen();
      const x2 = x * x;
      if (u < 1 - 0.0331 * x2 * x2 || Math.log(u) < 0.5 * x2 + d * (1 - v + Math.log(v))) {
        const value = d * v * this.scale;
        return this.boosted ? value * stream.nextOpen() ** (1 / this.shape) : value;
      }
    }
  }

  describe(): string {
    return `gamma(shape=${this.shape}, mean=${this.mean})`;
  }
}

/**
 * Options of {@link gamma}: the shape and the mean, as for {@link erlang} (whose `k` the shape
 * generalises to any positive number) and as in a scenario's `{ kind: "gamma", shape,
 * meanSeconds }`. The scale is θ = mean/shape.
 */
export interface GammaOptions {
  /** Shape α, finite and > 0; unitless. The coefficient of variation is 1/√α. */
  readonly shape: number;
  /** Mean αθ, finite and > 0 (caller's units, the same as the samples). */
  readonly mean: number;
}

/**
 * Gamma with shape α and mean m (caller's units): scale θ = m/α, variance m²/α = αθ².
 * With an integer shape it is the Erlang law of the same mean.
 *
 * @param options - `{ shape, mean }`
 * @throws {RandomError} INVALID_PARAMETER when `options` is not an object, has an unknown key,
 *   `shape` or `mean` is not a finite number > 0, or the scale mean/shape over- or underflows
 * @example
 * const service = gamma({ shape: 2.5, mean: 300 }); // seconds
 * service.scale; // 120
 * service.sample(createStream("demo")); // > 0
 */
export function gamma(options: GammaOptions): Gamma {
  const check = new ParameterCheck("gamma");
  const given = check.options(options, ["shape", "mean"]);
  if (given !== undefined) {
    const { shape, mean } = given;
    if ([check.positive("shape", shape), check.positive("mean", mean)].every(Boolean)) {
      const scale = (mean as number) / (shape as number);
      const scaleOk = Number.isFinite(scale) && scale > 0;
      check.that(scaleOk, "mean", mean, `a mean whose scale mean/shape is finite and > 0`);
    }
  }
  check.throwIfInvalid();
  return new Gamma(options.shape, options.mean);
}
