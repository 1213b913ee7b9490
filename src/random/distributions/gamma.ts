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
 * Gamma(shape, scale) sampled by Marsaglia & Tsang (2000), "A simple method for generating gamma
 * variables". For shape < 1 it samples Gamma(shape + 1) and multiplies by U^(1/shape).
 * Rejection-based: the draw count varies (≈ 3 uniforms per sample on average) but is a
 * deterministic function of the stream.
 */
export class Gamma implements Distribution {
  readonly kind = "gamma";
  readonly mean: number;
  readonly variance: number;
  private readonly d: number;
  private readonly c: number;
  private readonly boosted: boolean;

  constructor(
    readonly shape: number,
    readonly scale: number,
  ) {
    this.mean = shape * scale;
    this.variance = shape * scale * scale;
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
    return `gamma(shape=${this.shape}, scale=${this.scale})`;
  }
}

/**
 * Gamma with shape α and scale θ (caller's units): mean αθ, variance αθ².
 *
 * @param shape - α, finite and > 0
 * @param scale - θ, finite and > 0 (same units as the samples)
 * @throws {RandomError} INVALID_PARAMETER when either parameter is not a finite number > 0
 * @example gamma(2.5, 120).sample(stream) // seconds, mean 300
 */
export function gamma(shape: number, scale: number): Gamma {
  const check = new ParameterCheck("gamma");
  check.positive("shape", shape);
  check.positive("scale", scale);
  check.throwIfInvalid();
  return new Gamma(shape, scale);
}
