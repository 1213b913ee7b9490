/** Argument checks and error wording of `Resource` (cold code, kept out of its hot paths). */
import { renderValue } from "../common/index.js";
import { SimulationError } from "./errors.js";
import { type Request, RequestStatus } from "./request.js";

/**
 * `capacity` if it is an integer >= 0 or Infinity.
 * @throws SimulationError INVALID_CAPACITY otherwise, naming `where`.
 * @internal
 */
export function checkCapacity(capacity: number, where: string, now: number): number {
  if (capacity === Number.POSITIVE_INFINITY || (Number.isInteger(capacity) && capacity >= 0)) {
    return capacity;
  }
  throw new SimulationError(
    "INVALID_CAPACITY",
    `${where}: capacity expected an integer >= 0 or Infinity, received ${renderValue(capacity)}`,
    now,
  );
}

/**
 * Why `request` cannot be released by `resource`, in words.
 * @internal
 */
export function describeStatus(request: Request, resource: { readonly name: string }): string {
  if (request.resource !== resource) return `of resource "${request.resource.name}"`;
  switch (request.status) {
    case RequestStatus.WAITING:
      return "still waiting (use cancel() to renege)";
    case RequestStatus.RELEASED:
      return "already released";
    case RequestStatus.CANCELLED:
      return "cancelled";
    default:
      return "not granted";
  }
}
