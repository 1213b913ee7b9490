/**
 * Container: a finite level of a homogeneous quantity (free yard slots, fuel, pallets). `put`
 * blocks while the amount would overflow the capacity, `get` while the level is too low; each
 * side is served first come, first served, blocking behind its head (no overtaking).
 */

import { renderValue } from "../common/index.js";
import { checkOptions, checkSimulation } from "./argument-checks.js";
import { BufferRequest, type BufferRequestFields, BufferRequestStatus } from "./buffer-request.js";
import { SimulationError } from "./errors.js";
import { type LevelObserver, notifyLevel } from "./observer.js";
import type { Simulation } from "./simulation.js";
import { FifoLine } from "./waiting-line.js";

/** Options of a container. */
export interface ContainerOptions {
  /** Maximum level: a number > 0, or Infinity (default). */
  readonly capacity?: number;
  /** Starting level (default 0). */
  readonly initial?: number;
  /** Name used in error messages (default "container"). */
  readonly name?: string;
}

/**
 * A level with blocking put and get of amounts.
 *
 * @example
 * const sim = new Simulation();
 * const slots = new Container(sim, { capacity: 2, initial: 2, name: "yard slots" });
 * function* truck(stay: number) {
 *   yield slots.get(1); // take a slot, waiting while none is free
 *   yield stay;
 *   slots.put(1); // give it back
 *   return sim.now;
 * }
 * const trucks = [truck(30), truck(10), truck(5)].map((body) => sim.process(body));
 * sim.run();
 * trucks.map((done) => done.value); // [30, 10, 15] (the third waits for the second's slot)
 */
// Not `implements Withdrawable` (see Store).
export class Container {
  /** The simulation the container belongs to. */
  readonly sim: Simulation;
  /** Name used in error messages. */
  readonly name: string;
  /** Maximum level (Infinity when unbounded). */
  readonly capacity: number;
  private levelNow: number;
  private readonly puts = new FifoLine<BufferRequest<number, number>>();
  private readonly gets = new FifoLine<BufferRequest<number, number>>();
  private seq = 0;
  private settling = false;
  private readonly levelObservers: LevelObserver[] = [];
  private readonly waitingObservers: LevelObserver[] = [];

  constructor(sim: Simulation, options: ContainerOptions = {}) {
    checkSimulation(sim, "Container");
    checkOptions(options, "Container");
    this.sim = sim;
    this.name = options.name ?? "container";
    const capacity = options.capacity ?? Number.POSITIVE_INFINITY;
    if (!(typeof capacity === "number" && capacity > 0)) {
      throw new SimulationError(
        "INVALID_CAPACITY",
        `Container "${this.name}": capacity expected a number > 0 or Infinity, received ${renderValue(capacity)}`,
        sim.now,
      );
    }
    const initial = options.initial ?? 0;
    if (!(initial >= 0 && initial <= capacity)) {
      throw new SimulationError(
        "INVALID_AMOUNT",
        `Container "${this.name}": initial expected a number in [0, ${capacity}], received ${renderValue(initial)}`,
        sim.now,
      );
    }
    this.capacity = capacity;
    this.levelNow = initial;
  }

  /** Current level. */
  get level(): number {
    return this.levelNow;
  }

  /** Puts and gets waiting, together (what a {@link ResourceMonitor} counts as the queue). */
  get waiting(): number {
    return this.puts.length + this.gets.length;
  }

  /** Subscribes to the level. */
  observeLevel(observer: LevelObserver): this {
    this.levelObservers.push(observer);
    return this;
  }

  /** Subscribes to the number of puts and gets waiting, together. */
  observeWaiting(observer: LevelObserver): this {
    this.waitingObservers.push(observer);
    return this;
  }

  /**
   * Adds `amount`, waiting while it would overflow; the event's value is the amount.
   * @throws SimulationError INVALID_AMOUNT unless 0 < amount <= capacity.
   */
  put(
    amount: number,
    onDone: ((amount: number) => void) | null = null,
  ): BufferRequest<number, number> {
    this.checkAmount(amount, "put");
    const request = new BufferRequest<number, number>(
      this.sim,
      this,
      this.seq++,
      true,
      amount,
      onDone,
    );
    this.puts.push(request);
    this.notifyWaiting();
    this.settle();
    return request;
  }

  /**
   * Removes `amount`, waiting while the level is too low; the event's value is the amount.
   * @throws SimulationError INVALID_AMOUNT unless 0 < amount <= capacity.
   */
  get(
    amount: number,
    onDone: ((amount: number) => void) | null = null,
  ): BufferRequest<number, number> {
    this.checkAmount(amount, "get");
    const request = new BufferRequest<number, number>(
      this.sim,
      this,
      this.seq++,
      false,
      amount,
      onDone,
    );
    this.gets.push(request);
    this.notifyWaiting();
    this.settle();
    return request;
  }

  /**
   * A waiting put or get gave up (called by its `cancel()`).
   * @internal
   */
  withdraw(request: BufferRequest<any, any>): void {
    (request as BufferRequestFields).status = BufferRequestStatus.CANCELLED;
    if (request.isPut) this.puts.withdrawn();
    else this.gets.withdrawn();
    this.notifyWaiting();
    // A withdrawn head may have blocked others behind it.
    this.settle();
  }

  private checkAmount(amount: number, what: string): void {
    if (!(amount > 0 && amount <= this.capacity)) {
      throw new SimulationError(
        "INVALID_AMOUNT",
        `Container "${this.name}".${what}: amount expected a number in (0, ${this.capacity}], received ${renderValue(amount)}`,
        this.sim.now,
      );
    }
  }

  private settle(): void {
    if (this.settling) return;
    this.settling = true;
    try {
      let progressed = true;
      while (progressed) {
        progressed = false;
        let put = this.puts.peek();
        while (put !== undefined && this.levelNow + put.payload <= this.capacity) {
          this.puts.shift();
          this.levelNow += put.payload;
          this.notify();
          this.notifyWaiting();
          put.complete(put.payload);
          progressed = true;
          put = this.puts.peek();
        }
        let get = this.gets.peek();
        while (get !== undefined && this.levelNow >= get.payload) {
          this.gets.shift();
          this.levelNow -= get.payload;
          this.notify();
          this.notifyWaiting();
          get.complete(get.payload);
          progressed = true;
          get = this.gets.peek();
        }
      }
    } finally {
      this.settling = false;
    }
  }

  private notify(): void {
    if (this.levelObservers.length !== 0)
      notifyLevel(this.levelObservers, this.sim.now, this.levelNow);
  }

  private notifyWaiting(): void {
    if (this.waitingObservers.length !== 0)
      notifyLevel(this.waitingObservers, this.sim.now, this.puts.length + this.gets.length);
  }
}
