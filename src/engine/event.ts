/**
 * Events: things that happen at one simulated instant and that processes and conditions wait
 * for. An event is pending, then triggered (succeeded or failed, its processing scheduled), then
 * processed (its waiters have been told). Modelled on SimPy's `Event`.
 */
import { SimulationError } from "./errors.js";
import type { ScheduledEvent } from "./scheduled-event.js";
import type { Simulation } from "./simulation.js";

/** Lifecycle states of an event. */
export const EventState = {
  /** Not yet succeeded or failed. */
  PENDING: 0,
  /** Succeeded or failed; its waiters have not been told yet. */
  TRIGGERED: 1,
  /** Its waiters have been told (a waiter added now is told at once). */
  PROCESSED: 2,
} as const;
/** One of the {@link EventState} values: 0 pending, 1 triggered, 2 processed. */
export type EventStateValue = (typeof EventState)[keyof typeof EventState];

/**
 * Something that waits for an event: a process, a condition or a callback adapter.
 * @internal
 */
export interface EventWaiter {
  onEvent(event: SimEvent<unknown>): void;
}

class CallbackWaiter implements EventWaiter {
  constructor(private readonly callback: (event: SimEvent<any>) => void) {}
  onEvent(event: SimEvent<unknown>): void {
    this.callback(event);
  }
}

/**
 * Calendar action that processes a triggered event.
 * @internal
 */
export function processEvent(event: SimEvent<unknown>): void {
  event.processNow();
}

/**
 * An event with a typed value. Wait for it in a process with `yield event`, or read its value
 * with `const value = yield* event` (typed, no casts).
 *
 * @example
 * const sim = new Simulation();
 * const ready = sim.event<string>();
 * sim.process(
 *   (function* () {
 *     const who = yield* ready; // typed: string
 *     console.log(`${who} at ${sim.now}`);
 *   })(),
 * );
 * sim.schedule(5, () => ready.succeed("truck 7"));
 * sim.run(); // prints "truck 7 at 5"
 */
export class SimEvent<T = void> {
  // perf: the fields of events and their subclasses are `declare`d and assigned in the
  // constructor rather than initialised as class fields: tsc (target ES2022) emits class fields
  // as define-semantics initialisers, which V8 runs far slower in subclass constructors
  // (bench/kernel: M/M/c through generator processes, +15 % customers/s).
  /** The simulation this event belongs to. */
  declare readonly sim: Simulation;
  /** {@link EventState}: pending, triggered or processed. */
  declare readonly state: EventStateValue;
  /** False when the event failed; its `error` is then thrown into waiting processes. */
  declare readonly ok: boolean;
  /** The value it succeeded with (undefined while pending or after a failure). */
  declare readonly value: T | undefined;
  /** The error it failed with (undefined unless it failed). */
  declare readonly error: unknown;
  /**
   * A failure counts as handled once a waiter received it; unhandled failures end the run.
   * @internal
   */
  declare defused: boolean;
  // perf: one waiter covers the common case (a single process waits) without allocating an
  // array per event (bench/kernel: M/M/c through generator processes).
  declare private firstWaiter: EventWaiter | null;
  declare private otherWaiters: EventWaiter[] | null;

  constructor(sim: Simulation) {
    this.sim = sim;
    this.state = EventState.PENDING;
    this.ok = true;
    this.value = undefined;
    this.error = undefined;
    this.defused = false;
    this.firstWaiter = null;
    this.otherWaiters = null;
  }

  /** Always true: marks events (set once on the prototype, so it costs no memory per event). */
  declare readonly isSimEvent: true;

  /** True once the event has succeeded or failed. */
  get triggered(): boolean {
    return this.state !== EventState.PENDING;
  }

  /** True once the waiters have been told. */
  get processed(): boolean {
    return this.state === EventState.PROCESSED;
  }

  /**
   * Marks the event successful with `value`. With no waiters yet it is processed at once (a
   * later waiter resumes immediately); otherwise its processing is scheduled at the current time.
   * @throws SimulationError EVENT_ALREADY_TRIGGERED when triggered twice.
   */
  succeed(value: T, priority = 0): this {
    if (this.state !== EventState.PENDING) throw this.alreadyTriggered();
    const fields = this as EventFields<T>;
    fields.value = value;
    fields.state = EventState.TRIGGERED;
    if (this.firstWaiter === null) {
      fields.state = EventState.PROCESSED;
    } else {
      this.sim.schedule(0, processEvent, this, priority);
    }
    return this;
  }

  /**
   * Marks the event failed; waiting processes get `error` thrown at their `yield`. A failure
   * nobody waits for is rethrown by `Simulation.run`, so model errors are never lost.
   * @throws SimulationError EVENT_ALREADY_TRIGGERED when triggered twice.
   */
  fail(error: unknown, priority = 0): this {
    if (this.state !== EventState.PENDING) throw this.alreadyTriggered();
    const fields = this as EventFields<T>;
    fields.ok = false;
    fields.error = error;
    fields.state = EventState.TRIGGERED;
    this.sim.schedule(0, processEvent, this, priority);
    return this;
  }

  /**
   * Registers a waiter; one added after processing is told at once. Model code uses
   * `yield event` or {@link onDone}.
   * @internal
   */
  addWaiter(waiter: EventWaiter): void {
    if (this.state === EventState.PROCESSED) {
      if (!this.ok) this.defused = true;
      waiter.onEvent(this as SimEvent<unknown>);
      return;
    }
    if (this.firstWaiter === null) this.firstWaiter = waiter;
    else if (this.otherWaiters === null) this.otherWaiters = [waiter];
    else this.otherWaiters.push(waiter);
  }

  /**
   * Removes a waiter that no longer cares (an interrupted process, a settled condition).
   * @internal
   */
  removeWaiter(waiter: EventWaiter): void {
    if (this.firstWaiter === waiter) {
      const next = this.otherWaiters?.shift();
      this.firstWaiter = next ?? null;
      return;
    }
    const others = this.otherWaiters;
    if (others === null) return;
    const at = others.indexOf(waiter);
    if (at >= 0) others.splice(at, 1);
  }

  /** Calls `callback(event)` when the event is processed (at once if it already was). */
  onDone(callback: (event: SimEvent<T>) => void): this {
    this.addWaiter(new CallbackWaiter(callback as (event: SimEvent<any>) => void));
    return this;
  }

  /**
   * Tells the waiters. Called from the calendar.
   * @internal
   */
  processNow(): void {
    (this as EventFields<T>).state = EventState.PROCESSED;
    const first = this.firstWaiter;
    const others = this.otherWaiters;
    this.firstWaiter = null;
    this.otherWaiters = null;
    if (first === null) {
      if (!this.ok && !this.defused) throw this.error;
      return;
    }
    if (!this.ok) this.defused = true;
    first.onEvent(this as SimEvent<unknown>);
    if (others !== null) for (const waiter of others) waiter.onEvent(this as SimEvent<unknown>);
  }

  /** `const value = yield* event` inside a process: waits and returns the typed value. */
  [Symbol.iterator](): EventIterator<T> {
    return new EventIterator(this);
  }

  private alreadyTriggered(): SimulationError {
    return new SimulationError(
      "EVENT_ALREADY_TRIGGERED",
      "SimEvent.succeed/fail: expected a pending event, received one already triggered",
      this.sim.now,
    );
  }
}

/**
 * What `yield* event` runs: yields the event once, then returns its value (or throws its error)
 * when the process is resumed. Model code never uses it directly; `event[Symbol.iterator]()`
 * returns one.
 */
// perf: a two-field iterator instead of a generator method: no generator object per `yield*`
// (bench/kernel: M/M/c process+yield*).
export class EventIterator<T> implements Iterator<SimEvent<T>, T, unknown> {
  private readonly event: SimEvent<T>;
  private yielded = false;

  /** An iterator over `event` that has not yielded it yet. */
  constructor(event: SimEvent<T>) {
    this.event = event;
  }

  /** First call: yields the event; second call: returns its value, or throws its error. */
  next(): IteratorResult<SimEvent<T>, T> {
    const event = this.event;
    if (!this.yielded) {
      this.yielded = true;
      return { value: event, done: false };
    }
    if (!event.ok) throw event.error;
    return { value: event.value as T, done: true };
  }

  /** An error thrown into the waiting process (an interrupt) propagates as from a generator. */
  throw(error: unknown): IteratorResult<SimEvent<T>, T> {
    throw error;
  }

  /** Ends the iteration with `value` (the process was closed). */
  return(value: T): IteratorResult<SimEvent<T>, T> {
    this.yielded = true;
    return { value, done: true };
  }

  /** The iterator itself. */
  [Symbol.iterator](): this {
    return this;
  }
}

// perf: the brand the process loop checks instead of `instanceof SimEvent` (bench/kernel: M/M/c
// through generator processes).
Object.defineProperty(SimEvent.prototype, "isSimEvent", { value: true });

/**
 * The writable view of an event's outcome, through which the kernel alone records it (the
 * public fields are read-only).
 * @internal
 */
export interface EventFields<T> {
  state: EventStateValue;
  ok: boolean;
  value: T | undefined;
  error: unknown;
}

/** An event that succeeds by itself after a delay (SimPy's `Timeout`). */
export class Timeout<T = void> extends SimEvent<T> {
  /** Simulated time at which it fires. */
  declare readonly at: number;
  declare private readonly entry: ScheduledEvent;

  constructor(sim: Simulation, delay: number, value: T, priority = 0) {
    super(sim);
    const fields = this as EventFields<T>;
    fields.value = value;
    fields.state = EventState.TRIGGERED;
    this.entry = sim.schedule(delay, processEvent, this, priority);
    this.at = this.entry.time;
  }

  /** Withdraws a timeout that has not fired (e.g. a patience timer after service began). */
  cancel(): void {
    this.sim.cancel(this.entry);
  }
}
