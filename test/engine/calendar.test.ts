import { describe, expect, it } from "vitest";
import { Simulation, SimulationError } from "../../src/engine/index.js";

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (error) {
    return error instanceof SimulationError
      ? error.code
      : `not a SimulationError: ${String(error)}`;
  }
  return undefined;
}

describe("the event calendar", () => {
  it("runs events in time order, then priority, then scheduling order", () => {
    const sim = new Simulation();
    const trace: string[] = [];
    const log = (name: string) => trace.push(`${sim.now}:${name}`);
    sim.schedule(2, log, "b");
    sim.schedule(1, log, "a");
    sim.schedule(2, log, "c");
    sim.schedule(2, log, "urgent", -1);
    sim.schedule(2, log, "late", 1);
    sim.schedule(0, log, "zero");
    sim.run();
    expect(trace).toEqual(["0:zero", "1:a", "2:urgent", "2:b", "2:c", "2:late"]);
  });

  it("runs an event scheduled with zero delay after those already due at the same time", () => {
    const sim = new Simulation();
    const trace: string[] = [];
    sim.schedule(1, () => {
      trace.push("first");
      sim.schedule(0, () => trace.push("spawned"));
    });
    sim.schedule(1, () => trace.push("second"));
    sim.run();
    expect(trace).toEqual(["first", "second", "spawned"]);
  });

  it("skips cancelled entries and does not count them as pending", () => {
    const sim = new Simulation();
    const trace: number[] = [];
    const a = sim.schedule(1, () => trace.push(1));
    sim.schedule(2, () => trace.push(2));
    expect(sim.pendingEvents).toBe(2);
    sim.cancel(a);
    sim.cancel(a);
    expect(sim.pendingEvents).toBe(1);
    const result = sim.run();
    expect(trace).toEqual([2]);
    expect(result).toEqual({ reason: "exhausted", time: 2, events: 1 });
  });

  it("stops before events later than until and sets the clock to until", () => {
    const sim = new Simulation();
    const trace: number[] = [];
    for (const t of [1, 5, 10]) sim.schedule(t, () => trace.push(t));
    expect(sim.run({ until: 5 })).toEqual({ reason: "until", time: 5, events: 2 });
    expect(trace).toEqual([1, 5]);
    expect(sim.peek()).toBe(10);
    expect(sim.run({ until: 20 }).time).toBe(20);
    expect(trace).toEqual([1, 5, 10]);
  });

  it("returns when the model calls stop() or the stop condition holds", () => {
    const sim = new Simulation();
    let count = 0;
    const tick = () => {
      count += 1;
      if (count === 3) sim.stop();
      sim.schedule(1, tick);
    };
    sim.schedule(1, tick);
    expect(sim.run().reason).toBe("stopped");
    expect(sim.now).toBe(3);
    expect(sim.run({ stopWhen: () => count >= 7 })).toMatchObject({ reason: "condition", time: 7 });
  });

  it("steps one event at a time", () => {
    const sim = new Simulation();
    const trace: number[] = [];
    sim.schedule(1, () => trace.push(1));
    sim.schedule(2, () => trace.push(2));
    expect(sim.step()).toBe(true);
    expect(trace).toEqual([1]);
    expect(sim.step()).toBe(true);
    expect(sim.step()).toBe(false);
    expect(trace).toEqual([1, 2]);
  });

  it("keeps two simulations independent in one process", () => {
    const a = new Simulation();
    const b = new Simulation({ startTime: 100 });
    a.schedule(1, () => b.schedule(1, () => undefined));
    a.run();
    expect(a.now).toBe(1);
    expect(b.now).toBe(100);
    expect(b.pendingEvents).toBe(1);
  });

  it("rejects bad delays, times, priorities and options with typed errors", () => {
    const sim = new Simulation();
    const noop = () => undefined;
    expect(codeOf(() => sim.schedule(-1, noop))).toBe("INVALID_DELAY");
    expect(codeOf(() => sim.schedule(Number.NaN, noop))).toBe("INVALID_DELAY");
    expect(codeOf(() => sim.schedule(Number.POSITIVE_INFINITY, noop))).toBe("INVALID_DELAY");
    expect(codeOf(() => sim.schedule(1, noop, undefined, 0.5))).toBe("INVALID_PRIORITY");
    expect(codeOf(() => sim.schedule(1, noop, undefined, 5000))).toBe("INVALID_PRIORITY");
    sim.schedule(5, noop);
    sim.run();
    expect(codeOf(() => sim.scheduleAt(4, noop))).toBe("SCHEDULE_IN_PAST");
    expect(codeOf(() => sim.run({ until: 1 }))).toBe("INVALID_UNTIL");
    expect(codeOf(() => new Simulation({ maxEvents: 0 }))).toBe("INVALID_ARGUMENT");
    expect(() => sim.schedule(-2, noop)).toThrow(
      /delay expected a finite number >= 0, received -2/,
    );
  });

  it("stops a zero-delay loop with an error naming the event count and time", () => {
    const sim = new Simulation({ maxEventsAtSameTime: 1000 });
    const loop = () => sim.schedule(0, loop);
    sim.schedule(3, loop);
    expect(() => sim.run()).toThrow(/ZERO_TIME_LOOP/);
    expect(() => sim.run()).toThrow(/1000 events ran, simulated time 3/);
  });

  it("catches a zero-delay loop driven one step at a time", () => {
    const sim = new Simulation({ maxEventsAtSameTime: 100 });
    const loop = () => sim.schedule(0, loop);
    sim.schedule(1, loop);
    expect(() => {
      for (let i = 0; i < 1000; i++) sim.step();
    }).toThrow(/ZERO_TIME_LOOP/);
  });

  it("stops a run that exceeds its event budget and refuses to run again", () => {
    const sim = new Simulation({ maxEvents: 50 });
    const loop = () => sim.schedule(1, loop);
    sim.schedule(1, loop);
    let error: unknown;
    try {
      sim.run();
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(SimulationError);
    expect((error as SimulationError).code).toBe("EVENT_BUDGET_EXCEEDED");
    expect((error as SimulationError).message).toMatch(/50 events ran, simulated time 50/);
    expect(codeOf(() => sim.run())).toBe("SIMULATION_BROKEN");
  });

  it("refuses a run started from inside a running event", () => {
    const sim = new Simulation();
    let inner: string | undefined;
    sim.schedule(1, () => {
      inner = codeOf(() => sim.run());
    });
    sim.run();
    expect(inner).toBe("REENTRANT_RUN");
  });

  it("propagates an error thrown by model code and marks the simulation broken", () => {
    const sim = new Simulation();
    sim.schedule(1, () => {
      throw new Error("model bug");
    });
    expect(() => sim.run()).toThrow("model bug");
    expect(codeOf(() => sim.run())).toBe("SIMULATION_BROKEN");
  });
});
