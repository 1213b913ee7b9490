/**
 * Model-based test of Resource (fast-check commands): random sequences of seizes, releases,
 * cancellations, capacity changes and time steps run against a Resource and against a
 * reference model made of plain arrays that encodes the semantics stated in resource.ts.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  type Preempted,
  type Request,
  RequestStatus,
  Resource,
  Simulation,
  SimulationError,
} from "../../src/engine/index.js";

type Discipline = "fifo" | "priority";
type Status = "waiting" | "granted" | "released" | "cancelled" | "preempted";

interface Variant {
  readonly discipline: Discipline;
  readonly preemptive: boolean;
  readonly capacity: number;
}

/** A request in the reference model; its id is its arrival index (the resource's `seq`). */
interface ModelRequest {
  readonly id: number;
  readonly priority: number;
  status: Status;
  grantedAt: number;
  /** Position in the order of grants: "most recently granted" means the largest. */
  grantOrder: number;
}

interface Model {
  readonly discipline: Discipline;
  readonly preemptive: boolean;
  now: number;
  capacity: number;
  readonly requests: ModelRequest[];
  /** Holders and waiters, each in arrival order. */
  holders: ModelRequest[];
  waiting: ModelRequest[];
  grants: number;
  /** Ids in the order they were granted. */
  readonly granted: number[];
  /** `victim:reason:by:usageSince` in the order of preemption. */
  readonly preempted: string[];
}

interface Real {
  readonly sim: Simulation;
  readonly resource: Resource;
  /** Another resource, whose requests this one must refuse to release. */
  readonly other: Resource;
  readonly foreign: Request;
  readonly requests: Request[];
  readonly granted: number[];
  readonly preempted: string[];
}

const STATUS_OF: Record<number, Status> = {
  [RequestStatus.WAITING]: "waiting",
  [RequestStatus.GRANTED]: "granted",
  [RequestStatus.RELEASED]: "released",
  [RequestStatus.CANCELLED]: "cancelled",
  [RequestStatus.PREEMPTED]: "preempted",
};

function describePreemption(p: Preempted): string {
  return `${p.request.seq}:${p.reason}:${p.by === null ? "-" : p.by.seq}:${p.usageSince}`;
}

// ---------------------------------------------------------------------------------------------
// The reference model.
// ---------------------------------------------------------------------------------------------

function byId(a: ModelRequest, b: ModelRequest): number {
  return a.id - b.id;
}

function grant(m: Model, r: ModelRequest): void {
  r.status = "granted";
  r.grantedAt = m.now;
  r.grantOrder = m.grants++;
  m.holders.push(r);
  m.holders.sort(byId);
  m.granted.push(r.id);
}

/** The least urgent holder: highest priority value; among equals the most recently granted. */
function leastUrgent(m: Model): ModelRequest {
  let victim = m.holders[0]!;
  for (const h of m.holders) {
    if (
      h.priority > victim.priority ||
      (h.priority === victim.priority && h.grantOrder > victim.grantOrder)
    ) {
      victim = h;
    }
  }
  return victim;
}

function preempt(
  m: Model,
  victim: ModelRequest,
  reason: "priority" | "capacity",
  by: ModelRequest | null,
) {
  victim.status = "preempted";
  m.holders = m.holders.filter((h) => h !== victim);
  m.preempted.push(`${victim.id}:${reason}:${by === null ? "-" : by.id}:${victim.grantedAt}`);
}

/** Next waiter to serve: the first in line (FIFO) or the lowest (priority, arrival). */
function nextWaiter(m: Model): ModelRequest {
  if (m.discipline === "fifo") return m.waiting[0]!;
  return m.waiting.reduce((best, w) => (w.priority < best.priority ? w : best));
}

function serve(m: Model): void {
  while (m.holders.length < m.capacity && m.waiting.length > 0) {
    const next = nextWaiter(m);
    m.waiting = m.waiting.filter((w) => w !== next);
    grant(m, next);
  }
}

function modelSeize(m: Model, priority: number): void {
  const r: ModelRequest = {
    id: m.requests.length,
    priority,
    status: "waiting",
    grantedAt: -1,
    grantOrder: -1,
  };
  m.requests.push(r);
  if (m.holders.length < m.capacity && m.waiting.length === 0) {
    grant(m, r);
    return;
  }
  // A more urgent request takes the least urgent holder's server (not while no server exists).
  if (m.preemptive && m.holders.length > 0 && m.capacity > 0) {
    const victim = leastUrgent(m);
    if (priority < victim.priority) {
      preempt(m, victim, "priority", r);
      grant(m, r);
      return;
    }
  }
  m.waiting.push(r);
}

function modelRelease(m: Model, r: ModelRequest): void {
  r.status = "released";
  m.holders = m.holders.filter((h) => h !== r);
  serve(m);
}

function modelSetCapacity(m: Model, capacity: number, policy: "finish" | "preempt"): void {
  m.capacity = capacity;
  if (policy === "preempt") {
    while (m.holders.length > m.capacity) preempt(m, leastUrgent(m), "capacity", null);
  }
  serve(m);
}

// ---------------------------------------------------------------------------------------------
// Commands.
// ---------------------------------------------------------------------------------------------

function check(m: Model, r: Real): void {
  expect(r.resource.capacity).toBe(m.capacity);
  expect(r.resource.inUse).toBe(m.holders.length);
  expect(r.resource.queueLength).toBe(m.waiting.length);
  expect(r.requests.filter((q) => q.isGranted).map((q) => q.seq)).toEqual(
    m.holders.map((h) => h.id),
  );
  expect(r.granted).toEqual(m.granted);
  expect(r.preempted).toEqual(m.preempted);
  expect(r.requests.map((q) => STATUS_OF[q.status])).toEqual(m.requests.map((q) => q.status));
  expect(r.requests.map((q) => q.grantedAt)).toEqual(m.requests.map((q) => q.grantedAt));
  expect(r.sim.now).toBe(m.now);
}

type ResourceCommand = fc.Command<Model, Real>;

class Seize implements ResourceCommand {
  constructor(readonly priority: number) {}
  check(): boolean {
    return true;
  }
  run(m: Model, r: Real): void {
    const id = r.requests.length;
    const request = r.resource.seize(
      (granted) => {
        expect(granted.seq).toBe(id);
        r.granted.push(id);
      },
      this.priority,
      (p) => r.preempted.push(describePreemption(p)),
    );
    expect(request.seq).toBe(id);
    r.requests.push(request);
    modelSeize(m, this.priority);
    check(m, r);
  }
  toString(): string {
    return `Seize(${this.priority})`;
  }
}

/** Releases the k-th holder (by arrival), through `release` or through `cancel`. */
class Release implements ResourceCommand {
  constructor(
    readonly k: number,
    readonly via: "release" | "cancel",
  ) {}
  check(m: Readonly<Model>): boolean {
    return m.holders.length > 0;
  }
  run(m: Model, r: Real): void {
    const held = m.holders[this.k % m.holders.length]!;
    const request = r.requests[held.id]!;
    if (this.via === "release") r.resource.release(request);
    else request.cancel();
    modelRelease(m, held);
    check(m, r);
  }
  toString(): string {
    return `Release(${this.k}, ${this.via})`;
  }
}

/** The k-th waiter (by arrival) reneges. */
class Cancel implements ResourceCommand {
  constructor(readonly k: number) {}
  check(m: Readonly<Model>): boolean {
    return m.waiting.length > 0;
  }
  run(m: Model, r: Real): void {
    const waiter = [...m.waiting].sort(byId)[this.k % m.waiting.length]!;
    r.requests[waiter.id]!.cancel();
    waiter.status = "cancelled";
    m.waiting = m.waiting.filter((w) => w !== waiter);
    check(m, r);
  }
  toString(): string {
    return `Cancel(${this.k})`;
  }
}

class SetCapacity implements ResourceCommand {
  constructor(
    readonly capacity: number,
    readonly policy: "finish" | "preempt",
  ) {}
  check(): boolean {
    return true;
  }
  run(m: Model, r: Real): void {
    r.resource.setCapacity(this.capacity, this.policy);
    modelSetCapacity(m, this.capacity, this.policy);
    check(m, r);
  }
  toString(): string {
    return `SetCapacity(${this.capacity}, ${this.policy})`;
  }
}

class AdvanceTime implements ResourceCommand {
  constructor(readonly delta: number) {}
  check(): boolean {
    return true;
  }
  run(m: Model, r: Real): void {
    r.sim.run({ until: r.sim.now + this.delta });
    m.now += this.delta;
    check(m, r);
  }
  toString(): string {
    return `AdvanceTime(${this.delta})`;
  }
}

/**
 * Releases a request that holds no server of this resource: a waiting, released or cancelled
 * one (or one of another resource) throws RELEASE_NOT_HELD; a preempted one is a no-op.
 */
class ReleaseNotHeld implements ResourceCommand {
  constructor(readonly k: number) {}
  check(): boolean {
    return true;
  }
  run(m: Model, r: Real): void {
    const candidates = m.requests.filter((q) => q.status !== "granted");
    const pick = this.k % (candidates.length + 1);
    const target = pick === candidates.length ? null : candidates[pick]!;
    const request = target === null ? r.foreign : r.requests[target.id]!;
    if (target?.status === "preempted") {
      r.resource.release(request);
    } else {
      let thrown: unknown = null;
      try {
        r.resource.release(request);
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toBeInstanceOf(SimulationError);
      expect((thrown as SimulationError).code).toBe("RELEASE_NOT_HELD");
    }
    check(m, r);
  }
  toString(): string {
    return `ReleaseNotHeld(${this.k})`;
  }
}

const capacityArb = fc.oneof(
  { weight: 9, arbitrary: fc.integer({ min: 0, max: 4 }) },
  { weight: 1, arbitrary: fc.constant(Number.POSITIVE_INFINITY) },
);

// Few priority levels, so equally urgent holders (the preemption tie-break) are common.
const priorityArb = fc.integer({ min: -1, max: 1 });

const commandArbs = [
  priorityArb.map((p): ResourceCommand => new Seize(p)),
  priorityArb.map((p): ResourceCommand => new Seize(p)),
  priorityArb.map((p): ResourceCommand => new Seize(p)),
  fc
    .tuple(fc.nat(), fc.constantFrom("release" as const, "cancel" as const))
    .map(([k, via]): ResourceCommand => new Release(k, via)),
  fc.nat().map((k): ResourceCommand => new Release(k, "release")),
  fc.nat().map((k): ResourceCommand => new Cancel(k)),
  fc
    .tuple(capacityArb, fc.constantFrom("finish" as const, "preempt" as const))
    .map(([n, policy]): ResourceCommand => new SetCapacity(n, policy)),
  fc.integer({ min: 0, max: 3 }).map((d): ResourceCommand => new AdvanceTime(d)),
  fc.integer({ min: 1, max: 3 }).map((d): ResourceCommand => new AdvanceTime(d)),
  fc.nat().map((k): ResourceCommand => new ReleaseNotHeld(k)),
];

function setup(variant: Variant): () => { model: Model; real: Real } {
  return () => {
    const sim = new Simulation();
    const resource = new Resource(sim, {
      capacity: variant.capacity,
      discipline: variant.discipline,
      preemptive: variant.preemptive,
    });
    const other = new Resource(sim, { capacity: 1, name: "other" });
    const foreign = other.seize(() => {});
    return {
      model: {
        discipline: variant.discipline,
        preemptive: variant.preemptive,
        now: 0,
        capacity: variant.capacity,
        requests: [],
        holders: [],
        waiting: [],
        grants: 0,
        granted: [],
        preempted: [],
      },
      real: { sim, resource, other, foreign, requests: [], granted: [], preempted: [] },
    };
  };
}

function variantArb(discipline: Discipline, preemptive: boolean): fc.Arbitrary<Variant> {
  return fc.record({
    discipline: fc.constant(discipline),
    preemptive: fc.constant(preemptive),
    capacity: fc.integer({ min: 0, max: 4 }),
  });
}

/** Command sequences always tried first, as examples, before the random ones. */
const KNOWN_CASES: Record<string, [Variant, ResourceCommand[]][]> = {
  // Two equally urgent holders granted at the same instant, the later-granted one with the
  // smaller seq; dropping capacity must preempt the most recently granted first.
  "fifo preemptive": [
    [
      { discipline: "fifo", preemptive: true, capacity: 0 },
      [
        new Seize(0),
        new Seize(-1),
        new SetCapacity(1, "finish"),
        new Seize(-1),
        new SetCapacity(2, "finish"),
        new SetCapacity(0, "preempt"),
      ],
    ],
  ],
};

describe("Resource against a reference model", () => {
  for (const [discipline, preemptive] of [
    ["fifo", false],
    ["priority", false],
    ["priority", true],
    ["fifo", true],
  ] as const) {
    const known = KNOWN_CASES[`${discipline}${preemptive ? " preemptive" : ""}`] ?? [];
    it(`matches the model for a ${preemptive ? "preemptive " : ""}${discipline} resource under random seizes, releases, cancellations, capacity changes and time steps`, () => {
      fc.assert(
        fc.property(
          variantArb(discipline, preemptive),
          fc.commands(commandArbs, { maxCommands: 60, size: "medium" }),
          (variant, commands) => {
            fc.modelRun(setup(variant), commands);
          },
        ),
        { numRuns: 250, examples: known },
      );
    });
  }
});

describe("Resource examples", () => {
  it("throws RELEASE_NOT_HELD when a waiting request is released", () => {
    const sim = new Simulation();
    const lane = new Resource(sim, { capacity: 1 });
    lane.seize(() => {});
    const waiting = lane.seize(() => {});
    expect(() => lane.release(waiting)).toThrow(
      expect.objectContaining({ name: "SimulationError", code: "RELEASE_NOT_HELD" }),
    );
    expect(lane.queueLength).toBe(1);
    expect(lane.inUse).toBe(1);
  });

  it("lets excess holders finish after setCapacity(n, 'finish') and grants nobody until below n", () => {
    const sim = new Simulation();
    const lane = new Resource(sim, { capacity: 3 });
    const holders = [lane.seize(() => {}), lane.seize(() => {}), lane.seize(() => {})];
    const waiter = lane.seize(() => {});
    lane.setCapacity(1, "finish");
    expect(lane.inUse).toBe(3);
    holders[0]!.release();
    holders[1]!.release();
    expect(waiter.status).toBe(RequestStatus.WAITING);
    holders[2]!.release();
    expect(waiter.status).toBe(RequestStatus.GRANTED);
  });

  it("preempts, among equally urgent holders, the one granted most recently even when both were granted at the same time", () => {
    // FIFO line with preemption: request 4 (priority 3) preempts request 2 (priority 5) at t=0,
    // then request 3 (priority 3, older) is granted at t=0 after request 4. Request 3 is the
    // most recently granted of the two equally urgent holders, so it is the one to preempt.
    const sim = new Simulation();
    const lane = new Resource(sim, { capacity: 2, discipline: "fifo", preemptive: true });
    const lost: number[] = [];
    const seize = (priority: number) =>
      lane.seize(
        () => {},
        priority,
        (p) => lost.push(p.request.seq),
      );
    const h0 = seize(0);
    const h1 = seize(0);
    seize(5); // seq 2, waits
    seize(3); // seq 3, waits behind it
    h0.release(); // seq 2 (priority 5) granted
    seize(3); // seq 4 preempts seq 2
    expect(lost).toEqual([2]);
    h1.release(); // seq 3 granted, after seq 4
    seize(1); // preempts the least urgent, most recently granted holder: seq 3
    expect(lost).toEqual([2, 3]);
  });

  it("does not exceed capacity when a preempted holder re-requests from its onPreempted callback", () => {
    // The documented preemptive-resume pattern on the callback path: the victim asks again for
    // the remaining work. The server belongs to the preemptor; the victim must wait.
    const sim = new Simulation();
    const lane = new Resource(sim, { capacity: 1, preemptive: true });
    let resumed: Request | null = null;
    lane.seize(
      () => {},
      5,
      () => {
        resumed = lane.seize(() => {}, 5);
      },
    );
    const urgent = lane.seize(() => {}, 0);
    expect(urgent.status).toBe(RequestStatus.GRANTED);
    expect(lane.inUse).toBeLessThanOrEqual(lane.capacity);
    expect(resumed!.status).toBe(RequestStatus.WAITING);
    expect(lane.queueLength).toBe(1);
  });
});
