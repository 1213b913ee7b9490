/**
 * A finite mixture of laws, e.g. "80% fast lane, 20% secondary inspection".
 *
 * @module
 */
import type { Distribution } from "../distribution.js";
import type { RandomStream } from "../stream.js";
import { checkProbabilities, ParameterCheck } from "../validate.js";

/** One component of a {@link mixture}. */
export interface MixtureComponent {
  /** Probability of this component, >= 0; all weights sum to 1 within 1e-9. */
  readonly weight: number;
  /** The law sampled when this component is picked. */
  readonly distribution: Distribution;
}

/**
 * Mixture: one uniform picks a component, then the component samples.
 * mean = Σ wᵢmᵢ, variance = Σ wᵢ(vᵢ + mᵢ²) − mean².
 */
export class Mixture implements Distribution {
  readonly kind = "mixture";
  readonly mean: number;
  readonly variance: number;
  /** The components as given: weights and laws. */
  readonly components: readonly MixtureComponent[];
  private readonly cumulative: Float64Array;
  private readonly laws: readonly Distribution[];

  constructor(components: readonly MixtureComponent[]) {
    this.components = components;
    this.laws = components.map((c) => c.distribution);
    this.cumulative = cumulativeWeights(components.map((c) => c.weight));
    const total = components.reduce((sum, c) => sum + c.weight, 0);
    let mean = 0;
    let second = 0;
    for (const { weight: rawWeight, distribution } of components) {
      const weight = rawWeight / total;
      mean += weight * distribution.mean;
      second += weight * (distribution.variance + distribution.mean ** 2);
    }
    this.mean = mean;
    this.variance = Math.max(0, second - mean * mean);
  }

  sample(stream: RandomStream): number {
    const u = stream.next();
    const cumulative = this.cumulative;
    let i = 0;
    while (u >= (cumulative[i] as number)) i++;
    return (this.laws[i] as Distribution).sample(stream);
  }

  describe(): string {
    const parts = this.components.map((c) => `${c.weight}×${c.distribution.describe()}`);
    return `mixture(${parts.join(" + ")})`;
  }
}

/**
 * Cumulative weights normalised to total 1, with the last positive-weight entry set to
 * Infinity so rounding can never select past it (or select a trailing zero-weight entry).
 *
 * @example cumulativeWeights([0.25, 0.75]) // Float64Array [0.25, Infinity]
 */
export function cumulativeWeights(weights: readonly number[]): Float64Array {
  const total = weights.reduce((sum, w) => sum + w, 0);
  const cumulative = new Float64Array(weights.length);
  let running = 0;
  let lastPositive = 0;
  weights.forEach((w, i) => {
    running += w / total;
    cumulative[i] = running;
    if (w > 0) lastPositive = i;
  });
  for (let i = lastPositive; i < cumulative.length; i++) cumulative[i] = Number.POSITIVE_INFINITY;
  return cumulative;
}

/** Options of {@link mixture}. */
export interface MixtureOptions {
  /** The components: a non-empty list of `{ weight, distribution }`, weights summing to 1. */
  readonly components: readonly MixtureComponent[];
}

/**
 * A mixture of distributions with weights summing to 1 (within 1e-9).
 *
 * @param options - `{ components }`
 * @throws {RandomError} INVALID_PARAMETER when `options` is not an object or has an unknown key,
 *   for an empty list, negative/non-finite weights, weights not summing to 1, or a component
 *   without a `sample` method
 * @example mixture({
 *   components: [
 *     { weight: 0.8, distribution: exponential({ mean: 120 }) },
 *     { weight: 0.2, distribution: lognormal({ mean: 1800, sd: 900 }) },
 *   ],
 * })
 */
export function mixture(options: MixtureOptions): Mixture {
  const check = new ParameterCheck("mixture");
  const given = check.options(options, ["components"]);
  const list = given && check.nonEmptyArray("components", given.components);
  if (list !== undefined) {
    const items = list as readonly Partial<MixtureComponent>[];
    for (let i = 0; i < items.length; i++) {
      const distribution = items[i]?.distribution;
      const isLaw = typeof distribution?.sample === "function";
      check.that(isLaw, `components[${i}].distribution`, distribution, "a Distribution");
    }
    checkProbabilities(
      check,
      "components",
      items.map((c) => c?.weight),
      (i) => `components[${i}].weight`,
      "weights",
    );
  }
  check.throwIfInvalid();
  return new Mixture([...options.components]);
}
