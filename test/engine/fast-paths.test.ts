/**
 * The kernel's fast paths behave exactly like the plain ones: the running entry that stays at
 * the top of the calendar while its action runs, the callback-path `Seizure` next to the
 * process-path `ProcessRequest`, and the iterator behind `yield* event`.
 */
import TinyQueue from "tinyqueue";
import { describe, expect, it } from "vitest";
import {
  type Interrupt,
  MAX_PRIORITY,
  MIN_PRIORITY,
  ProcessRequest,
  Request,
  RequestStatus,
  Resource,
  Seizure,
  Simulation,
} from "../../src/engine/index.js";

describe("the running entry at the top of the calendar", () => {
  it("relies on tinyqueue's internal sift-down, which must stay available", () => {
    const queue = new TinyQueue<number>([5, 1, 3]) as TinyQueue<number> & {
      _down?: (pos: number) => void;
    };
    expect(typeof queue._down).toBe("function");
    queue.data[0] = 9;
    queue._down!(0);
    expect([queue.pop(), queue.pop(), queue.pop()]).toEqual([3, 5, 9]);
  });

  it("is neither pending nor visible to peek while its action runs", () => {
    const sim = new Simulation();
    const seen: Array<[number, number]> = [];
    sim.schedule(1, () => {
      seen.push([sim.pendingEvents, sim.peek()]);
      sim.schedule(3, () => seen.push([sim.pendingEvents, sim.peek()]));
      seen.push([sim.pendingEvents, sim.peek()]);
    });
    sim.schedule(2, () => seen.push([sim.pendingEvents, sim.peek()]));
    sim.run();
    expect(seen).toEqual([
      [1, 2],
      [2, 2],
      [1, 4],
      [0, Number.POSITIVE_INFINITY],
    ]);
  });

  it("keeps time, priority and scheduling order for everything an action schedules", () => {
    const sim = new Simulation();
    const trace: string[] = [];
    const log = (name: string) => trace.push(`${sim.now}:${name}`);
    sim.schedule(1, () => {
      log("first");
      sim.schedule(0, log, "late", MAX_PRIORITY);
      sim.schedule(0, log, "zero-a");
      sim.schedule(0, log, "urgent", MIN_PRIORITY);
      sim.schedule(0, log, "urgent-2", MIN_PRIORITY);
      sim.schedule(0, log, "zero-b");
      sim.schedule(1, log, "next");
    });
    sim.schedule(1, log, "second");
    sim.schedule(1, log, "before", -1);
    sim.run();
    expect(trace).toEqual([
      "1:before",
      "1:first",
      "1:urgent",
      "1:urgent-2",
      "1:second",
      "1:zero-a",
      "1:zero-b",
      "1:late",
      "2:next",
    ]);
  });

  it("is removed when its action throws, so the calendar stays consistent", () => {
    const sim = new Simulation();
    sim.schedule(1, () => {
      throw new Error("bad action");
    });
    sim.schedule(2, () => undefined);
    expect(() => sim.run()).toThrow("bad action");
    expect(sim.pendingEvents).toBe(1);
    expect(sim.peek()).toBe(2);
  });

  it("skips an entry cancelled by the action that scheduled it", () => {
    const sim = new Simulation();
    const ran: string[] = [];
    sim.schedule(1, () => {
      const soon = sim.schedule(1, () => ran.push("soon"));
      sim.schedule(2, () => ran.push("later"));
      sim.cancel(soon);
      expect(sim.pendingEvents).toBe(1);
    });
    sim.run();
    expect(ran).toEqual(["later"]);
    expect(sim.pendingEvents).toBe(0);
  });

  it("ignores a cancel of the entry that is running", () => {
    const sim = new Simulation();
    const ran: number[] = [];
    const self = sim.schedule(1, () => {
      sim.cancel(self);
      ran.push(sim.now);
      sim.schedule(1, () => ran.push(sim.now));
    });
    sim.run();
    expect(ran).toEqual([1, 2]);
    expect(sim.pendingEvents).toBe(0);
  });
});

describe("the two shapes of a resource request", () => {
  it("are both Requests: seize gives a Seizure, request gives a ProcessRequest event", () => {
    const sim = new Simulation();
    const lane = new Resource(sim, { capacity: 1 });
    const seized = lane.seize(() => undefined, 0, null, "truck 1");
    const requested = lane.request();
    expect(seized).toBeInstanceOf(Seizure);
    expect(requested).toBeInstanceOf(ProcessRequest);
    expect(seized instanceof Request).toBe(true);
    expect(requested instanceof Request).toBe(true);
    expect({} instanceof Request).toBe(false);
    expect(seized.payload).toBe("truck 1");
    expect(seized.owner).toBeNull();
    expect(requested.onGranted).toBeNull();
    expect(requested.payload).toBeUndefined();
    expect([seized.isGranted, requested.isGranted]).toEqual([true, false]);
  });

  it("share the holders, the waiting line and preemption", () => {
    const sim = new Simulation();
    const lane = new Resource(sim, { capacity: 1, discipline: "priority", preemptive: true });
    const trace: string[] = [];
    const first = lane.seize(
      () => trace.push(`${sim.now} seizure granted`),
      5,
      (preempted) => trace.push(`${sim.now} seizure preempted by seq ${preempted.by?.seq}`),
    );
    sim.process(
      (function* () {
        yield 2;
        const held = yield* lane.request(1);
        trace.push(`${sim.now} process granted, waited ${held.waitTime}`);
        yield 3;
        held.release();
        trace.push(`${sim.now} process released`);
      })(),
    );
    const later = lane.seize(() => trace.push(`${sim.now} second seizure granted`), 9);
    sim.run();
    expect(trace).toEqual([
      "0 seizure granted",
      "2 seizure preempted by seq 2",
      "2 process granted, waited 0",
      "5 second seizure granted",
      "5 process released",
    ]);
    expect(first.status).toBe(RequestStatus.PREEMPTED);
    expect(later.status).toBe(RequestStatus.GRANTED);
    expect(later.waitTime).toBe(5);
    later.cancel();
    expect(lane.inUse).toBe(0);
  });
});

describe("yield* on an event", () => {
  it("returns the value, throws the failure, and lets an interrupt through", () => {
    const sim = new Simulation();
    const booth = new Resource(sim, { capacity: 1 });
    const trace: string[] = [];
    booth.seize(() => undefined);
    const waiter = sim.process(
      (function* () {
        const value = yield* sim.timeout(1, "ok");
        trace.push(`${sim.now} got ${value}`);
        const broken = sim.event<number>();
        sim.schedule(1, () => broken.fail(new Error("scanner down")));
        try {
          yield* broken;
        } catch (error) {
          trace.push(`${sim.now} caught ${(error as Error).message}`);
        }
        try {
          yield* booth.request();
        } catch (error) {
          trace.push(`${sim.now} interrupted: ${String((error as Interrupt).cause)}`);
        }
      })(),
    );
    sim.schedule(5, () => waiter.interrupt("gate closed"));
    sim.run();
    expect(trace).toEqual(["1 got ok", "2 caught scanner down", "5 interrupted: gate closed"]);
  });
});
