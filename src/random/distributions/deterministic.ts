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

  constructor(readonly value: number) {
    this.mean = value;
  }

  sample(_stream: RandomStream): number {
    return this.value;
  }

  describe(): string {
    return `deterministic(value=${this.value})`;
  }
}

/**
 * A constant duration or quantity (e.g. a fixed 90 s barrier cycle). Draws nothing from the
 * stream, so switching a law to `deterministic` shifts no later draws of *other* streams, but does
 * change what later samples of the same stream see.
 *
 * @param value - the constant, any finite number (caller's units)
 * @throws {RandomError} INVALID_PARAMETER when `value` is not finite
 * @example deterministic(90).sample(stream) // 90
 */
export function deterministic(value: number): Deterministic {
  const check = new ParameterCheck("deterministic");
  check.finite("value", value);
  check.throwIfInvalid();
  return new Deterministic(value);
}
