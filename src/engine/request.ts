/**
 * Requests for one server of a {@link Resource}, in two shapes behind one type, {@link Request}:
 * - {@link ProcessRequest} (`resource.request()`): an event, so a process waits for it with
 *   `yield* resource.request()`;
 * - {@link Seizure} (`resource.seize(onGranted)`): the callback fast path, a plain holder with
 *   only the fields the resource needs.
 * Both carry the timestamps a model needs for waiting times, and both are released, cancelled,
 * queued and preempted the same way.
 */
import { SimEvent } from "./event.js";
import type { Process } from "./process.js";
import type { Resource } from "./resource.js";
import type { Waiter } from "./waiting-line.js";

/** Lifecycle of a request. */
export const RequestStatus = {
  /** In the waiting line. */
  WAITING: 0,
  /** Holding a server. */
  GRANTED: 1,
  /** Gave its server back. */
  RELEASED: 2,
  /** Withdrawn while waiting (reneging), or cancelled while holding. */
  CANCELLED: 3,
  /** Lost its server to a more urgent request or to a capacity drop. */
  PREEMPTED: 4,
} as const;
/** One of the {@link RequestStatus} values: 0 waiting … 4 preempted. */
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

/**
 * A request for a server, of either shape: what `seize` returns and what `onGranted` receives
 * (a {@link Seizure}), and what `yield* resource.request()` returns (a {@link ProcessRequest}).
 * `request instanceof Request` holds for both.
 */
export interface Request extends Waiter {
  /** The resource the request is for. */
  readonly resource: Resource;
  /** Lower values are served (and protected from preemption) first. */
  readonly priority: number;
  /** Arrival order among the resource's requests (the tie-breaker of equal priorities). */
  readonly seq: number;
  /** Simulated time the request was made. */
  readonly requestedAt: number;
  /** Simulated time it was granted, or -1 while not granted. */
  readonly grantedAt: number;
  /** {@link RequestStatus}: waiting, granted, released, cancelled or preempted. */
  readonly status: RequestStatusValue;
  /** Process that made the request (interrupted on preemption), if any. */
  readonly owner: Process<unknown> | null;
  /** Callback run when the server is granted (callback path), else null. */
  readonly onGranted: GrantedCallback | null;
  /** Callback run when the holder is preempted (callback path), else null. */
  readonly onPreempted: PreemptedCallback | null;
  /**
   * Order in which the resource granted its requests (preemption tie-break).
   * @internal
   */
  grantSeq: number;
  /**
   * Position in the resource's list of holders.
   * @internal
   */
  holderIndex: number;
  /** Model data carried with a callback-path request (e.g. the truck), so callbacks need no closure. */
  readonly payload: unknown;
  /** True while holding a server. */
  readonly isGranted: boolean;
  /** Time spent waiting for the server (until now if still waiting). */
  readonly waitTime: number;
  /** Gives the server back; same as `resource.release(this)`. */
  release(): void;
  /**
   * Withdraws the request: leaves the waiting line (reneging) if still waiting, releases the
   * server if granted, does nothing if already released, cancelled or preempted.
   */
  cancel(): void;
}

/**
 * The callback-path request returned by `resource.seize(onGranted)`: a plain object with the
 * 11 fields the resource needs.
 */
// perf: not an event: a SimEvent-based request carries 20 fields, most of them unused on the
// callback path (bench/kernel: M/M/c callback, +6 % customers/s).
export class Seizure implements Request {
  // perf: fields `declare`d and assigned in the constructor in one fixed order, not class-field
  // initialisers (define-semantics stores; bench: scenarios smart-doubled year, kernel M/M/c).
  declare readonly resource: Resource;
  declare readonly priority: number;
  declare readonly seq: number;
  declare readonly requestedAt: number;
  declare readonly grantedAt: number;
  declare readonly status: RequestStatusValue;
  declare readonly onGranted: GrantedCallback;
  declare readonly onPreempted: PreemptedCallback | null;
  /** @internal */
  declare grantSeq: number;
  /** @internal */
  declare holderIndex: number;
  declare readonly payload: unknown;

  constructor(
    resource: Resource,
    priority: number,
    seq: number,
    onGranted: GrantedCallback,
    onPreempted: PreemptedCallback | null,
    payload: unknown,
  ) {
    this.resource = resource;
    this.priority = priority;
    this.seq = seq;
    this.requestedAt = resource.sim.now;
    this.grantedAt = -1;
    this.status = RequestStatus.WAITING;
    this.onGranted = onGranted;
    this.onPreempted = onPreempted;
    this.grantSeq = -1;
    this.holderIndex = -1;
    this.payload = payload;
  }

  /** Always null: a callback-path request belongs to no process. */
  get owner(): null {
    return null;
  }

  /** True once no longer waiting (the waiting line skips it). */
  isWithdrawn(): boolean {
    return this.status !== RequestStatus.WAITING;
  }

  get isGranted(): boolean {
    return this.status === RequestStatus.GRANTED;
  }

  get waitTime(): number {
    return (this.grantedAt >= 0 ? this.grantedAt : this.resource.sim.now) - this.requestedAt;
  }

  release(): void {
    this.resource.release(this);
  }

  cancel(): void {
    this.resource.cancel(this);
  }
}

/**
 * The process-path request returned by `resource.request()`: an event that succeeds with the
 * request itself once a server is granted.
 */
export class ProcessRequest extends SimEvent<Request> implements Request {
  // perf: fields assigned in the constructor, not class-field initialisers (see SimEvent;
  // bench/kernel: M/M/c through generator processes).
  declare readonly resource: Resource;
  declare readonly priority: number;
  declare readonly seq: number;
  declare readonly requestedAt: number;
  declare readonly grantedAt: number;
  declare readonly status: RequestStatusValue;
  declare readonly owner: Process<unknown> | null;
  /** @internal */
  declare grantSeq: number;
  /** @internal */
  declare holderIndex: number;

  constructor(resource: Resource, priority: number, seq: number, owner: Process<unknown> | null) {
    super(resource.sim);
    this.resource = resource;
    this.priority = priority;
    this.seq = seq;
    this.requestedAt = resource.sim.now;
    this.grantedAt = -1;
    this.status = RequestStatus.WAITING;
    this.owner = owner;
    this.grantSeq = -1;
    this.holderIndex = -1;
  }

  /** Always null: the owner is resumed through the event. */
  get onGranted(): null {
    return null;
  }

  /** Always null: the owner is interrupted instead. */
  get onPreempted(): null {
    return null;
  }

  /** Always undefined: a process keeps its data in its own variables. */
  get payload(): undefined {
    return undefined;
  }

  /** True once no longer waiting (the waiting line skips it). */
  isWithdrawn(): boolean {
    return this.status !== RequestStatus.WAITING;
  }

  get isGranted(): boolean {
    return this.status === RequestStatus.GRANTED;
  }

  get waitTime(): number {
    return (this.grantedAt >= 0 ? this.grantedAt : this.resource.sim.now) - this.requestedAt;
  }

  release(): void {
    this.resource.release(this);
  }

  cancel(): void {
    this.resource.cancel(this);
  }
}

/**
 * The fields a resource writes on its requests, which model code only reads.
 * @internal
 */
export interface RequestFields {
  grantedAt: number;
  status: RequestStatusValue;
}

/**
 * The runtime face of the {@link Request} type: `value instanceof Request` is true for a
 * request of either shape.
 */
export const Request: {
  /** True for a request of either shape ({@link Seizure} or {@link ProcessRequest}). */
  [Symbol.hasInstance](value: unknown): value is Request;
} = {
  [Symbol.hasInstance]: (value: unknown): value is Request =>
    value instanceof Seizure || value instanceof ProcessRequest,
};
