/**
 * Store: a finite FIFO buffer of items (a yard of N truck slots). `put` blocks while the store
 * is full, so a full yard holds trucks upstream; `get` blocks while it is empty. Waiting puts
 * and gets are served first come, first served, each side blocking behind its head.
 */

import { renderValue } from "../common/index.js";
import { checkOptions, checkSimulation } from "./argument-checks.js";
import { BufferRequest, type BufferRequestFields, BufferRequestStatus } from "./buffer-request.js";
import { SimulationError } from "./errors.js";
import { type LevelObserver, notifyLevel } from "./observer.js";
import type { Simulation } from "./simulation.js";
import { FifoLine } from "./waiting-line.js";

/** Options of a store. */
export interface StoreOptions {
  /** Maximum number of items held: an integer >= 0, or Infinity (default). */
  readonly capacity?: number;
  /** Name used in error messages (default "store"). */
  readonly name?: string;
}

/**
 * A FIFO buffer of items with blocking put and get.
 *
 * @example
 * const sim = new Simulation();
 * const yard = new Store<string>(sim, { capacity: 2, name: "yard" });
 * sim.process(
 *   (function* () {
 *     for (const truck of ["A", "B", "C"]) yield yard.put(truck); // waits while the yard is full
 *   })(),
 * );
 * sim.process(
 *   (function* () {
 *     yield 10;
 *     const next = yield* yard.get(); // waits while it is empty
 *     console.log(`${next} left at ${sim.now}`);
 *   })(),
 * );
 * sim.run(); // prints "A left at 10"
 * yard.level; // 2 (C took the freed place)
 */
// Not `implements Withdrawable`: its one method is internal, so the published class would not
// satisfy it; the class satisfies it structurally inside the kernel.
export class Store<T> {
  /** The simulation the store belongs to. */
  readonly sim: Simulation;
  /** Name used in error messages. */
  readonly name: string;
  /** Maximum number of items held (Infinity when unbounded). */
  readonly capacity: number;
  private readonly items = new FifoItems<T>();
  private readonly puts = new FifoLine<BufferRequest<T, void>>();
  private readonly gets = new FifoLine<BufferRequest<void, T>>();
  private seq = 0;
  private settling = false;
  private readonly levelObservers: LevelObserver[] = [];
  private readonly blockedObservers: LevelObserver[] = [];
  private readonly waitingObservers: LevelObserver[] = [];

  constructor(sim: Simulation, options: StoreOptions = {}) {
    checkSimulation(sim, "Store");
    checkOptions(options, "Store");
    this.sim = sim;
    this.name = options.name ?? "store";
    const capacity = options.capacity ?? Number.POSITIVE_INFINITY;
    if (!(capacity === Number.POSITIVE_INFINITY || (Number.isInteger(capacity) && capacity >= 0))) {
      throw new SimulationError(
        "INVALID_CAPACITY",
        `Store "${this.name}": capacity expected an integer >= 0 or Infinity, received ${renderValue(capacity)}`,
        sim.now,
      );
    }
    this.capacity = capacity;
  }

  /** Items held now. */
  get level(): number {
    return this.items.length;
  }

  /** Puts waiting for space (e.g. trucks held on the road). */
  get blockedPuts(): number {
    return this.puts.length;
  }

  /** Gets waiting for an item. */
  get waitingGets(): number {
    return this.gets.length;
  }

  /** Puts and gets waiting, together (what a {@link ResourceMonitor} counts as the queue). */
  get waiting(): number {
    return this.puts.length + this.gets.length;
  }

  /** Subscribes to the number of items held. */
  observeLevel(observer: LevelObserver): this {
    this.levelObservers.push(observer);
    return this;
  }

  /** Subscribes to the number of puts blocked by a full store. */
  observeBlockedPuts(observer: LevelObserver): this {
    this.blockedObservers.push(observer);
    return this;
  }

  /** Subscribes to the number of puts and gets waiting, together. */
  observeWaiting(observer: LevelObserver): this {
    this.waitingObservers.push(observer);
    return this;
  }

  /** Process path: an event that succeeds once `item` is in the store. */
  put(item: T): BufferRequest<T, void> {
    return this.enqueuePut(item, null);
  }

  /** Callback path: `onAccepted()` runs once `item` is in the store (synchronously if space). */
  offer(item: T, onAccepted: (() => void) | null = null): BufferRequest<T, void> {
    return this.enqueuePut(item, onAccepted ?? noop);
  }

  /** Process path: an event that succeeds with the oldest item. */
  get(): BufferRequest<void, T> {
    return this.enqueueGet(null);
  }

  /** Callback path: `onItem(item)` runs with the oldest item (synchronously if one is there). */
  take(onItem: (item: T) => void): BufferRequest<void, T> {
    return this.enqueueGet(onItem);
  }

  /**
   * A waiting put or get gave up (called by its `cancel()`).
   * @internal
   */
  withdraw(request: BufferRequest<any, any>): void {
    (request as BufferRequestFields).status = BufferRequestStatus.CANCELLED;
    if (request.isPut) {
      this.puts.withdrawn();
      this.notifyBlocked();
    } else {
      this.gets.withdrawn();
    }
    this.notifyWaiting();
  }

  private enqueuePut(item: T, onDone: (() => void) | null): BufferRequest<T, void> {
    const request = new BufferRequest<T, void>(this.sim, this, this.seq++, true, item, onDone);
    this.puts.push(request);
    this.notifyBlocked();
    this.notifyWaiting();
    this.settle();
    return request;
  }

  private enqueueGet(onDone: ((item: T) => void) | null): BufferRequest<void, T> {
    const request = new BufferRequest<void, T>(
      this.sim,
      this,
      this.seq++,
      false,
      undefined,
      onDone,
    );
    this.gets.push(request);
    this.notifyWaiting();
    this.settle();
    return request;
  }

  private settle(): void {
    // Trampoline: callbacks that put or get synchronously re-enter here; the outer loop serves.
    if (this.settling) return;
    this.settling = true;
    try {
      let progressed = true;
      while (progressed) {
        progressed = false;
        while (this.puts.length !== 0 && this.items.length < this.capacity) {
          const put = this.puts.shift()!;
          this.items.push(put.payload);
          this.notifyLevel();
          this.notifyBlocked();
          this.notifyWaiting();
          put.complete(undefined);
          progressed = true;
        }
        while (this.gets.length !== 0 && this.items.length !== 0) {
          const get = this.gets.shift()!;
          const item = this.items.shift();
          this.notifyLevel();
          this.notifyWaiting();
          get.complete(item);
          progressed = true;
        }
      }
    } finally {
      this.settling = false;
    }
  }

  private notifyLevel(): void {
    if (this.levelObservers.length !== 0)
      notifyLevel(this.levelObservers, this.sim.now, this.items.length);
  }

  private notifyBlocked(): void {
    if (this.blockedObservers.length !== 0)
      notifyLevel(this.blockedObservers, this.sim.now, this.puts.length);
  }

  private notifyWaiting(): void {
    if (this.waitingObservers.length !== 0)
      notifyLevel(this.waitingObservers, this.sim.now, this.puts.length + this.gets.length);
  }
}

function noop(): void {}

/** A FIFO of items with amortised O(1) shift. */
class FifoItems<T> {
  private items: T[] = [];
  private head = 0;
  get length(): number {
    return this.items.length - this.head;
  }
  push(item: T): void {
    this.items.push(item);
  }
  shift(): T {
    const item = this.items[this.head]!;
    this.head += 1;
    if (this.head === this.items.length) {
      this.items = [];
      this.head = 0;
    } else if (this.head > 1024 && this.head * 2 > this.items.length) {
      this.items = this.items.slice(this.head);
      this.head = 0;
    }
    return item;
  }
}
