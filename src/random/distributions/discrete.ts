/**
 * The categorical law over numeric values (routing shares, channel codes, batch sizes).
 *
 * @module
 */
import type { Distribution } from "../distribution.js";
import type { RandomStream } from "../stream.js";
import { checkProbabilities, ParameterCheck } from "../validate.js";
import { cumulativeWeights } from "./mixture.js";

/** Categorical: value[i] with probability p[i]; one draw per sample (binary search). */
export class Discrete implements Distribution {
  readonly kind = "discrete";
  readonly mean: number;
  readonly variance: number;
  private readonly table: Float64Array;
  private readonly cumulative: Float64Array;

  constructor(
    /** The values a sample can take. */
    readonly values: readonly number[],
    /** The probability of each value, in the order of `values` (normalised when sampled). */
    readonly probabilities: readonly number[],
  ) {
    this.table = Float64Array.from(values);
    this.cumulative = cumulativeWeights(probabilities);
    const total = probabilities.reduce((sum, p) => sum + p, 0);
    let mean = 0;
    probabilities.forEach((p, i) => {
      mean += (p / total) * (values[i] as number);
    });
    let variance = 0;
    probabilities.forEach((p, i) => {
      variance += (p / total) * ((values[i] as number) - mean) ** 2;
    });
    this.mean = mean;
    this.variance = variance;
  }

  sample(stream: RandomStream): number {
    const u = stream.next();
    const cumulative = this.cumulative;
    // First index with cumulative > u; the last positive entry is Infinity, so it exists.
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (u < (cumulative[mid] as number)) hi = mid;
      else lo = mid + 1;
    }
    return this.table[lo] as number;
  }

  describe(): string {
    const parts = this.values.map((v, i) => `${v}:${this.probabilities[i]}`);
    return `discrete(${parts.join(", ")})`;
  }
}

/** Options of {@link discrete}: two arrays of the same length, paired by index. */
export interface DiscreteOptions {
  /** The possible values, finite numbers (caller's units or codes). */
  readonly values: readonly number[];
  /** `probabilities[i]` is the chance of `values[i]`; each >= 0, summing to 1 within 1e-9. */
  readonly probabilities: readonly number[];
}

/**
 * Returns `values[i]` with probability `probabilities[i]`, e.g. customs channel
 * 0 = green, 1 = yellow, 2 = red.
 *
 * @param options - `{ values, probabilities }`
 * @throws {RandomError} INVALID_PARAMETER when `options` is not an object or has an unknown key,
 *   for empty or mismatched arrays, non-finite values, negative probabilities, or
 *   probabilities not summing to 1
 * @example
 * const extraChecks = discrete({ values: [0, 1, 2], probabilities: [0.85, 0.1, 0.05] });
 * extraChecks.mean; // 0.2
 * [0, 1, 2].includes(extraChecks.sample(createStream("demo"))); // true
 */
export function discrete(options: DiscreteOptions): Discrete {
  const check = new ParameterCheck("discrete");
  const given = check.options(options, ["values", "probabilities"]);
  if (given !== undefined) {
    const valueList = check.nonEmptyArray("values", given.values);
    const probabilityList = check.nonEmptyArray("probabilities", given.probabilities);
    if (valueList !== undefined && probabilityList !== undefined) {
      const sameLength = check.that(
        probabilityList.length === valueList.length,
        "probabilities",
        probabilityList,
        `an array of the same length as values (${valueList.length})`,
        `an array of length ${probabilityList.length}`,
      );
      for (let i = 0; i < valueList.length; i++) check.finite(`values[${i}]`, valueList[i]);
      if (sameLength) checkProbabilities(check, "probabilities", probabilityList);
    }
  }
  check.throwIfInvalid();
  return new Discrete([...options.values], [...options.probabilities]);
}
