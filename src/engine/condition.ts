/**
 * Conditions: wait for all or for any of several events (SimPy's `AllOf` / `AnyOf`).
 */
import { SimEvent } from "./event.js";
import type { Simulation } from "./simulation.js";

/** The tuple of values of a tuple of events. */
export type ValuesOf<T extends readonly SimEvent<any>[]> = {
  -readonly [K in keyof T]: T[K] extends SimEvent<infer V> ? V : never;
};

/** What `anyOf` yields: which event fired first and its value. */
export interface FirstOf<T extends readonly SimEvent<any>[]> {
  /** Position of the first event to succeed in the events given. */
  readonly index: number;
  /** The value that event succeeded with. */
  readonly value: ValuesOf<T>[number];
}

/** Succeeds when every event has succeeded (values in order); fails with the first failure. */
// Not `implements EventWaiter` (a kernel interface left out of the published types): the class
// satisfies it structurally. The same holds for AnyOf.
export class AllOf<T extends readonly SimEvent<any>[]> extends SimEvent<ValuesOf<T>> {
  private remaining: number;
  constructor(
    sim: Simulation,
    private readonly events: T,
  ) {
    super(sim);
    this.remaining = events.length;
    if (this.remaining === 0) {
      this.succeed([] as unknown as ValuesOf<T>);
      return;
    }
    for (const event of events) {
      if (this.triggered) break;
      event.addWaiter(this);
    }
  }

  /**
   * One of the events was processed.
   * @internal
   */
  onEvent(event: SimEvent<unknown>): void {
    if (this.triggered) return;
    if (!event.ok) {
      this.detach();
      this.fail(event.error);
      return;
    }
    this.remaining -= 1;
    if (this.remaining === 0) {
      this.succeed(this.events.map((e) => e.value) as unknown as ValuesOf<T>);
    }
  }

  private detach(): void {
    for (const event of this.events) if (!event.processed) event.removeWaiter(this);
  }
}

/** Succeeds as soon as one event succeeds, with its index and value; fails if that one failed. */
export class AnyOf<T extends readonly SimEvent<any>[]> extends SimEvent<FirstOf<T>> {
  constructor(
    sim: Simulation,
    private readonly events: T,
  ) {
    super(sim);
    for (const event of events) {
      if (this.triggered) break;
      event.addWaiter(this);
    }
  }

  /**
   * One of the events was processed.
   * @internal
   */
  onEvent(event: SimEvent<unknown>): void {
    if (this.triggered) return;
    for (const other of this.events)
      if (other !== event && !other.processed) other.removeWaiter(this);
    if (!event.ok) {
      this.fail(event.error);
      return;
    }
    const index = this.events.indexOf(event as SimEvent<any>);
    this.succeed({ index, value: event.value as ValuesOf<T>[number] });
  }
}
