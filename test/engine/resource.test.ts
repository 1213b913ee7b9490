import { describe, expect, it } from "vitest";
import {
  Container,
  Interrupt,
  type LevelObserver,
  Preempted,
  type Request,
  Resource,
  Simulation,
  SimulationError,
  Store,
} from "../../src/engine/index.js";

class LevelLog implements LevelObserver {
  readonly changes: Array<[number, number]> = [];
  update(time: number, level: number): void {
    this.changes.push([time, level]);
  }
}

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (error) {
    return error instanceof SimulationError ? error.code : String(error);
  }
  return undefined;
}

describe("a resource", () => {
  it("grants synchronously on the callback path and serves the line FIFO on release", () => {
    const sim = new Simulation();
    const lane = new Resource(sim, { capacity: 2 });
    const order: string[] = [];
    const held: Record<string, Request> = {};
    for (const name of ["a", "b", "c", "d"]) {
      lane.seize((request) => {
        order.push(`${sim.now}:${name}`);
        held[name] = request;
      });
    }
    expect(order).toEqual(["0:a", "0:b"]);
    expect(lane.queueLength).toBe(2);
    sim.schedule(3, () => lane.release(held.b!));
    sim.schedule(4, () => lane.release(held.a!));
    sim.run();
    expect(order).toEqual(["0:a", "0:b", "3:c", "4:d"]);
    expect(held.c!.waitTime).toBe(3);
  });

  it("serves a priority line by priority, then arrival", () => {
    const sim = new Simulation();
    const desk = new Resource(sim, { capacity: 1, discipline: "priority" });
    const order: string[] = [];
    const first = desk.seize(() => order.push("holder"));
    desk.seize(() => order.push("general-1"), 5);
    desk.seize(() => order.push("fruit"), 1);
    desk.seize(() => order.push("general-2"), 5);
    desk.release(first);
    expect(order).toEqual(["holder", "fruit"]);
  });

  it("does not recurse when grant callbacks release synchronously (long line, flat stack)", () => {
    const sim = new Simulation();
    const lane = new Resource(sim, { capacity: 1 });
    const blocker = lane.seize(() => undefined);
    let served = 0;
    for (let i = 0; i < 200_000; i++) {
      lane.seize((request) => {
        served += 1;
        lane.release(request);
      });
    }
    lane.release(blocker);
    expect(served).toBe(200_000);
    expect(lane.inUse).toBe(0);
  });

  it("rejects releasing what is not held and bad capacities", () => {
    const sim = new Simulation();
    const lane = new Resource(sim, { capacity: 1 });
    const other = new Resource(sim, { capacity: 1 });
    const a = lane.seize(() => undefined);
    const b = lane.seize(() => undefined);
    expect(codeOf(() => lane.release(b))).toBe("RELEASE_NOT_HELD");
    expect(codeOf(() => other.release(a))).toBe("RELEASE_NOT_HELD");
    lane.release(a);
    expect(codeOf(() => lane.release(a))).toBe("RELEASE_NOT_HELD");
    expect(codeOf(() => new Resource(sim, { capacity: -1 }))).toBe("INVALID_CAPACITY");
    expect(codeOf(() => lane.setCapacity(1.5))).toBe("INVALID_CAPACITY");
    expect(codeOf(() => lane.setCapacity(Number.NaN))).toBe("INVALID_CAPACITY");
    expect(() => lane.setCapacity(-3)).toThrow(
      /capacity expected an integer >= 0 or Infinity, received -3/,
    );
  });

  it("lets holders finish when capacity drops with the finish policy", () => {
    const sim = new Simulation();
    const lanes = new Resource(sim, { capacity: 3 });
    const busy = new LevelLog();
    lanes.observeBusy(busy);
    const holders = [0, 1, 2].map(() => lanes.seize(() => undefined));
    const granted: number[] = [];
    lanes.seize(() => granted.push(sim.now));
    lanes.setCapacity(1, "finish");
    expect(lanes.inUse).toBe(3);
    sim.schedule(1, () => lanes.release(holders[0]!));
    sim.schedule(2, () => lanes.release(holders[1]!));
    sim.schedule(3, () => lanes.release(holders[2]!));
    sim.run();
    // the waiting request gets a server only once holders fall below the new capacity
    expect(granted).toEqual([3]);
    expect(busy.changes.map(([, level]) => level)).toEqual([1, 2, 3, 2, 1, 0, 1]);
  });

  it("preempts the excess holders when capacity drops with the preempt policy", () => {
    const sim = new Simulation();
    const lanes = new Resource(sim, { capacity: 2 });
    const preempted: Preempted[] = [];
    const a = lanes.seize(
      () => undefined,
      0,
      (info) => preempted.push(info),
    );
    sim.schedule(5, () => {
      lanes.seize(
        () => undefined,
        0,
        (info) => preempted.push(info),
      );
      lanes.setCapacity(1, "preempt");
    });
    sim.run();
    expect(preempted).toHaveLength(1);
    expect(preempted[0]!.reason).toBe("capacity");
    expect(preempted[0]!.usageSince).toBe(5); // the most recently granted goes first
    expect(a.isGranted).toBe(true);
    expect(lanes.inUse).toBe(1);
  });

  it("preempts a less urgent holder; the process resumes its remaining work (preemptive-resume)", () => {
    const sim = new Simulation();
    const inspector = new Resource(sim, { capacity: 1, discipline: "priority", preemptive: true });
    const trace: string[] = [];
    function* job(name: string, priority: number, work: number) {
      let remaining = work;
      while (remaining > 0) {
        const slot = yield* inspector.request(priority);
        const start = sim.now;
        try {
          yield sim.timeout(remaining);
          remaining = 0;
          inspector.release(slot);
        } catch (error) {
          if (!(error instanceof Interrupt && error.cause instanceof Preempted)) throw error;
          remaining -= sim.now - start;
          trace.push(`${sim.now} ${name} preempted, ${remaining} left`);
        }
      }
      trace.push(`${sim.now} ${name} done`);
    }
    sim.process(job("general", 5, 10));
    sim.schedule(4, () => sim.process(job("fruit", 1, 3)));
    sim.run();
    expect(trace).toEqual(["4 general preempted, 6 left", "7 fruit done", "13 general done"]);
  });

  it("reports queue length and busy servers to observers", () => {
    const sim = new Simulation();
    const lane = new Resource(sim, { capacity: 1 });
    const queue = new LevelLog();
    lane.observeQueue(queue);
    const a = lane.seize(() => undefined);
    const b = lane.seize(() => undefined);
    sim.schedule(2, () => b.cancel());
    sim.schedule(3, () => lane.release(a));
    sim.run();
    expect(queue.changes).toEqual([
      [0, 1],
      [2, 0],
    ]);
  });
});

describe("a store", () => {
  it("holds puts while full and releases them as gets free slots (a yard holding trucks upstream)", () => {
    const sim = new Simulation();
    const yard = new Store<string>(sim, { capacity: 2 });
    const trace: string[] = [];
    for (const truck of ["t1", "t2", "t3"]) {
      sim.process(
        (function* () {
          yield yard.put(truck);
          trace.push(`${sim.now} ${truck} in yard`);
        })(),
      );
    }
    sim.process(
      (function* () {
        yield sim.timeout(5);
        const first = yield* yard.get();
        trace.push(`${sim.now} ${first} left`);
      })(),
    );
    sim.run();
    expect(trace).toEqual(["0 t1 in yard", "0 t2 in yard", "5 t1 left", "5 t3 in yard"]);
    expect(yard.level).toBe(2);
  });

  it("makes gets wait for items and serves them FIFO on the callback path", () => {
    const sim = new Simulation();
    const store = new Store<number>(sim);
    const got: string[] = [];
    store.take((item) => got.push(`a${item}`));
    store.take((item) => got.push(`b${item}`));
    store.offer(1);
    store.offer(2);
    expect(got).toEqual(["a1", "b2"]);
    expect(codeOf(() => new Store(sim, { capacity: -1 }))).toBe("INVALID_CAPACITY");
  });
});

describe("a container", () => {
  it("blocks gets until the level suffices and puts until there is room", () => {
    const sim = new Simulation();
    const slots = new Container(sim, { capacity: 3, initial: 1 });
    const trace: string[] = [];
    slots.get(2, () => trace.push(`${sim.now} got 2`));
    sim.schedule(1, () => slots.put(2, () => trace.push(`${sim.now} put 2`)));
    sim.schedule(2, () => slots.put(3, () => trace.push(`${sim.now} put 3`)));
    sim.schedule(3, () => slots.get(1, () => trace.push(`${sim.now} got 1`)));
    sim.run();
    // the put of 3 at t=2 would overflow (1 + 3 > 3): it waits until the get at t=3
    expect(trace).toEqual(["1 put 2", "1 got 2", "3 got 1", "3 put 3"]);
    expect(slots.level).toBe(3);
    expect(codeOf(() => slots.get(0))).toBe("INVALID_AMOUNT");
    expect(codeOf(() => slots.put(4))).toBe("INVALID_AMOUNT");
  });
});
