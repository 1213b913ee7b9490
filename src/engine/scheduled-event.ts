/**
 * One entry of the event calendar, and the total order the calendar keeps:
 * (time, priority, insertion sequence).
 *
 * tinyqueue is not a stable heap, so ties at equal time and priority must be broken by the
 * insertion sequence to make runs reproducible and same-time events FIFO.
 */

/** Lowest allowed priority value (runs first among events at the same time). */
export const MIN_PRIORITY = -1024;
/** Highest allowed priority value (runs last among events at the same time). */
export const MAX_PRIORITY = 1023;

/** Conventional priorities; lower values run first at equal simulated times. */
export const Priority = {
  /** Interrupts and kernel bookkeeping that must precede ordinary events at the same time. */
  URGENT: -1,
  /** The default priority of events and processes. */
  NORMAL: 0,
  /** Work that should see everything else that happens at the same time first. */
  LATE: 1,
} as const;

// perf: priority and sequence are packed into one double so the comparator does two
// subtractions instead of three field reads and branches (bench/kernel: hold model).
// key = priority · 2^41 + sequence: 2^41 sequence numbers (2.2e12 events) per priority level,
// keys in [-2^51, 2^51), exact in a double. The priority is not biased, so at the default
// priority 0 the key is the sequence number itself, which `Simulation` stores as a small
// integer (see Calendar.add; bench/kernel: hold).
const SEQUENCE_SPAN = 2 ** 41;

/**
 * Packs a priority and an insertion sequence number into one ordering key.
 * @internal
 */
export function orderingKey(priority: number, sequence: number): number {
  return priority * SEQUENCE_SPAN + sequence;
}

/**
 * The largest sequence number that still orders correctly.
 * @internal
 */
export const MAX_SEQUENCE = SEQUENCE_SPAN - 1;

/** A pending action in the calendar: call `fn(arg)` at simulated `time`. */
export class ScheduledEvent {
  // perf: fields `declare`d and assigned in the constructor, not class-field initialisers,
  // which tsc emits as define-semantics stores that V8 runs slower (bench/kernel: hold,
  // N = 100 / 10k, +5 % events/s).
  /** Simulated time at which the action runs. */
  declare readonly time: number;
  /**
   * Packed (priority, sequence) tie-breaker; see {@link orderingKey}.
   * @internal
   */
  declare readonly key: number;
  /** @internal */
  declare readonly fn: (arg: any) => void;
  /** @internal */
  declare readonly arg: unknown;
  /** Set by `Simulation.cancel`; the entry is skipped when it reaches the top (lazy deletion). */
  declare readonly cancelled: boolean;
  /** Set once the action has run (or was skipped as cancelled). */
  declare readonly done: boolean;

  constructor(time: number, key: number, fn: (arg: any) => void, arg: unknown) {
    this.time = time;
    this.key = key;
    this.fn = fn;
    this.arg = arg;
    this.cancelled = false;
    this.done = false;
  }
}

/**
 * The flags the simulation writes on its entries, which model code only reads.
 * @internal
 */
export interface ScheduledEventFlags {
  cancelled: boolean;
  done: boolean;
}

/**
 * Calendar order: earlier time first, then lower priority, then earlier insertion.
 * @internal
 */
export function compareScheduled(a: ScheduledEvent, b: ScheduledEvent): number {
  return a.time - b.time || a.key - b.key;
}
