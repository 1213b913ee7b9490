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
    readonly values: readonly number[],
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

/**
 * Returns `values[i]` with probability `probabilities[i]`, e.g. customs channel
 * 0 = green, 1 = yellow, 2 = red: `discrete([0, 1, 2], [0.85, 0.1, 0.05])`.
 *
 * @param values - finite numbers, same length as `probabilities`
 * @param probabilities - each >= 0, summing to 1 within 1e-9
 * @throws {RandomError} INVALID_PARAMETER for empty or mismatched arrays, non-finite values,
 *   negative probabilities, or probabilities not summing to 1
 * @example discrete([0, 1, 2], [0.85, 0.1, 0.05]).sample(stream)
 */
export function discrete(values: readonly number[], probabilities: readonly number[]): Discrete {
  const check = new ParameterCheck("discrete");
  const valueList = check.nonEmptyArray("values", values);
  const probabilityList = check.nonEmptyArray("probabilities", probabilities);
  if (valueList !== undefined && probabilityList !== undefined) {
    const sameLength = check.that(
      probabilityList.length === valueList.length,
      "probabilities",
      probabilities,
      `an array of the same length as values (${valueList.length})`,
    );
    valueList.forEach((v, i) => {
      check.finite(`values[${i}]`, v);
    });
    if (sameLength) checkProbabilities(check, "probabilities", probabilityList);
  }
  check.throwIfInvalid();
  return new Discrete([...values], [...probabilities]);
}
