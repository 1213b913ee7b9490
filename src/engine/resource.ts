/**
 * Resource: `capacity` identical servers (lanes, booths, officers) and a waiting line, FIFO or
 * by priority, with optional priority preemption and a capacity that can change over time.
 *
 * Two APIs, both first-class:
 * - processes: `const req = yield* lane.request(); ...; lane.release(req);`
 * - callback fast path: `lane.seize(onGranted)`; `onGranted(req)` runs synchronously inside
 *   `seize` when a server is free, otherwise inside the `release` that frees one.
 *
 * Preemption (opt-in): a request whose priority is strictly lower (more urgent) than the least
 * urgent holder's takes that holder's server; among equally urgent holders the most recently
 * granted one is preempted. Under the "finish" policy a more urgent request may still swap
 * places with an excess holder (the number of holders does not grow). The holder is told
 * through `onPreempted` (callback path) or by an `Interrupt` whose cause is a {@link Preempted} (process path). Resume semantics: the holder has
 * lost its server and is not re-queued; `now - usageSince` is the service it received, so a
 * model implements preemptive-resume by requesting again for the remaining work (or
 * preemptive-repeat by requesting the full work).
 *
 * Capacity changes: `setCapacity(n, "finish")` lets holders beyond the new capacity finish and
 * grants no one until the number of holders is below it; `setCapacity(n, "preempt")` preempts
 * the excess holders at once (reason "capacity").
 */
import {
  checkFunction,
  checkOptions,
  checkSimulation,
  invalidArgument,
  invalidRequestPriority,
} from "./argument-checks.js";
import { SimulationError } from "./errors.js";
import { type LevelObserver, notifyLevel } from "./observer.js";
import {
  type GrantedCallback,
  Preempted,
  type PreemptedCallback,
  ProcessRequest,
  type Request,
  type RequestFields,
  RequestStatus,
  Seizure,
} from "./request.js";
import { checkCapacity, describeStatus } from "./resource-checks.js";
import type { Simulation } from "./simulation.js";
import { FifoLine, PriorityLine, type WaitingLine } from "./waiting-line.js";

/** Options of a resource. */
export interface ResourceOptions {
  /** Number of servers: an integer >= 0, or Infinity. */
  readonly capacity: number;
  /** "fifo" (default) or "priority" (lower value first, then arrival order). */
  readonly discipline?: "fifo" | "priority";
  /** Whether more urgent requests preempt less urgent holders (default false). */
  readonly preemptive?: boolean;
  /** Name used in error messages. */
  readonly name?: string;
}

/** What happens to holders beyond a reduced capacity. */
export type CapacityDropPolicy = "finish" | "preempt";

/** A pool of identical servers with a waiting line. */
export class Resource {
  /** The simulation the resource belongs to. */
  readonly sim: Simulation;
  /** Name used in error messages. */
  readonly name: string;
  /** Whether more urgent requests preempt less urgent holders. */
  readonly preemptive: boolean;
  private capacityNow: number;
  private readonly line: WaitingLine<Request>;
  private readonly holders: Request[] = [];
  private granting = false;
  private seq = 0;
  private grants = 0;
  private readonly queueObservers: LevelObserver[] = [];
  private readonly busyObservers: LevelObserver[] = [];
  private readonly capacityObservers: LevelObserver[] = [];

  constructor(sim: Simulation, options: ResourceOptions) {
    checkSimulation(sim, "Resource");
    checkOptions(options, "Resource");
    this.sim = sim;
    this.name = options.name ?? "resource";
    this.capacityNow = checkCapacity(options.capacity, `Resource "${this.name}"`, sim.now);
    this.preemptive = options.preemptive ?? false;
    this.line = options.discipline === "priority" ? new PriorityLine() : new FifoLine();
  }

  /** Current number of servers. */
  get capacity(): number {
    return this.capacityNow;
  }

  /** Servers in use. */
  get inUse(): number {
    return this.holders.length;
  }

  /** Requests waiting (cancelled ones excluded). */
  get queueLength(): number {
    return this.line.length;
  }

  /** Subscribes to the waiting-line length. */
  observeQueue(observer: LevelObserver): this {
    this.queueObservers.push(observer);
    return this;
  }

  /** Subscribes to the number of busy servers. */
  observeBusy(observer: LevelObserver): this {
    this.busyObservers.push(observer);
    return this;
  }

  /** Subscribes to the number of servers (capacity). */
  observeCapacity(observer: LevelObserver): this {
    this.capacityObservers.push(observer);
    return this;
  }

  /** Process path: an event that succeeds with the request once a server is granted. */
  request(priority = 0): ProcessRequest {
    if (priority !== 0 && !Number.isFinite(priority)) {
      throw invalidRequestPriority(`Resource "${this.name}".request`, priority, this.sim.now);
    }
    const request = new ProcessRequest(this, priority, this.seq++, this.sim.runningProcess);
    this.admit(request);
    return request;
  }

  /**
   * Callback fast path: `onGranted(request)` runs when a server is granted — synchronously
   * here if one is free. `onPreempted` is told if the holder later loses its server. `payload`
   * travels with the request (`request.payload`), so one callback can serve every customer.
   */
  seize(
    onGranted: GrantedCallback,
    priority = 0,
    onPreempted: PreemptedCallback | null = null,
    payload: unknown = undefined,
  ): Seizure {
    // perf: one comparison at the default priority, one typeof test (bench/kernel: M/M/c).
    if (priority !== 0 && !Number.isFinite(priority)) {
      throw invalidRequestPriority(`Resource "${this.name}".seize`, priority, this.sim.now);
    }
    if (typeof onGranted !== "function") {
      checkFunction(onGranted, `Resource "${this.name}".seize`, "onGranted", this.sim.now);
    }
    const request = new Seizure(this, priority, this.seq++, onGranted, onPreempted, payload);
    this.admit(request);
    return request;
  }

  /**
   * Gives a granted server back and serves the waiting line. Releasing a preempted request is a
   * no-op (its server was already taken).
   * @throws SimulationError RELEASE_NOT_HELD for a request still waiting, already released,
   *   cancelled, or belonging to another resource.
   */
  release(request: Request): void {
    if (request.resource !== this || request.status !== RequestStatus.GRANTED) {
      if (request.resource === this && request.status === RequestStatus.PREEMPTED) return;
      throw new SimulationError(
        "RELEASE_NOT_HELD",
        `Resource "${this.name}".release: expected a request holding a server of this resource, received one ${describeStatus(request, this)}`,
        this.sim.now,
      );
    }
    (request as RequestFields).status = RequestStatus.RELEASED;
    this.removeHolder(request);
    this.serveLine();
  }

  /** Withdraws a request: reneging if waiting, release if granted; otherwise nothing. */
  cancel(request: Request): void {
    if (request.status === RequestStatus.WAITING) {
      (request as RequestFields).status = RequestStatus.CANCELLED;
      this.line.withdrawn();
      this.notifyQueue();
    } else if (request.status === RequestStatus.GRANTED) {
      this.release(request);
    }
  }

  /**
   * Changes the number of servers now (opening hours, shifts, lanes added).
   * @throws SimulationError INVALID_CAPACITY unless an integer >= 0 or Infinity.
   */
  setCapacity(capacity: number, onDrop: CapacityDropPolicy = "finish"): void {
    if (onDrop !== "finish" && onDrop !== "preempt") {
      const api = `Resource "${this.name}".setCapacity`;
      throw invalidArgument(api, "onDrop", '"finish" or "preempt"', onDrop, this.sim.now);
    }
    this.capacityNow = checkCapacity(capacity, `Resource "${this.name}".setCapacity`, this.sim.now);
    notifyLevel(this.capacityObservers, this.sim.now, capacity);
    if (onDrop === "preempt") {
      while (this.holders.length > this.capacityNow) {
        this.preempt(this.leastUrgentHolder(), "capacity", null);
      }
    }
    this.serveLine();
  }

  private admit(request: Request): void {
    if (this.holders.length < this.capacityNow && this.line.length === 0) {
      this.grant(request);
      return;
    }
    if (this.preemptive && this.holders.length > 0 && this.holders.length >= this.capacityNow) {
      const victim = this.leastUrgentHolder();
      if (request.priority < victim.priority && this.capacityNow > 0) {
        // Grant before telling the victim, so a victim that re-requests from its callback
        // finds the server taken and queues (capacity is never exceeded).
        const info = this.detach(victim, "priority", request);
        this.grant(request);
        this.notifyPreempted(victim, info);
        return;
      }
    }
    this.line.push(request);
    this.notifyQueue();
  }

  private grant(request: Request): void {
    const fields = request as RequestFields;
    fields.status = RequestStatus.GRANTED;
    fields.grantedAt = this.sim.now;
    request.grantSeq = this.grants++;
    request.holderIndex = this.holders.length;
    this.holders.push(request);
    if (this.busyObservers.length !== 0)
      notifyLevel(this.busyObservers, this.sim.now, this.holders.length);
    const onGranted = request.onGranted;
    if (onGranted !== null) onGranted(request);
    else (request as ProcessRequest).succeed(request); // only process requests have no callback
  }

  private serveLine(): void {
    // Trampoline: a grant callback that releases synchronously re-enters here; the outer loop
    // keeps serving, so the stack stays flat however long the line is.
    // perf: most releases find no one waiting; skip the flag and the try/finally then
    // (bench/kernel: M/M/c callback).
    if (this.granting || this.line.length === 0) return;
    this.granting = true;
    try {
      const line = this.line;
      while (this.holders.length < this.capacityNow && line.length !== 0) {
        const next = line.shift()!;
        this.notifyQueue();
        this.grant(next);
      }
    } finally {
      this.granting = false;
    }
  }

  private removeHolder(request: Request): void {
    const holders = this.holders;
    const index = request.holderIndex;
    const last = holders.pop()!;
    if (last !== request) {
      holders[index] = last;
      last.holderIndex = index;
    }
    request.holderIndex = -1;
    if (this.busyObservers.length !== 0)
      notifyLevel(this.busyObservers, this.sim.now, holders.length);
  }

  private leastUrgentHolder(): Request {
    let victim = this.holders[0]!;
    for (const holder of this.holders) {
      if (
        holder.priority > victim.priority ||
        (holder.priority === victim.priority && holder.grantSeq > victim.grantSeq)
      ) {
        victim = holder;
      }
    }
    return victim;
  }

  private preempt(victim: Request, reason: "priority" | "capacity", by: Request | null): void {
    this.notifyPreempted(victim, this.detach(victim, reason, by));
  }

  private detach(victim: Request, reason: "priority" | "capacity", by: Request | null): Preempted {
    (victim as RequestFields).status = RequestStatus.PREEMPTED;
    this.removeHolder(victim);
    return new Preempted(reason, by, victim, victim.grantedAt);
  }

  private notifyPreempted(victim: Request, info: Preempted): void {
    if (victim.onPreempted !== null) victim.onPreempted(info);
    else if (victim.owner?.isAlive) victim.owner.interrupt(info);
  }

  private notifyQueue(): void {
    if (this.queueObservers.length !== 0)
      notifyLevel(this.queueObservers, this.sim.now, this.line.length);
  }
}
