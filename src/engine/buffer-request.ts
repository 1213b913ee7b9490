/**
 * A blocking put or get on a {@link Store} or {@link Container}: an event for processes, with
 * an optional callback for the fast path, and withdrawable (reneging) while it waits.
 */
import { SimEvent } from "./event.js";
import type { Simulation } from "./simulation.js";
import type { Waiter } from "./waiting-line.js";

/** Lifecycle of a buffer request. */
export const BufferRequestStatus = {
  /** Waiting for space (a put) or for an item or amount (a get). */
  WAITING: 0,
  /** Completed: the put was accepted, or the get received its item or amount. */
  DONE: 1,
  /** Withdrawn while waiting (`cancel()`). */
  CANCELLED: 2,
} as const;
/** One of the {@link BufferRequestStatus} values: 0 waiting, 1 done, 2 cancelled. */
export type BufferRequestStatusValue =
  (typeof BufferRequestStatus)[keyof typeof BufferRequestStatus];

/** Something that can withdraw a waiting request (a store or a container). */
export interface Withdrawable {
  /** Takes a waiting `request` out of its line. */
  withdraw(request: BufferRequest<any, any>): void;
}

/**
 * The fields a store or container writes on its requests, which model code only reads.
 * @internal
 */
export interface BufferRequestFields {
  status: BufferRequestStatusValue;
  doneAt: number;
}

/**
 * A put (payload: the item or amount offered) or a get (payload: the amount wanted); its event
 * value is what the operation produced (nothing for a put, the item or amount for a get).
 */
export class BufferRequest<P, V> extends SimEvent<V> implements Waiter {
  /** Always 0: buffers serve their requests first come, first served. */
  readonly priority = 0;
  /** Arrival order among the buffer's requests. */
  readonly seq: number;
  /** Simulated time the request was made. */
  readonly requestedAt: number;
  /** Simulated time it completed, or -1 while waiting. */
  readonly doneAt: number = -1;
  /** {@link BufferRequestStatus}: waiting, done or cancelled. */
  readonly status: BufferRequestStatusValue = BufferRequestStatus.WAITING;

  constructor(
    sim: Simulation,
    private readonly owner: Withdrawable,
    seq: number,
    /** True for a put, false for a get. */
    readonly isPut: boolean,
    /** The item or amount this request offers or wants. */
    readonly payload: P,
    /** Fast-path callback, run when the request completes (possibly synchronously). */
    readonly callback: ((value: V) => void) | null,
  ) {
    super(sim);
    this.seq = seq;
    this.requestedAt = sim.now;
  }

  /** True once no longer waiting (the waiting line skips it). */
  isWithdrawn(): boolean {
    return this.status !== BufferRequestStatus.WAITING;
  }

  /** Withdraws the request if it still waits (a truck giving up); no effect once done. */
  cancel(): void {
    if (this.status === BufferRequestStatus.WAITING) this.owner.withdraw(this);
  }

  /**
   * Completes the request with `value`.
   * @internal
   */
  complete(value: V): void {
    const fields = this as BufferRequestFields;
    fields.status = BufferRequestStatus.DONE;
    fields.doneAt = this.sim.now;
    const callback = this.callback;
    if (callback !== null) callback(value);
    else this.succeed(value);
  }
}
