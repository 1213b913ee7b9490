/**
 * The deterministic law: always the same value.
 *
 * @module
 */
import type { Distribution } from "../distribution.js";
import type { RandomStream } from "../stream.js";
import { ParameterCheck } from "../validate.js";

/** A point mass at `value`; consumes no draws. */
export class Deterministic implements Distribution {
  readonly kind = "deterministic";
  readonly mean: number;
  readonly variance = 0;

  constructor(
    /** The value every sample returns. */
    readonly value: number,
  ) {
    this.mean = value;
  }

  sample(_stream: RandomStream): number {
    return this.value;
  }

  describe(): string {
    return `deterministic(value=${this.value})`;
  }
}

/** Options of {@link deterministic}. */
export interface DeterministicOptions {
  /** The constant, any finite number (caller's units). */
  readonly value: number;
}

/**
 * A constant duration or quantity (e.g. a fixed 90 s barrier cycle). Draws nothing from the
 * stream, so switching a law to `deterministic` shifts no later draws of *other* streams, but does
 * change what later samples of the same stream see.
 *
 * @param options - `{ value }`
 * @throws {RandomError} INVALID_PARAMETER when `options` is not an object, has an unknown key,
 *   or `value` is not finite
 * @example deterministic({ value: 90 }).sample(createStream("demo")) // 90
 */
export function deterministic(options: DeterministicOptions): Deterministic {
  const check = new ParameterCheck("deterministic");
  const given = check.options(options, ["value"]);
  if (given !== undefined) check.finite("value", given.value);
  check.throwIfInvalid();
  return new Deterministic(options.value);
}
