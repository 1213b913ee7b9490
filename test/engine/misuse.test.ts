import { describe, expect, it } from "vitest";
import { Container, Resource, Simulation, SimulationError, Store } from "../../src/engine/index.js";
import { preset, runGate, type Scenario } from "../../src/gate/index.js";

/**
 * The public entry points called from plain JavaScript with the wrong types (casts through
 * `unknown`): each throws the kernel's typed error naming the API, the argument, the value and
 * what was expected — never a raw TypeError deep in the event loop, never a silent acceptance.
 */
const any = (value: unknown) => value as never;
const sim = () => new Simulation();
const resource = () => new Resource(new Simulation(), { capacity: 1 });
const tiny = { ...preset("lang-son-record-day")!, horizonDays: 1 } as Scenario;

const CASES: [string, () => unknown, string, RegExp][] = [
  [
    'sim.schedule("5", f)',
    () => sim().schedule(any("5"), () => {}),
    "INVALID_DELAY",
    /Simulation\.schedule: delay expected a finite number >= 0, received "5"/,
  ],
  [
    'sim.schedule(1, "f")',
    () => sim().schedule(1, any("f")),
    "INVALID_ARGUMENT",
    /Simulation\.schedule: fn expected a function, received "f"/,
  ],
  [
    "sim.schedule(1, f, x, NaN)",
    () => sim().schedule(1, () => {}, 0, Number.NaN),
    "INVALID_PRIORITY",
    /priority expected an integer in \[-1024, 1023\], received NaN/,
  ],
  [
    "sim.scheduleAt(5, null)",
    () => sim().scheduleAt(5, any(null)),
    "INVALID_ARGUMENT",
    /Simulation\.scheduleAt: fn expected a function, received null/,
  ],
  [
    'sim.timeout("5")',
    () => sim().timeout(any("5")),
    "INVALID_DELAY",
    /delay expected a finite number >= 0, received "5"/,
  ],
  [
    'sim.run({ until: "10" })',
    () => sim().run({ until: any("10") }),
    "INVALID_UNTIL",
    /until expected a number >= now \(0\), received "10"/,
  ],
  [
    'sim.run("x")',
    () => sim().run(any("x")),
    "INVALID_ARGUMENT",
    /Simulation\.run: options expected an object or nothing, received "x"/,
  ],
  [
    "sim.run({ stopWhen: 1 })",
    () => {
      const s = sim();
      s.schedule(1, () => {});
      s.run({ stopWhen: any(1) });
    },
    "INVALID_ARGUMENT",
    /stopWhen expected a function, received 1 \(number\)/,
  ],
  [
    'new Simulation("x")',
    () => new Simulation(any("x")),
    "INVALID_ARGUMENT",
    /Simulation: options expected an object or nothing/,
  ],
  [
    "sim.allOf(null)",
    () => sim().allOf(any(null)),
    "INVALID_ARGUMENT",
    /Simulation\.allOf: events expected an array of events, received null/,
  ],
  [
    'sim.anyOf(["a"])',
    () => sim().anyOf(any(["a"])),
    "INVALID_ARGUMENT",
    /Simulation\.anyOf: events\[0\] expected an event of this simulation, received "a"/,
  ],
  [
    "sim.allOf([event of another sim])",
    () => sim().allOf([sim().event()]),
    "INVALID_ARGUMENT",
    /events\[0\] expected an event of this simulation/,
  ],
  [
    "sim.cancel(null)",
    () => sim().cancel(any(null)),
    "INVALID_ARGUMENT",
    /Simulation\.cancel: entry expected an entry returned by schedule, received null/,
  ],
  [
    "new Resource(null, …)",
    () => new Resource(any(null), { capacity: 1 }),
    "INVALID_ARGUMENT",
    /Resource: sim expected a Simulation, received null/,
  ],
  [
    "new Resource(sim, 3)",
    () => new Resource(sim(), any(3)),
    "INVALID_ARGUMENT",
    /Resource: options expected an object or nothing, received 3 \(number\)/,
  ],
  [
    "resource.request(NaN)",
    () => resource().request(Number.NaN),
    "INVALID_PRIORITY",
    /request: priority expected a finite number, received NaN/,
  ],
  [
    'resource.seize(f, "1")',
    () => resource().seize(() => {}, any("1")),
    "INVALID_PRIORITY",
    /seize: priority expected a finite number, received "1"/,
  ],
  [
    "resource.seize(null)",
    () => resource().seize(any(null)),
    "INVALID_ARGUMENT",
    /seize: onGranted expected a function, received null/,
  ],
  [
    'resource.setCapacity(0, "bogus")',
    () => resource().setCapacity(0, any("bogus")),
    "INVALID_ARGUMENT",
    /setCapacity: onDrop expected "finish" or "preempt", received "bogus"/,
  ],
  [
    'new Store(sim, "x")',
    () => new Store(sim(), any("x")),
    "INVALID_ARGUMENT",
    /Store: options expected an object or nothing/,
  ],
  [
    'new Container(sim, { capacity: "9" })',
    () => new Container(sim(), any({ capacity: "9" })),
    "INVALID_CAPACITY",
    /capacity expected a number > 0 or Infinity, received "9"/,
  ],
  [
    "runGate(s, { seed: {} })",
    () => runGate(tiny, { seed: any({}) }),
    "INVALID_ARGUMENT",
    /runGate: seed expected a non-empty string or a finite number, received \{\}/,
  ],
  [
    "runGate(s, { onTruck: 5 })",
    () => runGate(tiny, { onTruck: any(5) }),
    "INVALID_ARGUMENT",
    /runGate: onTruck expected a function, received 5/,
  ],
  [
    "runGate(s, null)",
    () => runGate(tiny, any(null)),
    "INVALID_ARGUMENT",
    /runGate: options expected an object or nothing, received null/,
  ],
  [
    'runGate(s, { maxEvents: "9" })',
    () => runGate(tiny, { maxEvents: any("9") }),
    "INVALID_ARGUMENT",
    /runGate: maxEvents expected an integer >= 1, received "9"/,
  ],
];

describe("the kernel called from plain JavaScript", () => {
  it.each(CASES)(
    "%s throws a typed error naming argument, value and expectation",
    (_, call, code, message) => {
      let thrown: unknown = null;
      try {
        call();
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toBeInstanceOf(SimulationError);
      expect((thrown as SimulationError).code).toBe(code);
      expect((thrown as SimulationError).message).toMatch(message);
    },
  );

  it("keeps the clock a number: a string delay no longer runs events out of order", () => {
    const s = sim();
    const order: number[] = [];
    s.schedule(10, () => order.push(10));
    expect(() => s.schedule(any("5"), () => order.push(5))).toThrow(SimulationError);
    s.run();
    expect(order).toEqual([10]);
    expect(typeof s.now).toBe("number");
  });
});
