/**
 * Processes: model logic written as generator functions (SimPy style). A process yields events
 * and is resumed when they are processed; it is itself an event that succeeds with the
 * generator's return value, so other processes can wait for it.
 */
import { SimulationError } from "./errors.js";
import { EventState, SimEvent } from "./event.js";
import { Priority, type ScheduledEvent } from "./scheduled-event.js";
import type { Simulation } from "./simulation.js";

/**
 * The generator a process runs: it yields events (or a number of time units to hold, the lean
 * form of `yield sim.timeout(delay)`) and returns `R`.
 */
export type ProcessBody<R = void> = Generator<SimEvent<any> | number, R, unknown>;

/** Thrown into a process at its current `yield` by {@link Process.interrupt}. */
export class Interrupt extends Error {
  /** Always "Interrupt". */
  override readonly name = "Interrupt";
  /** Why the process was interrupted (a {@link Preempted} for resource preemption). */
  override readonly cause: unknown;
  constructor(cause: unknown) {
    super("process interrupted");
    this.cause = cause;
  }
}

function startProcess(process: Process<unknown>): void {
  process.resumeWith(true, undefined);
}

function endHold(process: Process<unknown>): void {
  process.holdEntry = null;
  process.resumeWith(true, undefined);
}

interface PendingInterrupt {
  readonly process: Process<unknown>;
  readonly interrupt: Interrupt;
}

function deliverInterrupt(pending: PendingInterrupt): void {
  pending.process.receiveInterrupt(pending.interrupt);
}

/**
 * A running generator. Create with `sim.process(body)`.
 *
 * @example
 * function* truck(sim: Simulation, lane: Resource) {
 *   const slot = yield* lane.request();
 *   yield sim.timeout(15);
 *   lane.release(slot);
 *   return sim.now;
 * }
 * const sim = new Simulation();
 * const lane = new Resource(sim, { capacity: 1, name: "lane" });
 * const first = sim.process(truck(sim, lane));
 * const second = sim.process(truck(sim, lane));
 * sim.run();
 * [first.value, second.value]; // [15, 30] (the second waits for the lane)
 */
// Not `implements EventWaiter`: that kernel interface is left out of the published types, and
// the class satisfies it structurally.
export class Process<R = void> extends SimEvent<R> {
  // perf: fields assigned in the constructor, not class-field initialisers (see SimEvent;
  // bench/kernel: M/M/c through generator processes).
  /** The name given to `sim.process(body, name)` (default "process"), used in error messages. */
  declare readonly name: string;
  declare private readonly body: ProcessBody<R>;
  /** The event this process is waiting for, or null while running or finished. */
  declare private target: SimEvent<unknown> | null;
  /**
   * The calendar entry ending a `yield delay` hold, while holding.
   * @internal
   */
  declare holdEntry: ScheduledEvent | null;

  constructor(sim: Simulation, body: ProcessBody<R>, name = "process") {
    super(sim);
    if (body === null || typeof body !== "object" || typeof body.next !== "function") {
      throw new SimulationError(
        "INVALID_ARGUMENT",
        `Simulation.process: expected a generator object (call the generator function), received ${typeof body}`,
        sim.now,
      );
    }
    this.name = name;
    this.body = body;
    this.target = null;
    this.holdEntry = null;
    sim.schedule(0, startProcess, this);
  }

  /** True while the generator has not returned or thrown. */
  get isAlive(): boolean {
    return !this.triggered;
  }

  /**
   * The awaited event was processed.
   * @internal
   */
  onEvent(event: SimEvent<unknown>): void {
    if (event !== this.target) return;
    this.target = null;
    this.resumeWith(event.ok, event.ok ? event.value : event.error);
  }

  /**
   * Throws an {@link Interrupt} carrying `cause` into the process at its current `yield`, at
   * the current time ahead of ordinary events. The event it waited for no longer resumes it.
   * @throws SimulationError PROCESS_FINISHED when the process has already ended.
   */
  interrupt(cause: unknown = null): void {
    if (!this.isAlive) {
      throw new SimulationError(
        "PROCESS_FINISHED",
        `Process.interrupt: expected a live process, received "${this.name}" which has finished`,
        this.sim.now,
      );
    }
    const pending: PendingInterrupt = {
      process: this as Process<unknown>,
      interrupt: new Interrupt(cause),
    };
    this.sim.schedule(0, deliverInterrupt, pending, Priority.URGENT);
  }

  /**
   * Delivers a scheduled interrupt unless the process ended meanwhile.
   * @internal
   */
  receiveInterrupt(interrupt: Interrupt): void {
    if (!this.isAlive) return;
    if (this.target !== null) {
      this.target.removeWaiter(this);
      this.target = null;
    }
    if (this.holdEntry !== null) {
      this.sim.cancel(this.holdEntry);
      this.holdEntry = null;
    }
    this.resumeWith(false, interrupt);
  }

  /**
   * Runs the generator until it waits for a pending event or ends.
   * @internal
   */
  resumeWith(ok: boolean, payload: unknown): void {
    const sim = this.sim;
    const body = this.body;
    // perf: activeProcess is set once per resumption, not once per generator step, and is
    // restored on every way out (bench/kernel: M/M/c through generator processes).
    const previous = sim.runningProcess;
    sim.runningProcess = this as Process<unknown>;
    for (;;) {
      let step: IteratorResult<SimEvent<any> | number, R>;
      try {
        step = ok ? body.next(payload) : body.throw(payload);
      } catch (error) {
        sim.runningProcess = previous;
        this.fail(error);
        return;
      }
      if (step.done === true) {
        sim.runningProcess = previous;
        this.succeed(step.value);
        return;
      }
      const awaited = step.value;
      if (typeof awaited === "number") {
        // perf: a hold schedules the process itself, with no Timeout event and no waiter
        // bookkeeping (bench/kernel: M/M/c through generator processes).
        if (awaited >= 0 && awaited < Number.POSITIVE_INFINITY) {
          sim.runningProcess = previous;
          this.holdEntry = sim.schedule(awaited, endHold, this as Process<unknown>);
          return;
        }
        ok = false;
        payload = new SimulationError(
          "INVALID_DELAY",
          `process "${this.name}": yielded delay expected a finite number >= 0, received ${awaited}`,
          sim.now,
        );
        continue;
      }
      // perf: a brand on SimEvent.prototype instead of `instanceof` (bench/kernel: M/M/c
      // through generator processes).
      if (
        awaited === null ||
        typeof awaited !== "object" ||
        awaited.isSimEvent !== true ||
        awaited.sim !== sim
      ) {
        ok = false;
        payload = new SimulationError(
          "INVALID_YIELD",
          `process "${this.name}": expected to yield an event of this simulation, received ${awaited === null ? "null" : typeof awaited}`,
          sim.now,
        );
        continue;
      }
      if (awaited.state === EventState.PROCESSED) {
        // Already happened: continue at once with its outcome.
        ok = awaited.ok;
        if (!ok) awaited.defused = true;
        payload = ok ? awaited.value : awaited.error;
        continue;
      }
      sim.runningProcess = previous;
      this.target = awaited;
      awaited.addWaiter(this);
      return;
    }
  }
}
