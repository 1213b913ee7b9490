/**
 * The simulation instance: it owns the clock and the event calendar (a tinyqueue ordered by
 * time, priority and insertion sequence) and runs the event loop. No global state: any number
 * of simulations can run side by side in one process.
 */
import { renderValue } from "../common/index.js";
import { checkEvents, checkFunction, checkOptions, invalidArgument } from "./argument-checks.js";
import { Calendar } from "./calendar.js";
import { AllOf, AnyOf, type FirstOf, type ValuesOf } from "./condition.js";
import { SimulationError } from "./errors.js";
import { SimEvent, Timeout } from "./event.js";
import { Process, type ProcessBody } from "./process.js";
import {
  positiveCount,
  type RunOptions,
  type RunResult,
  type SimulationOptions,
  type StopReason,
} from "./run-options.js";
import { ScheduledEvent, type ScheduledEventFlags } from "./scheduled-event.js";
import {
  brokenSimulation,
  invalidDelay,
  invalidUntil,
  reentrantRun,
  runaway,
  scheduleInPast,
} from "./simulation-errors.js";

/**
 * A discrete-event simulation.
 *
 * Same-time order: events at equal times run by ascending priority (lower first), then in the
 * order they were scheduled. This order is total, so a run is reproducible.
 *
 * @example
 * const sim = new Simulation();
 * sim.schedule(5, () => console.log(`at ${sim.now}`));
 * sim.run(); // prints "at 5"
 */
export class Simulation {
  /** The clock, written only by the event loop (and by `run({ until })` at its end). */
  // perf: a private field behind the `now` getter, which V8 inlines at monomorphic call sites;
  // the loop keeps the time in a local and stores it here once per new instant. Measured A/B
  // against the public writable field it replaced (bench/kernel: hold, M/M/c callback and
  // process; bench/scenarios: smart-doubled 30 d): no difference beyond noise (README).
  #now: number;
  #eventsProcessed = 0;
  /**
   * The process whose generator is running right now, if any; written by `Process` on every
   * resumption. Read it through {@link activeProcess}.
   * @internal
   */
  runningProcess: Process<unknown> | null = null;

  private readonly calendar = new Calendar();
  /** Events run so far at the current instant, kept across run() calls and step(). */
  private sameTimeCount = 0;
  private stopRequested = false;
  private running = false;
  private brokenBy: unknown = null;
  private readonly maxEvents: number;
  private readonly maxEventsAtSameTime: number;

  constructor(options: SimulationOptions = {}) {
    checkOptions(options, "Simulation");
    const start = options.startTime ?? 0;
    if (!Number.isFinite(start)) {
      throw new SimulationError(
        "INVALID_ARGUMENT",
        `Simulation: startTime expected a finite number, received ${renderValue(start)}`,
      );
    }
    this.#now = start;
    this.maxEvents = positiveCount(options.maxEvents, 2 ** 40, "maxEvents");
    this.maxEventsAtSameTime = positiveCount(
      options.maxEventsAtSameTime,
      10_000_000,
      "maxEventsAtSameTime",
    );
  }

  /** Current simulated time (read-only: only the event loop moves the clock). */
  get now(): number {
    return this.#now;
  }

  /** Total events processed since creation. */
  get eventsProcessed(): number {
    return this.#eventsProcessed;
  }

  /** The process whose generator is running right now (null in callbacks and between events). */
  get activeProcess(): Process<unknown> | null {
    return this.runningProcess;
  }

  /** Number of entries waiting in the calendar (cancelled ones excluded). */
  get pendingEvents(): number {
    return this.calendar.pending;
  }

  /**
   * Calls `fn(arg)` after `delay` time units: the callback fast path for hot model loops.
   * @throws SimulationError INVALID_DELAY for a negative, NaN or infinite delay;
   *   INVALID_PRIORITY for a priority outside [-1024, 1023] or not an integer.
   */
  schedule<A>(delay: number, fn: (arg: A) => void, arg?: A, priority = 0): ScheduledEvent {
    // perf: two typeof tests on the callback fast path (bench/kernel before/after in the README).
    if (!(typeof delay === "number" && delay >= 0 && delay < Number.POSITIVE_INFINITY)) {
      throw invalidDelay("schedule", delay, this.#now);
    }
    if (typeof fn !== "function") checkFunction(fn, "Simulation.schedule", "fn", this.#now);
    return this.calendar.add(this.#now + delay, fn, arg, priority, this.#now);
  }

  /**
   * Calls `fn(arg)` at absolute simulated `time`.
   * @throws SimulationError SCHEDULE_IN_PAST when `time` is before `now`; INVALID_DELAY when not finite.
   */
  scheduleAt<A>(time: number, fn: (arg: A) => void, arg?: A, priority = 0): ScheduledEvent {
    if (!Number.isFinite(time)) throw invalidDelay("scheduleAt", time, this.#now);
    if (typeof fn !== "function") checkFunction(fn, "Simulation.scheduleAt", "fn", this.#now);
    if (time < this.#now) throw scheduleInPast(time, this.#now);
    return this.calendar.add(time, fn, arg, priority, this.#now);
  }

  /** Withdraws a scheduled entry (lazily: it is skipped when it reaches the top). */
  cancel(entry: ScheduledEvent): void {
    if (!(entry instanceof ScheduledEvent)) {
      throw invalidArgument(
        "Simulation.cancel",
        "entry",
        "an entry returned by schedule",
        entry,
        this.#now,
      );
    }
    this.calendar.cancel(entry);
  }

  /** A new pending event that model code triggers with `succeed` or `fail`. */
  event<T = void>(): SimEvent<T> {
    return new SimEvent<T>(this);
  }

  /** An event that succeeds with `value` after `delay`. */
  timeout(delay: number): Timeout<void>;
  timeout<T>(delay: number, value: T): Timeout<T>;
  timeout<T>(delay: number, value?: T): Timeout<T | undefined> {
    return new Timeout<T | undefined>(this, delay, value);
  }

  /** Starts a process running `body` (a generator object) at the current time. */
  process<R>(body: ProcessBody<R>, name?: string): Process<R> {
    return new Process<R>(this, body, name);
  }

  /** An event that succeeds when all `events` have succeeded, with their values in order. */
  allOf<const T extends readonly SimEvent<any>[]>(events: T): SimEvent<ValuesOf<T>> {
    checkEvents(events, this, "Simulation.allOf", this.#now);
    return new AllOf(this, events);
  }

  /**
   * An event that succeeds when the first of `events` succeeds, with its index and value.
   * @throws SimulationError INVALID_ARGUMENT for an empty list (it could never happen).
   */
  anyOf<const T extends readonly SimEvent<any>[]>(events: T): SimEvent<FirstOf<T>> {
    checkEvents(events, this, "Simulation.anyOf", this.#now);
    if (events.length === 0) {
      throw new SimulationError(
        "INVALID_ARGUMENT",
        "Simulation.anyOf: events expected at least one event, received an empty list",
        this.#now,
      );
    }
    return new AnyOf(this, events);
  }

  /** Asks the current run to return after the event being processed. */
  stop(): void {
    this.stopRequested = true;
  }

  /** Time of the next event that will run, or Infinity when none is pending. */
  peek(): number {
    return this.calendar.nextTime();
  }

  /** Processes exactly one event; returns false when the calendar is empty. */
  step(): boolean {
    if (this.peek() === Number.POSITIVE_INFINITY) return false;
    this.run({ stopWhen: () => true });
    return true;
  }

  /**
   * Runs the event loop until the calendar is empty, `until` is reached, `stop()` is called or
   * `stopWhen` returns true.
   * @throws SimulationError EVENT_BUDGET_EXCEEDED / ZERO_TIME_LOOP for runaway models (the
   *   message names the event count and the simulated time); INVALID_UNTIL for an `until` in
   *   the past; SIMULATION_BROKEN after a previous run ended in an error; and any error thrown
   *   by model code, after which the simulation is broken.
   */
  run(options: RunOptions = {}): RunResult {
    this.assertRunnable();
    checkOptions(options, "Simulation.run", this.#now);
    const until = options.until ?? Number.POSITIVE_INFINITY;
    if (!(typeof until === "number" && until >= this.#now)) throw invalidUntil(until, this.#now);
    const stopWhen = options.stopWhen;
    if (stopWhen !== undefined) checkFunction(stopWhen, "Simulation.run", "stopWhen", this.#now);
    const calendar = this.calendar;
    const heap = calendar.heap;
    const maxEvents = this.maxEvents;
    const maxSameTime = this.maxEventsAtSameTime;
    const startCount = this.#eventsProcessed;
    let count = startCount;
    let now = this.#now;
    let sameTime = this.sameTimeCount;
    let reason: StopReason = "exhausted";
    this.running = true;
    this.stopRequested = false;
    try {
      // perf: fields held in locals and one comparator call per heap level (bench/kernel: hold).
      while (heap.length !== 0) {
        const entry = heap.peek()!;
        if (entry.cancelled) {
          heap.pop();
          (entry as ScheduledEventFlags).done = true;
          calendar.cancelledPending -= 1;
          continue;
        }
        if (entry.time > until) {
          reason = "until";
          break;
        }
        if (count === maxEvents) {
          throw runaway(
            "EVENT_BUDGET_EXCEEDED",
            count,
            `event budget of ${maxEvents} used up`,
            now,
          );
        }
        if (entry.time !== now) {
          now = entry.time;
          this.#now = now;
          sameTime = 0;
        } else if (++sameTime >= maxSameTime) {
          throw runaway(
            "ZERO_TIME_LOOP",
            count,
            `more than ${maxSameTime} events at one instant`,
            now,
          );
        }
        count += 1;
        (entry as ScheduledEventFlags).done = true;
        // perf: the entry stays at the top while its action runs, and the first entry the
        // action schedules replaces it with one sift-down, instead of a pop (sift-down) and a
        // push (sift-up). Most actions schedule at least one successor, so most events cost
        // one heap pass (bench/kernel: hold +4–20 %, M/M/c callback +26 %, process +10 %).
        calendar.runningTop = true;
        entry.fn(entry.arg);
        if (calendar.runningTop) {
          calendar.runningTop = false;
          heap.pop();
        }
        if (this.stopRequested) {
          reason = "stopped";
          break;
        }
        if (stopWhen?.()) {
          reason = "condition";
          break;
        }
      }
    } catch (error) {
      calendar.popRunningTop();
      this.brokenBy = error;
      throw error;
    } finally {
      this.running = false;
      this.#eventsProcessed = count;
      this.sameTimeCount = sameTime;
    }
    if (reason === "exhausted" && until !== Number.POSITIVE_INFINITY) reason = "until";
    if (reason === "until" && until !== this.#now) {
      this.#now = until;
      this.sameTimeCount = 0;
    }
    return { reason, time: this.#now, events: count - startCount };
  }

  private assertRunnable(): void {
    if (this.running) throw reentrantRun(this.#now);
    if (this.brokenBy !== null) throw brokenSimulation(this.brokenBy, this.#now);
  }
}
