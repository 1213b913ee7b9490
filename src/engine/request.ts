/**
 * A request for one server of a {@link Resource}. It is an event (a process waits with
 * `yield* resource.request()`) and carries the timestamps a model needs for waiting times.
 */
import { SimEvent } from "./event.js";
import type { Process } from "./process.js";
import type { Resource } from "./resource.js";
import type { Waiter } from "./waiting-line.js";

/** Lifecycle of a request. */
export const RequestStatus = {
  WAITING: 0,
  GRANTED: 1,
  RELEASED: 2,
  CANCELLED: 3,
  PREEMPTED: 4,
} as const;
export type RequestStatusValue = (typeof RequestStatus)[keyof typeof RequestStatus];

/** Why a holder lost its server before releasing it. */
export class Preempted {
  constructor(
    /** "priority": a more urgent request took the server; "capacity": the server was withdrawn. */
    readonly reason: "priority" | "capacity",
    /** The request that took the server (priority preemption), else null. */
    readonly by: Request | null,
    /** The holder's request. */
    readonly request: Request,
    /** When the holder was granted the server; `now - usageSince` is the service received. */
    readonly usageSince: number,
  ) {}
}

/** Called when a callback-path request is granted (possibly synchronously inside `seize`). */
export type GrantedCallback = (request: Request) => void;
/** Called when a callback-path holder is preempted. */
export type PreemptedCallback = (preempted: Preempted) => void;

/** One request for a server. */
export class Request extends SimEvent<Request> implements Waiter {
  readonly resource: Resource;
  /** Lower values are served (and protected from preemption) first. */
  readonly priority: number;
  readonly seq: number;
  /** Simulated time the request was made. */
  readonly requestedAt: number;
  /** Simulated time it was granted, or -1 while not granted. */
  grantedAt = -1;
  status: RequestStatusValue = RequestStatus.WAITING;
  /** Process that made the request (interrupted on preemption), if any. */
  readonly owner: Process<unknown> | null;
  readonly onGranted: GrantedCallback | null;
  readonly onPreempted: PreemptedCallback | null;
  /** Kernel: order in which the resource granted its requests (preemption tie-break). */
  grantSeq = -1;
  /** Kernel: position in the resource's list of holders. */
  holderIndex = -1;
  /** Model data carried with a callback-path request (e.g. the truck), so callbacks need no closure. */
  readonly payload: unknown;

  constructor(
    resource: Resource,
    priority: number,
    seq: number,
    owner: Process<unknown> | null,
    onGranted: GrantedCallback | null,
    onPreempted: PreemptedCallback | null,
    payload: unknown = undefined,
  ) {
    super(resource.sim);
    this.payload = payload;
    this.resource = resource;
    this.priority = priority;
    this.seq = seq;
    this.requestedAt = resource.sim.now;
    this.owner = owner;
    this.onGranted = onGranted;
    this.onPreempted = onPreempted;
  }

  isWithdrawn(): boolean {
    return this.status !== RequestStatus.WAITING;
  }

  /** True while holding a server. */
  get isGranted(): boolean {
    return this.status === RequestStatus.GRANTED;
  }

  /** Time spent waiting for the server (until now if still waiting). */
  get waitTime(): number {
    return (this.grantedAt >= 0 ? this.grantedAt : this.resource.sim.now) - this.requestedAt;
  }

  /** Gives the server back; same as `resource.release(this)`. */
  release(): void {
    this.resource.release(this);
  }

  /**
   * Withdraws the request: leaves the waiting line (reneging) if still waiting, releases the
   * server if granted, does nothing if already released, cancelled or preempted.
   */
  cancel(): void {
    this.resource.cancel(this);
  }
}
