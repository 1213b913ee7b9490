/**
 * Model-based tests of the buffers (fast-check commands): a Store against a reference of FIFO
 * items, FIFO blocked puts and FIFO waiting gets; a Container against a reference level with
 * head-of-line blocking on each side.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  type BufferRequest,
  BufferRequestStatus,
  Container,
  type LevelObserver,
  Simulation,
  Store,
} from "../../src/engine/index.js";

type Status = "waiting" | "done" | "cancelled";

const STATUS_OF: Record<number, Status> = {
  [BufferRequestStatus.WAITING]: "waiting",
  [BufferRequestStatus.DONE]: "done",
  [BufferRequestStatus.CANCELLED]: "cancelled",
};

/** Keeps the last level reported. */
class LastLevel implements LevelObserver {
  level: number | undefined = undefined;
  time = Number.NEGATIVE_INFINITY;
  update(time: number, level: number): void {
    expect(time).toBeGreaterThanOrEqual(this.time);
    this.time = time;
    this.level = level;
  }
}

const advanceArb = fc.integer({ min: 0, max: 3 });

// ---------------------------------------------------------------------------------------------
// Store.
// ---------------------------------------------------------------------------------------------

/** A put or get in the reference model; puts and gets are numbered separately. */
interface ModelOp {
  readonly id: number;
  status: Status;
  doneAt: number;
}

interface StoreModel {
  readonly capacity: number;
  now: number;
  /** Items held, oldest first (an item is the id of the put that brought it). */
  items: number[];
  puts: ModelOp[];
  gets: ModelOp[];
  readonly allPuts: ModelOp[];
  readonly allGets: ModelOp[];
  /** Put ids in the order they were accepted. */
  readonly accepted: number[];
  /** [get id, item] in the order gets were served. */
  readonly received: [number, number][];
}

interface StoreReal {
  readonly sim: Simulation;
  readonly store: Store<number>;
  readonly puts: BufferRequest<number, void>[];
  readonly gets: BufferRequest<void, number>[];
  readonly accepted: number[];
  readonly received: [number, number][];
  readonly level: LastLevel;
  readonly blocked: LastLevel;
}

function settleStore(m: StoreModel): void {
  let progressed = true;
  while (progressed) {
    progressed = false;
    while (m.puts.length > 0 && m.items.length < m.capacity) {
      const put = m.puts.shift()!;
      m.items.push(put.id);
      put.status = "done";
      put.doneAt = m.now;
      m.accepted.push(put.id);
      progressed = true;
    }
    while (m.gets.length > 0 && m.items.length > 0) {
      const get = m.gets.shift()!;
      get.status = "done";
      get.doneAt = m.now;
      m.received.push([get.id, m.items.shift()!]);
      progressed = true;
    }
  }
}

function checkStore(m: StoreModel, r: StoreReal): void {
  expect(r.store.level).toBe(m.items.length);
  expect(r.store.blockedPuts).toBe(m.puts.length);
  expect(r.store.waitingGets).toBe(m.gets.length);
  expect(r.accepted).toEqual(m.accepted);
  expect(r.received).toEqual(m.received);
  expect(r.puts.map((p) => STATUS_OF[p.status])).toEqual(m.allPuts.map((p) => p.status));
  expect(r.gets.map((g) => STATUS_OF[g.status])).toEqual(m.allGets.map((g) => g.status));
  expect(r.puts.map((p) => p.doneAt)).toEqual(m.allPuts.map((p) => p.doneAt));
  expect(r.gets.map((g) => g.doneAt)).toEqual(m.allGets.map((g) => g.doneAt));
  expect(r.level.level ?? 0).toBe(m.items.length);
  expect(r.blocked.level ?? 0).toBe(m.puts.length);
  // A full store is the only reason a put waits; an empty one the only reason a get waits.
  if (m.puts.length > 0) expect(r.store.level).toBe(m.capacity);
  if (m.gets.length > 0) expect(r.store.level).toBe(0);
}

type StoreCommand = fc.Command<StoreModel, StoreReal>;

class Put implements StoreCommand {
  check(): boolean {
    return true;
  }
  run(m: StoreModel, r: StoreReal): void {
    const id = r.puts.length;
    r.puts.push(r.store.offer(id, () => r.accepted.push(id)));
    const op: ModelOp = { id, status: "waiting", doneAt: -1 };
    m.allPuts.push(op);
    m.puts.push(op);
    settleStore(m);
    checkStore(m, r);
  }
  toString(): string {
    return "Put";
  }
}

class Get implements StoreCommand {
  check(): boolean {
    return true;
  }
  run(m: StoreModel, r: StoreReal): void {
    const id = r.gets.length;
    r.gets.push(r.store.take((item) => r.received.push([id, item])));
    const op: ModelOp = { id, status: "waiting", doneAt: -1 };
    m.allGets.push(op);
    m.gets.push(op);
    settleStore(m);
    checkStore(m, r);
  }
  toString(): string {
    return "Get";
  }
}

/** Withdraws the k-th request of one side, waiting or not (a completed one is unaffected). */
class CancelStoreOp implements StoreCommand {
  constructor(
    readonly side: "put" | "get",
    readonly k: number,
    readonly waitingOnly: boolean,
  ) {}
  check(m: Readonly<StoreModel>): boolean {
    const pool = this.pool(m);
    return pool.length > 0;
  }
  private pool(m: Readonly<StoreModel>): readonly ModelOp[] {
    if (this.waitingOnly) return this.side === "put" ? m.puts : m.gets;
    return this.side === "put" ? m.allPuts : m.allGets;
  }
  run(m: StoreModel, r: StoreReal): void {
    const pool = this.pool(m);
    const op = pool[this.k % pool.length]!;
    (this.side === "put" ? r.puts : r.gets)[op.id]!.cancel();
    if (op.status === "waiting") {
      op.status = "cancelled";
      if (this.side === "put") m.puts = m.puts.filter((p) => p !== op);
      else m.gets = m.gets.filter((g) => g !== op);
      settleStore(m);
    }
    checkStore(m, r);
  }
  toString(): string {
    return `Cancel(${this.side}, ${this.k}${this.waitingOnly ? ", waiting" : ""})`;
  }
}

class AdvanceStore implements StoreCommand {
  constructor(readonly delta: number) {}
  check(): boolean {
    return true;
  }
  run(m: StoreModel, r: StoreReal): void {
    r.sim.run({ until: r.sim.now + this.delta });
    m.now += this.delta;
    checkStore(m, r);
  }
  toString(): string {
    return `Advance(${this.delta})`;
  }
}

const storeCommandArbs: fc.Arbitrary<StoreCommand>[] = [
  fc.constant(new Put()),
  fc.constant(new Put()),
  fc.constant(new Get()),
  fc.constant(new Get()),
  fc
    .tuple(fc.constantFrom("put" as const, "get" as const), fc.nat(), fc.boolean())
    .map(([side, k, waitingOnly]) => new CancelStoreOp(side, k, waitingOnly)),
  advanceArb.map((d) => new AdvanceStore(d)),
];

function storeSetup(capacity: number): () => { model: StoreModel; real: StoreReal } {
  return () => {
    const sim = new Simulation();
    const store = new Store<number>(sim, { capacity });
    const level = new LastLevel();
    const blocked = new LastLevel();
    store.observeLevel(level).observeBlockedPuts(blocked);
    return {
      model: {
        capacity,
        now: 0,
        items: [],
        puts: [],
        gets: [],
        allPuts: [],
        allGets: [],
        accepted: [],
        received: [],
      },
      real: { sim, store, puts: [], gets: [], accepted: [], received: [], level, blocked },
    };
  };
}

describe("Store against a reference model", () => {
  it("matches FIFO items, FIFO blocked puts and FIFO waiting gets under random puts, gets, cancellations and time steps", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          { weight: 9, arbitrary: fc.integer({ min: 1, max: 4 }) },
          { weight: 1, arbitrary: fc.constant(Number.POSITIVE_INFINITY) },
        ),
        fc.commands(storeCommandArbs, { maxCommands: 60 }),
        (capacity, commands) => {
          fc.modelRun(storeSetup(capacity), commands);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("holds puts on a full store until a get frees a slot, then accepts the oldest", () => {
    const sim = new Simulation();
    const yard = new Store<string>(sim, { capacity: 2 });
    const accepted: string[] = [];
    for (const truck of ["a", "b", "c", "d"]) yard.offer(truck, () => accepted.push(truck));
    expect(accepted).toEqual(["a", "b"]);
    expect(yard.blockedPuts).toBe(2);
    sim.run({ until: 100 });
    expect(accepted).toEqual(["a", "b"]);
    const received: string[] = [];
    yard.take((truck) => received.push(truck));
    expect(received).toEqual(["a"]);
    expect(accepted).toEqual(["a", "b", "c"]);
    expect(yard.level).toBe(2);
    expect(yard.blockedPuts).toBe(1);
  });

  it("gives a process waiting on get the item a later put brings", () => {
    const sim = new Simulation();
    const yard = new Store<string>(sim, { capacity: 1 });
    const log: string[] = [];
    sim.process(
      (function* () {
        const truck = yield* yard.get();
        log.push(`${sim.now} got ${truck}`);
      })(),
    );
    sim.process(
      (function* () {
        yield sim.timeout(5);
        yield yard.put("x");
        log.push(`${sim.now} put x`);
        yield yard.put("y");
        log.push(`${sim.now} put y`);
      })(),
    );
    sim.run();
    // The putter runs on synchronously (both puts find space: x goes straight to the getter);
    // the getter resumes from the calendar at the same instant.
    expect(log).toEqual(["5 put x", "5 put y", "5 got x"]);
    expect(yard.level).toBe(1);
  });
});

// ---------------------------------------------------------------------------------------------
// Container.
// ---------------------------------------------------------------------------------------------

interface AmountOp extends ModelOp {
  readonly amount: number;
}

interface ContainerModel {
  readonly capacity: number;
  now: number;
  level: number;
  puts: AmountOp[];
  gets: AmountOp[];
  readonly allPuts: AmountOp[];
  readonly allGets: AmountOp[];
  /** ["put" | "get", id, amount] in completion order. */
  readonly completed: [string, number, number][];
}

interface ContainerReal {
  readonly sim: Simulation;
  readonly container: Container;
  readonly puts: BufferRequest<number, number>[];
  readonly gets: BufferRequest<number, number>[];
  readonly completed: [string, number, number][];
  readonly level: LastLevel;
}

/** Each side is served first come, first served, blocking behind its head. */
function settleContainer(m: ContainerModel): void {
  let progressed = true;
  while (progressed) {
    progressed = false;
    while (m.puts.length > 0 && m.level + m.puts[0]!.amount <= m.capacity) {
      const put = m.puts.shift()!;
      m.level += put.amount;
      put.status = "done";
      put.doneAt = m.now;
      m.completed.push(["put", put.id, put.amount]);
      progressed = true;
    }
    while (m.gets.length > 0 && m.level >= m.gets[0]!.amount) {
      const get = m.gets.shift()!;
      m.level -= get.amount;
      get.status = "done";
      get.doneAt = m.now;
      m.completed.push(["get", get.id, get.amount]);
      progressed = true;
    }
  }
}

function checkContainer(m: ContainerModel, r: ContainerReal): void {
  expect(r.container.level).toBe(m.level);
  expect(r.completed).toEqual(m.completed);
  expect(r.puts.map((p) => STATUS_OF[p.status])).toEqual(m.allPuts.map((p) => p.status));
  expect(r.gets.map((g) => STATUS_OF[g.status])).toEqual(m.allGets.map((g) => g.status));
  expect(r.puts.map((p) => p.doneAt)).toEqual(m.allPuts.map((p) => p.doneAt));
  expect(r.gets.map((g) => g.doneAt)).toEqual(m.allGets.map((g) => g.doneAt));
  expect(r.level.level ?? r.container.level).toBe(m.level);
  expect(m.level).toBeGreaterThanOrEqual(0);
  expect(m.level).toBeLessThanOrEqual(m.capacity);
}

type ContainerCommand = fc.Command<ContainerModel, ContainerReal>;

/** Puts or gets an amount in 1..min(capacity, 6). */
class Move implements ContainerCommand {
  constructor(
    readonly side: "put" | "get",
    readonly raw: number,
  ) {}
  check(): boolean {
    return true;
  }
  run(m: ContainerModel, r: ContainerReal): void {
    const amount = 1 + (this.raw % Math.min(m.capacity, 6));
    const isPut = this.side === "put";
    const id = isPut ? r.puts.length : r.gets.length;
    const done = (value: number) => r.completed.push([this.side, id, value]);
    const request = isPut ? r.container.put(amount, done) : r.container.get(amount, done);
    (isPut ? r.puts : r.gets).push(request);
    const op: AmountOp = { id, amount, status: "waiting", doneAt: -1 };
    (isPut ? m.allPuts : m.allGets).push(op);
    (isPut ? m.puts : m.gets).push(op);
    settleContainer(m);
    checkContainer(m, r);
  }
  toString(): string {
    return `${this.side}(${this.raw})`;
  }
}

/** Withdraws the k-th waiting request of one side; requests queued behind it may proceed. */
class CancelAmount implements ContainerCommand {
  constructor(
    readonly side: "put" | "get",
    readonly k: number,
  ) {}
  check(m: Readonly<ContainerModel>): boolean {
    return (this.side === "put" ? m.puts : m.gets).length > 0;
  }
  run(m: ContainerModel, r: ContainerReal): void {
    const line = this.side === "put" ? m.puts : m.gets;
    const op = line[this.k % line.length]!;
    (this.side === "put" ? r.puts : r.gets)[op.id]!.cancel();
    op.status = "cancelled";
    if (this.side === "put") m.puts = m.puts.filter((p) => p !== op);
    else m.gets = m.gets.filter((g) => g !== op);
    settleContainer(m);
    checkContainer(m, r);
  }
  toString(): string {
    return `Cancel(${this.side}, ${this.k})`;
  }
}

/** An amount outside (0, capacity] is refused with INVALID_AMOUNT and changes nothing. */
class BadAmount implements ContainerCommand {
  constructor(
    readonly side: "put" | "get",
    readonly kind: "zero" | "negative" | "nan" | "over",
  ) {}
  check(): boolean {
    return true;
  }
  run(m: ContainerModel, r: ContainerReal): void {
    const amount = { zero: 0, negative: -1, nan: Number.NaN, over: m.capacity + 1 }[this.kind];
    const call = () =>
      this.side === "put" ? r.container.put(amount, () => {}) : r.container.get(amount, () => {});
    expect(call).toThrow(expect.objectContaining({ code: "INVALID_AMOUNT" }));
    checkContainer(m, r);
  }
  toString(): string {
    return `BadAmount(${this.side}, ${this.kind})`;
  }
}

class AdvanceContainer implements ContainerCommand {
  constructor(readonly delta: number) {}
  check(): boolean {
    return true;
  }
  run(m: ContainerModel, r: ContainerReal): void {
    r.sim.run({ until: r.sim.now + this.delta });
    m.now += this.delta;
    checkContainer(m, r);
  }
  toString(): string {
    return `Advance(${this.delta})`;
  }
}

const sideArb = fc.constantFrom("put" as const, "get" as const);

const containerCommandArbs: fc.Arbitrary<ContainerCommand>[] = [
  fc.tuple(sideArb, fc.nat()).map(([side, raw]) => new Move(side, raw)),
  fc.tuple(sideArb, fc.nat()).map(([side, raw]) => new Move(side, raw)),
  fc.tuple(sideArb, fc.nat()).map(([side, raw]) => new Move(side, raw)),
  fc.tuple(sideArb, fc.nat()).map(([side, k]) => new CancelAmount(side, k)),
  fc
    .tuple(
      sideArb,
      fc.constantFrom("zero" as const, "negative" as const, "nan" as const, "over" as const),
    )
    .map(([side, kind]) => new BadAmount(side, kind)),
  advanceArb.map((d) => new AdvanceContainer(d)),
];

const containerConfigArb = fc
  .integer({ min: 1, max: 8 })
  .chain((capacity) =>
    fc.record({ capacity: fc.constant(capacity), initial: fc.integer({ min: 0, max: capacity }) }),
  );

describe("Container against a reference model", () => {
  it("matches a level with first-come-first-served, head-of-line blocking puts and gets", () => {
    fc.assert(
      fc.property(
        containerConfigArb,
        fc.commands(containerCommandArbs, { maxCommands: 50 }),
        (config, commands) => {
          const setup = () => {
            const sim = new Simulation();
            const container = new Container(sim, config);
            const level = new LastLevel();
            container.observeLevel(level);
            const model: ContainerModel = {
              capacity: config.capacity,
              now: 0,
              level: config.initial,
              puts: [],
              gets: [],
              allPuts: [],
              allGets: [],
              completed: [],
            };
            const real: ContainerReal = {
              sim,
              container,
              puts: [],
              gets: [],
              completed: [],
              level,
            };
            return { model, real };
          };
          fc.modelRun(setup, commands);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("keeps a small get waiting behind a large one at the head of the line until the large one is served or withdrawn", () => {
    const sim = new Simulation();
    const slots = new Container(sim, { capacity: 10, initial: 3 });
    const served: string[] = [];
    const big = slots.get(5, () => served.push("big"));
    slots.get(1, () => served.push("small"));
    expect(served).toEqual([]);
    expect(slots.level).toBe(3);
    big.cancel();
    expect(served).toEqual(["small"]);
    expect(slots.level).toBe(2);
  });
});
