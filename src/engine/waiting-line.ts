/**
 * Waiting lines for resources and buffers: FIFO, or by priority then arrival. Cancelled
 * entries are removed lazily (skipped when they reach the head), so reneging is O(1).
 */
import TinyQueue from "tinyqueue";

/** What a waiting line holds. */
export interface Waiter {
  /** Lower values are served first in a priority line. */
  readonly priority: number;
  /** Arrival order, the tie-breaker. */
  readonly seq: number;
  /** True once withdrawn; skipped when reaching the head. */
  isWithdrawn(): boolean;
}

/**
 * A waiting line with lazy removal.
 * @internal
 */
export interface WaitingLine<W extends Waiter> {
  /** Waiters still waiting (withdrawn ones excluded). */
  readonly length: number;
  push(waiter: W): void;
  /** The next waiter to serve, without removing it; undefined when empty. */
  peek(): W | undefined;
  /** Removes and returns the next waiter to serve; undefined when empty. */
  shift(): W | undefined;
  /** Tells the line that a waiter in it was withdrawn. */
  withdrawn(): void;
}

/**
 * First come, first served.
 * @internal
 */
export class FifoLine<W extends Waiter> implements WaitingLine<W> {
  length = 0;
  private items: (W | undefined)[] = [];
  private head = 0;

  push(waiter: W): void {
    this.items.push(waiter);
    this.length += 1;
  }

  peek(): W | undefined {
    this.skipWithdrawn();
    return this.items[this.head];
  }

  shift(): W | undefined {
    this.skipWithdrawn();
    if (this.head >= this.items.length) return undefined;
    const waiter = this.items[this.head]!;
    this.items[this.head] = undefined;
    this.head += 1;
    this.length -= 1;
    this.compact();
    return waiter;
  }

  withdrawn(): void {
    this.length -= 1;
  }

  private skipWithdrawn(): void {
    const items = this.items;
    while (this.head < items.length && items[this.head]!.isWithdrawn()) {
      items[this.head] = undefined;
      this.head += 1;
    }
  }

  private compact(): void {
    // perf: drop the consumed prefix only when it dominates, keeping shift amortised O(1).
    if (this.head > 1024 && this.head * 2 > this.items.length) {
      this.items = this.items.slice(this.head);
      this.head = 0;
    } else if (this.head === this.items.length) {
      this.items.length = 0;
      this.head = 0;
    }
  }
}

function byPriorityThenArrival(a: Waiter, b: Waiter): number {
  return a.priority - b.priority || a.seq - b.seq;
}

/**
 * Lowest priority value first; equal priorities first come, first served.
 * @internal
 */
export class PriorityLine<W extends Waiter> implements WaitingLine<W> {
  length = 0;
  private readonly heap = new TinyQueue<W>([], byPriorityThenArrival);

  push(waiter: W): void {
    this.heap.push(waiter);
    this.length += 1;
  }

  peek(): W | undefined {
    this.skipWithdrawn();
    return this.heap.peek();
  }

  shift(): W | undefined {
    this.skipWithdrawn();
    const waiter = this.heap.pop();
    if (waiter !== undefined) this.length -= 1;
    return waiter;
  }

  withdrawn(): void {
    this.length -= 1;
  }

  private skipWithdrawn(): void {
    const heap = this.heap;
    while (heap.length > 0 && heap.peek()!.isWithdrawn()) heap.pop();
  }
}
