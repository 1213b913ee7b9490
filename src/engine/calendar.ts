/**
 * The event calendar: a tinyqueue heap of scheduled entries ordered by (time, priority,
 * insertion sequence), with lazy cancellation and the fast path that lets the first entry an
 * action schedules take the place of the running entry at the top. The simulation's event loop
 * reads `heap` directly; everything else goes through the methods.
 */
import TinyQueue from "tinyqueue";
import {
  compareScheduled,
  MAX_PRIORITY,
  MAX_SEQUENCE,
  MIN_PRIORITY,
  orderingKey,
  ScheduledEvent,
  type ScheduledEventFlags,
} from "./scheduled-event.js";
import { invalidPriority, sequenceExhausted } from "./simulation-errors.js";

/**
 * The calendar of one simulation.
 * @internal
 */
export class Calendar {
  readonly heap = new TinyQueue<ScheduledEvent>([], compareScheduled);
  /**
   * True while the entry being run is still at the top of the heap: the first entry its action
   * schedules takes its place (see {@link add}); otherwise the loop pops it afterwards.
   */
  runningTop = false;
  /** Cancelled entries still in the heap (skipped when they reach the top). */
  cancelledPending = 0;
  private sequence = 0;

  /** Entries waiting (cancelled ones and the running one excluded). */
  get pending(): number {
    return this.heap.length - this.cancelledPending - (this.runningTop ? 1 : 0);
  }

  /**
   * Adds an entry calling `fn(arg)` at `time` (validated by the caller) with `priority`.
   * @throws SimulationError INVALID_PRIORITY; EVENT_BUDGET_EXCEEDED when sequences run out.
   */
  add<A>(
    time: number,
    fn: (arg: A) => void,
    arg: A | undefined,
    priority: number,
    now: number,
  ): ScheduledEvent {
    if (
      priority !== 0 &&
      !(Number.isInteger(priority) && priority >= MIN_PRIORITY && priority <= MAX_PRIORITY)
    ) {
      throw invalidPriority(priority, now);
    }
    const sequence = this.sequence++;
    if (sequence > MAX_SEQUENCE) throw sequenceExhausted(now);
    // perf: at the default priority the key is the sequence number itself, a small integer
    // (Smi) that V8 stores in the entry, where orderingKey's arithmetic returns a
    // heap-allocated double (bench/kernel: hold +2–8 %, M/M/c +1–4 %).
    const key = priority === 0 ? sequence : orderingKey(priority, sequence);
    const entry = new ScheduledEvent(time, key, fn, arg);
    if (this.runningTop) this.replaceRunningTop(entry);
    else this.heap.push(entry);
    return entry;
  }

  /** Withdraws an entry (lazily: it is skipped when it reaches the top). */
  cancel(entry: ScheduledEvent): void {
    if (entry.cancelled || entry.done) return;
    (entry as ScheduledEventFlags).cancelled = true;
    this.cancelledPending += 1;
  }

  /** Time of the next entry that will run, or Infinity; drops cancelled entries on the way. */
  nextTime(): number {
    const heap = this.heap;
    this.popRunningTop();
    for (;;) {
      const top = heap.peek();
      if (top === undefined) return Number.POSITIVE_INFINITY;
      if (!top.cancelled) return top.time;
      heap.pop();
      (top as ScheduledEventFlags).done = true;
      this.cancelledPending -= 1;
    }
  }

  /** Removes the entry being run from the top of the heap, if it is still there. */
  popRunningTop(): void {
    if (this.runningTop) {
      this.runningTop = false;
      this.heap.pop();
    }
  }

  /**
   * Puts `entry` in place of the finished entry at the top of the heap and restores the heap
   * order with tinyqueue's own sift-down (`_down`, not in its type declarations; pinned by
   * test/engine/fast-paths.test.ts). Falls back to pop and push if a tinyqueue version lacks it.
   */
  private replaceRunningTop(entry: ScheduledEvent): void {
    this.runningTop = false;
    const heap = this.heap as TinyQueue<ScheduledEvent> & Partial<SiftDown>;
    if (heap._down === undefined) {
      heap.pop();
      heap.push(entry);
      return;
    }
    heap.data[0] = entry;
    heap._down(0);
  }
}

/** tinyqueue's internal sift-down: restores the heap order below position `pos`. */
interface SiftDown {
  _down(pos: number): void;
}
