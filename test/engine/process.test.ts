import { describe, expect, expectTypeOf, it } from "vitest";
import {
  Interrupt,
  type Request,
  Resource,
  Simulation,
  SimulationError,
} from "../../src/engine/index.js";

describe("processes", () => {
  it("wait for timeouts and return typed values to processes that wait for them", () => {
    const sim = new Simulation();
    const trace: string[] = [];
    function* worker(name: string, delay: number) {
      yield sim.timeout(delay);
      trace.push(`${sim.now} ${name}`);
      return delay * 2;
    }
    const a = sim.process(worker("a", 3));
    sim.process(
      (function* () {
        const doubled = yield* a;
        expectTypeOf(doubled).toEqualTypeOf<number>();
        trace.push(`${sim.now} got ${doubled}`);
        const value = yield* sim.timeout(1, "late");
        expectTypeOf(value).toEqualTypeOf<string>();
        trace.push(`${sim.now} ${value}`);
      })(),
    );
    sim.run();
    expect(trace).toEqual(["3 a", "3 got 6", "4 late"]);
  });

  it("start in creation order at the same time", () => {
    const sim = new Simulation();
    const trace: number[] = [];
    for (let i = 0; i < 5; i++) {
      sim.process(
        (function* () {
          trace.push(i);
          yield sim.timeout(0);
          trace.push(10 + i);
        })(),
      );
    }
    sim.run();
    expect(trace).toEqual([0, 1, 2, 3, 4, 10, 11, 12, 13, 14]);
  });

  it("request and release a resource with FIFO service (exact trace)", () => {
    const sim = new Simulation();
    const lane = new Resource(sim, { capacity: 1, name: "lane" });
    const trace: string[] = [];
    function* truck(name: string, arrive: number, service: number) {
      yield sim.timeout(arrive);
      const slot = yield* lane.request();
      expectTypeOf(slot).toEqualTypeOf<Request>();
      trace.push(`${sim.now} ${name} start waited=${slot.waitTime}`);
      yield sim.timeout(service);
      lane.release(slot);
      trace.push(`${sim.now} ${name} done`);
    }
    sim.process(truck("A", 0, 5));
    sim.process(truck("B", 1, 3));
    sim.process(truck("C", 1, 1));
    sim.run();
    expect(trace).toEqual([
      "0 A start waited=0",
      "5 A done",
      "5 B start waited=4",
      "8 B done",
      "8 C start waited=7",
      "9 C done",
    ]);
  });

  it("wait for all of several events, with their values in order", () => {
    const sim = new Simulation();
    let got: unknown;
    sim.process(
      (function* () {
        const values = yield* sim.allOf([sim.timeout(2, "x"), sim.timeout(1, 7)] as const);
        expectTypeOf(values).toEqualTypeOf<[string, number]>();
        got = [sim.now, values];
      })(),
    );
    sim.run();
    expect(got).toEqual([2, ["x", 7]]);
  });

  it("wait for the first of several events and can renege on a resource", () => {
    const sim = new Simulation();
    const booth = new Resource(sim, { capacity: 1 });
    const trace: string[] = [];
    sim.process(
      (function* () {
        const held = yield* booth.request();
        yield sim.timeout(10);
        booth.release(held);
      })(),
    );
    sim.process(
      (function* () {
        const request = booth.request();
        const first = yield* sim.anyOf([request, sim.timeout(4, "patience")]);
        if (first.index === 1) {
          request.cancel();
          trace.push(`${sim.now} reneged`);
        }
      })(),
    );
    sim.run();
    expect(trace).toEqual(["4 reneged"]);
    expect(booth.queueLength).toBe(0);
    expect(booth.inUse).toBe(0);
  });

  it("are interrupted at their current yield, with the cause", () => {
    const sim = new Simulation();
    const trace: string[] = [];
    const sleeper = sim.process(
      (function* () {
        try {
          yield sim.timeout(100);
          trace.push("woke normally");
        } catch (error) {
          if (!(error instanceof Interrupt)) throw error;
          trace.push(`${sim.now} interrupted: ${String(error.cause)}`);
          yield sim.timeout(1);
          trace.push(`${sim.now} resumed`);
        }
      })(),
    );
    sim.schedule(3, () => sleeper.interrupt("gate closed"));
    sim.run();
    expect(trace).toEqual(["3 interrupted: gate closed", "4 resumed"]);
    expect(() => sleeper.interrupt()).toThrow(SimulationError);
  });

  it("receive a failed event's error at their yield", () => {
    const sim = new Simulation();
    const broken = sim.event<number>();
    let caught: unknown;
    sim.process(
      (function* () {
        try {
          yield broken;
        } catch (error) {
          caught = error;
        }
      })(),
    );
    sim.schedule(2, () => broken.fail(new Error("scanner down")));
    sim.run();
    expect(caught).toEqual(new Error("scanner down"));
  });

  it("surface an uncaught error from a process through run()", () => {
    const sim = new Simulation();
    sim.process(
      (function* () {
        yield sim.timeout(1);
        throw new Error("bad model");
      })(),
    );
    expect(() => sim.run()).toThrow("bad model");
  });

  it("get a typed error when yielding something that is not an event or a delay", () => {
    const sim = new Simulation();
    const codes: string[] = [];
    sim.process(
      (function* () {
        for (const bad of ["soon", -1, Number.NaN] as const) {
          try {
            yield bad as never;
          } catch (error) {
            codes.push((error as SimulationError).code);
          }
        }
      })(),
    );
    sim.run();
    expect(codes).toEqual(["INVALID_YIELD", "INVALID_DELAY", "INVALID_DELAY"]);
  });

  it("hold for a yielded number of time units, interruptibly", () => {
    const sim = new Simulation();
    const trace: string[] = [];
    const worker = sim.process(
      (function* () {
        yield 2;
        trace.push(`${sim.now} held`);
        try {
          yield 10;
        } catch (error) {
          trace.push(`${sim.now} ${(error as Interrupt).cause}`);
        }
      })(),
    );
    sim.schedule(5, () => worker.interrupt("shift ended"));
    sim.run();
    expect(trace).toEqual(["2 held", "5 shift ended"]);
    expect(sim.now).toBe(5);
  });

  it("resume at once after yielding an event that already happened", () => {
    const sim = new Simulation();
    const done = sim.event<string>();
    done.succeed("ready");
    let seen: [number, string] | undefined;
    sim.process(
      (function* () {
        yield sim.timeout(2);
        seen = [sim.now, yield* done];
      })(),
    );
    sim.run();
    expect(seen).toEqual([2, "ready"]);
  });
});
