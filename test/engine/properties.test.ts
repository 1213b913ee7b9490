/**
 * Property-based tests of the kernel (fast-check): the invariants every run must keep whatever
 * the schedule — the clock never goes back, same-time order is (time, priority, insertion),
 * cancellation is exact, no request is lost, Little's bookkeeping balances, runs are
 * reproducible and independent, waiting lines keep their discipline, observers stay in step.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  Interrupt,
  type LevelObserver,
  type ProcessBody,
  type Request,
  RequestStatus,
  Resource,
  type ScheduledEvent,
  Simulation,
  Store,
} from "../../src/engine/index.js";

// ---------------------------------------------------------------------------------------------
// Random schedules of callbacks, run on the kernel and on a naive reference calendar.
// ---------------------------------------------------------------------------------------------

/** One scheduled callback: its delay and priority, how many children it schedules when it
 * runs, and which entry (by scheduling index, modulo the count so far) it cancels then. */
interface Plan {
  readonly delay: number;
  readonly priority: number;
  readonly children: number;
  readonly cancel: number | null;
}

/** Roots are scheduled before the run; each running callback takes its children from `nested`
 * in order; `rootCancels` are cancelled before the run. */
interface Schedule {
  readonly roots: readonly Plan[];
  readonly nested: readonly Plan[];
  readonly rootCancels: readonly number[];
}

/** What a callback saw when it ran. */
interface Observation {
  readonly id: number;
  readonly now: number;
  readonly pending: number;
}

const delayArb = fc.oneof(
  { weight: 2, arbitrary: fc.constant(0) },
  { weight: 4, arbitrary: fc.integer({ min: 0, max: 4 }) },
  { weight: 1, arbitrary: fc.double({ min: 0, max: 4, noNaN: true, noDefaultInfinity: true }) },
);

function planArb(nesting: boolean, cancelling: boolean): fc.Arbitrary<Plan> {
  return fc.record({
    delay: delayArb,
    priority: fc.integer({ min: -3, max: 3 }),
    children: nesting ? fc.integer({ min: 0, max: 3 }) : fc.constant(0),
    cancel: cancelling ? fc.option(fc.nat({ max: 1000 }), { nil: null }) : fc.constant(null),
  });
}

function scheduleArb(nesting: boolean, cancelling: boolean): fc.Arbitrary<Schedule> {
  return fc.record({
    roots: fc.array(planArb(nesting, cancelling), { minLength: 1, maxLength: 25 }),
    nested: nesting ? fc.array(planArb(true, cancelling), { maxLength: 40 }) : fc.constant([]),
    rootCancels: cancelling ? fc.array(fc.nat({ max: 1000 }), { maxLength: 8 }) : fc.constant([]),
  });
}

interface KernelRun {
  readonly log: Observation[];
  /** `sim.pendingEvents` right after the root cancellations. */
  readonly pendingAfterCancels: number;
  /** Ids whose entry was cancelled before it ran (the test's own bookkeeping). */
  readonly cancelledBeforeRun: ReadonlySet<number>;
  /** Expected `pendingEvents` at each callback, from the test's own bookkeeping. */
  readonly expectedPending: number[];
  readonly scheduled: number;
  readonly sim: Simulation;
}

/** Runs `schedule` on the kernel; `advance` drives the loop (default: one `run()`). */
function runOnKernel(
  schedule: Schedule,
  advance: (sim: Simulation) => void = (sim) => {
    sim.run();
  },
): KernelRun {
  const sim = new Simulation();
  const handles: ScheduledEvent[] = [];
  const plans: Plan[] = [];
  const log: Observation[] = [];
  const fired = new Set<number>();
  const cancelledBeforeRun = new Set<number>();
  const expectedPending: number[] = [];
  let nextNested = 0;

  const cancel = (index: number) => {
    if (handles.length === 0) return;
    const target = index % handles.length;
    if (!fired.has(target)) cancelledBeforeRun.add(target);
    sim.cancel(handles[target]!);
  };
  const fire = (id: number) => {
    fired.add(id);
    log.push({ id, now: sim.now, pending: sim.pendingEvents });
    expectedPending.push(handles.length - fired.size - cancelledBeforeRun.size);
    const plan = plans[id]!;
    for (let k = 0; k < plan.children && nextNested < schedule.nested.length; k++) {
      add(schedule.nested[nextNested++]!);
    }
    if (plan.cancel !== null) cancel(plan.cancel);
  };
  const add = (plan: Plan) => {
    const id = handles.length;
    plans.push(plan);
    handles.push(sim.schedule(plan.delay, fire, id, plan.priority));
  };

  for (const plan of schedule.roots) add(plan);
  for (const index of schedule.rootCancels) cancel(index);
  const pendingAfterCancels = sim.pendingEvents;
  advance(sim);
  return {
    log,
    pendingAfterCancels,
    cancelledBeforeRun,
    expectedPending,
    scheduled: handles.length,
    sim,
  };
}

/** The same schedule on a naive calendar: a linear scan for the least (time, priority, index). */
function runOnReference(schedule: Schedule): Observation[] {
  interface Entry {
    readonly id: number;
    readonly time: number;
    readonly priority: number;
    readonly plan: Plan;
    cancelled: boolean;
    done: boolean;
  }
  const entries: Entry[] = [];
  const log: Observation[] = [];
  let now = 0;
  let nextNested = 0;
  const add = (plan: Plan) => {
    const id = entries.length;
    entries.push({
      id,
      time: now + plan.delay,
      priority: plan.priority,
      plan,
      cancelled: false,
      done: false,
    });
  };
  const cancel = (index: number) => {
    if (entries.length === 0) return;
    const entry = entries[index % entries.length]!;
    if (!entry.done) entry.cancelled = true;
  };
  const live = () => entries.filter((e) => !e.done && !e.cancelled);

  for (const plan of schedule.roots) add(plan);
  for (const index of schedule.rootCancels) cancel(index);
  for (;;) {
    let next: Entry | undefined;
    for (const e of live()) {
      if (
        next === undefined ||
        e.time < next.time ||
        (e.time === next.time &&
          (e.priority < next.priority || (e.priority === next.priority && e.id < next.id)))
      ) {
        next = e;
      }
    }
    if (next === undefined) break;
    now = next.time;
    next.done = true;
    log.push({ id: next.id, now, pending: live().length });
    for (let k = 0; k < next.plan.children && nextNested < schedule.nested.length; k++) {
      add(schedule.nested[nextNested++]!);
    }
    if (next.plan.cancel !== null) cancel(next.plan.cancel);
  }
  return log;
}

/** How the event loop is driven between the start and the final `run()`. */
type Advance = { readonly kind: "step" } | { readonly kind: "until"; readonly by: number };

const advanceArb: fc.Arbitrary<Advance> = fc.oneof(
  fc.constant<Advance>({ kind: "step" }),
  fc.integer({ min: 0, max: 3 }).map((by): Advance => ({ kind: "until", by })),
);

describe("the clock and the event calendar", () => {
  it("never moves the clock backwards, whatever the delays, priorities, nesting, cancellations and run chunks", () => {
    fc.assert(
      fc.property(
        scheduleArb(true, true),
        fc.array(advanceArb, { maxLength: 12 }),
        (schedule, advances) => {
          const chunkEnds: { readonly eventsRun: number; readonly until: number }[] = [];
          const run = runOnKernel(schedule, (sim) => {
            for (const advance of advances) {
              if (advance.kind === "step") {
                sim.step();
              } else {
                const until = sim.now + advance.by;
                const result = sim.run({ until });
                expect(result.reason).toBe("until");
                expect(sim.now).toBe(until);
                chunkEnds.push({ eventsRun: sim.eventsProcessed, until });
              }
            }
            sim.run();
          });
          let previous = Number.NEGATIVE_INFINITY;
          for (const observation of run.log) {
            expect(observation.now).toBeGreaterThanOrEqual(previous);
            previous = observation.now;
          }
          for (const end of chunkEnds) {
            for (const observation of run.log.slice(0, end.eventsRun)) {
              expect(observation.now).toBeLessThanOrEqual(end.until);
            }
          }
          // The chunked run processes exactly the events of an unchunked reference run.
          expect(run.log.map((o) => [o.id, o.now])).toEqual(
            runOnReference(schedule).map((o) => [o.id, o.now]),
          );
        },
      ),
      { numRuns: 300 },
    );
  });

  it("runs events scheduled up front in (time, priority, scheduling index) order", () => {
    fc.assert(
      fc.property(scheduleArb(false, true), (schedule) => {
        const { log, cancelledBeforeRun } = runOnKernel(schedule);
        const expected = schedule.roots
          .map((plan, id) => ({ id, time: plan.delay, priority: plan.priority }))
          .filter((e) => !cancelledBeforeRun.has(e.id))
          .sort((a, b) => a.time - b.time || a.priority - b.priority || a.id - b.id)
          .map((e) => e.id);
        expect(log.map((o) => o.id)).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });

  it("runs events of equal time and priority in the order they were scheduled", () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(0, 1, 2), { minLength: 2, maxLength: 40 }),
        fc.constantFrom(-3, 0, 3),
        (times, priority) => {
          const sim = new Simulation();
          const ran: number[] = [];
          times.forEach((time, id) => {
            sim.scheduleAt(time, () => ran.push(id), undefined, priority);
          });
          sim.run();
          for (const time of [0, 1, 2]) {
            const atTime = ran.filter((id) => times[id] === time);
            expect(atTime).toEqual([...atTime].sort((a, b) => a - b));
          }
        },
      ),
      { numRuns: 200 },
    );
  });

  it("runs callbacks scheduled from inside callbacks exactly as a naive reference calendar does", () => {
    fc.assert(
      fc.property(scheduleArb(true, true), (schedule) => {
        const { log } = runOnKernel(schedule);
        expect(log).toEqual(runOnReference(schedule));
      }),
      { numRuns: 300 },
    );
  });

  it("never runs a cancelled entry, runs every other entry exactly once and counts pendingEvents right", () => {
    fc.assert(
      fc.property(scheduleArb(true, true), (schedule) => {
        const run = runOnKernel(schedule);
        const distinctRootCancels = new Set(
          schedule.rootCancels.map((i) => i % schedule.roots.length),
        );
        expect(run.pendingAfterCancels).toBe(schedule.roots.length - distinctRootCancels.size);

        const ids = run.log.map((o) => o.id);
        expect(new Set(ids).size).toBe(ids.length);
        for (const id of ids) expect(run.cancelledBeforeRun.has(id)).toBe(false);
        for (let id = 0; id < run.scheduled; id++) {
          expect(ids.includes(id) || run.cancelledBeforeRun.has(id)).toBe(true);
        }
        expect(run.log.map((o) => o.pending)).toEqual(run.expectedPending);
        expect(run.sim.pendingEvents).toBe(0);
        expect(run.sim.eventsProcessed).toBe(ids.length);
      }),
      { numRuns: 300 },
    );
  });
});

// ---------------------------------------------------------------------------------------------
// Queues on a Resource: customers with arrival gaps, service times and optional patience,
// half on the callback path (`seize`), half as processes (`anyOf([request, timeout])`).
// ---------------------------------------------------------------------------------------------

interface Customer {
  readonly gap: number;
  readonly service: number;
  /** Reneges when not granted within this time; null waits forever. */
  readonly patience: number | null;
  readonly path: "callback" | "process";
  readonly priority: number;
}

const customerArb: fc.Arbitrary<Customer> = fc.record({
  gap: fc.integer({ min: 0, max: 4 }),
  service: fc.integer({ min: 0, max: 9 }),
  patience: fc.option(fc.integer({ min: 0, max: 8 }), { nil: null }),
  path: fc.constantFrom("callback" as const, "process" as const),
  priority: fc.integer({ min: -2, max: 2 }),
});

const disciplineArb = fc.constantFrom("fifo" as const, "priority" as const);

/** Counters kept by the customers themselves. */
interface Book {
  arrived: number;
  served: number;
  reneged: number;
  preempted: number;
  readonly requests: Request[];
  readonly customerOf: Map<Request, Customer>;
}

/** Schedules `customers` against `resource`; returns the book they keep. */
function openQueue(sim: Simulation, resource: Resource, customers: readonly Customer[]): Book {
  const book: Book = {
    arrived: 0,
    served: 0,
    reneged: 0,
    preempted: 0,
    requests: [],
    customerOf: new Map(),
  };
  const admitted = (request: Request, customer: Customer) => {
    book.arrived += 1;
    book.requests.push(request);
    book.customerOf.set(request, customer);
  };

  const callbackCustomer = (customer: Customer) => {
    let patienceTimer: ScheduledEvent | null = null;
    const finish = (held: Request) => {
      // A preempted holder already lost its server; releasing it would be a no-op.
      if (held.status !== RequestStatus.GRANTED) return;
      resource.release(held);
      book.served += 1;
    };
    const request = resource.seize(
      (granted) => {
        if (patienceTimer !== null) sim.cancel(patienceTimer);
        sim.schedule(customer.service, finish, granted);
      },
      customer.priority,
      () => {
        book.preempted += 1;
      },
    );
    admitted(request, customer);
    if (!request.isGranted && customer.patience !== null) {
      patienceTimer = sim.schedule(customer.patience, () => {
        // The timer is withdrawn at grant, so when it fires the request still waits.
        expect(request.status).toBe(RequestStatus.WAITING);
        request.cancel();
        book.reneged += 1;
      });
    }
  };

  function* processCustomer(customer: Customer): ProcessBody<void> {
    const request = resource.request(customer.priority);
    admitted(request, customer);
    try {
      if (customer.patience !== null) {
        const timer = sim.timeout(customer.patience);
        const first = yield* sim.anyOf([request, timer]);
        if (first.index === 1 && !request.isGranted) {
          request.cancel();
          book.reneged += 1;
          return;
        }
        timer.cancel();
      } else {
        yield* request;
      }
      yield sim.timeout(customer.service);
      resource.release(request);
      book.served += 1;
    } catch (error) {
      if (!(error instanceof Interrupt)) throw error;
      book.preempted += 1;
    }
  }

  let arrival = 0;
  for (const customer of customers) {
    arrival += customer.gap;
    sim.scheduleAt(arrival, () => {
      if (customer.path === "callback") callbackCustomer(customer);
      else sim.process(processCustomer(customer));
    });
  }
  return book;
}

describe("requests on a resource", () => {
  it("grants or cancels every request in the end, whatever the arrivals, patience and capacity", () => {
    fc.assert(
      fc.property(
        fc.array(customerArb, { maxLength: 30 }),
        fc.integer({ min: 1, max: 4 }),
        disciplineArb,
        (customers, capacity, discipline) => {
          const sim = new Simulation();
          const resource = new Resource(sim, { capacity, discipline });
          const book = openQueue(sim, resource, customers);
          sim.run();

          expect(book.requests).toHaveLength(customers.length);
          for (const request of book.requests) {
            const customer = book.customerOf.get(request)!;
            if (request.status === RequestStatus.CANCELLED) {
              expect(customer.patience).not.toBeNull();
              expect(request.grantedAt).toBe(-1);
              expect(sim.now - request.requestedAt).toBeGreaterThanOrEqual(customer.patience!);
            } else {
              expect(request.status).toBe(RequestStatus.RELEASED);
              expect(request.grantedAt).toBeGreaterThanOrEqual(request.requestedAt);
              if (customer.patience !== null) {
                expect(request.waitTime).toBeLessThanOrEqual(customer.patience);
              }
            }
          }
          expect(book.served + book.reneged).toBe(customers.length);
          expect(resource.queueLength).toBe(0);
          expect(resource.inUse).toBe(0);
          expect(sim.pendingEvents).toBe(0);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("keeps arrivals equal to departures plus waiting plus in service after every event", () => {
    fc.assert(
      fc.property(
        fc.array(customerArb, { maxLength: 30 }),
        fc.integer({ min: 1, max: 4 }),
        disciplineArb,
        (customers, capacity, discipline) => {
          const sim = new Simulation();
          const resource = new Resource(sim, { capacity, discipline });
          const book = openQueue(sim, resource, customers);
          let checks = 0;
          sim.run({
            stopWhen: () => {
              checks += 1;
              expect(book.arrived).toBe(
                book.served + book.reneged + resource.queueLength + resource.inUse,
              );
              return false;
            },
          });
          expect(checks).toBe(sim.eventsProcessed);
          expect(book.arrived).toBe(customers.length);
          expect(book.served + book.reneged).toBe(customers.length);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("grants a FIFO resource in request order and a priority resource by lowest (priority, seq) among the waiting", () => {
    fc.assert(
      fc.property(
        fc.array(customerArb, { maxLength: 30 }),
        fc.integer({ min: 1, max: 4 }),
        disciplineArb,
        (customers, capacity, discipline) => {
          const sim = new Simulation();
          const resource = new Resource(sim, { capacity, discipline });
          const waiting = new Set<Request>();
          const grantedSeqs: number[] = [];
          const rank = (r: Request) => (discipline === "fifo" ? [0, r.seq] : [r.priority, r.seq]);
          const before = (a: Request, b: Request) => {
            const [pa, sa] = rank(a);
            const [pb, sb] = rank(b);
            return pa! < pb! || (pa === pb && sa! < sb!);
          };
          let arrival = 0;
          for (const customer of customers) {
            arrival += customer.gap;
            sim.scheduleAt(arrival, () => {
              let timer: ScheduledEvent | null = null;
              const request = resource.seize((granted) => {
                grantedSeqs.push(granted.seq);
                if (!waiting.has(granted)) {
                  // Granted at once inside seize: only allowed when nobody waits.
                  expect(waiting.size).toBe(0);
                } else {
                  waiting.delete(granted);
                  for (const other of waiting) expect(before(granted, other)).toBe(true);
                }
                if (timer !== null) sim.cancel(timer);
                sim.schedule(customer.service, () => resource.release(granted));
              }, customer.priority);
              if (!request.isGranted) {
                waiting.add(request);
                if (customer.patience !== null) {
                  timer = sim.schedule(customer.patience, () => {
                    waiting.delete(request);
                    request.cancel();
                  });
                }
              }
            });
          }
          sim.run();
          if (discipline === "fifo") {
            expect(grantedSeqs).toEqual([...grantedSeqs].sort((a, b) => a - b));
          }
          expect(waiting.size).toBe(0);
        },
      ),
      { numRuns: 300 },
    );
  });
});

// ---------------------------------------------------------------------------------------------
// Observers.
// ---------------------------------------------------------------------------------------------

/** A level observer that keeps every update. */
class Recorder implements LevelObserver {
  readonly updates: { readonly time: number; readonly level: number }[] = [];
  update(time: number, level: number): void {
    this.updates.push({ time, level });
  }
  get last(): number | undefined {
    return this.updates.at(-1)?.level;
  }
}

describe("level observers", () => {
  it("receive non-decreasing times and end on the resource's current queue length and busy count", () => {
    const capacityChangeArb = fc.record({
      at: fc.integer({ min: 0, max: 60 }),
      capacity: fc.integer({ min: 0, max: 4 }),
      policy: fc.constantFrom("finish" as const, "preempt" as const),
    });
    fc.assert(
      fc.property(
        fc.array(customerArb, { maxLength: 30 }),
        fc.integer({ min: 1, max: 4 }),
        disciplineArb,
        fc.boolean(),
        fc.array(capacityChangeArb, { maxLength: 4 }),
        fc.integer({ min: 0, max: 80 }),
        (customers, capacity, discipline, preemptive, changes, stopAt) => {
          const sim = new Simulation();
          const resource = new Resource(sim, { capacity, discipline, preemptive });
          const queue = new Recorder();
          const busy = new Recorder();
          const servers = new Recorder();
          resource.observeQueue(queue).observeBusy(busy).observeCapacity(servers);
          openQueue(sim, resource, customers);
          for (const change of changes) {
            sim.scheduleAt(change.at, () => resource.setCapacity(change.capacity, change.policy));
          }
          const inStep = () => {
            expect(queue.last ?? 0).toBe(resource.queueLength);
            expect(busy.last ?? 0).toBe(resource.inUse);
            expect(servers.last ?? capacity).toBe(resource.capacity);
          };
          sim.run({
            until: stopAt,
            stopWhen: () => {
              inStep();
              return false;
            },
          });
          inStep();
          sim.run({
            stopWhen: () => {
              inStep();
              return false;
            },
          });
          inStep();
          // Whatever the last capacity change left waiting drains once servers come back.
          resource.setCapacity(4);
          sim.run();
          inStep();
          for (const recorder of [queue, busy, servers]) {
            let previous = Number.NEGATIVE_INFINITY;
            for (const { time } of recorder.updates) {
              expect(time).toBeGreaterThanOrEqual(previous);
              expect(time).toBeLessThanOrEqual(sim.now);
              previous = time;
            }
          }
          expect(resource.queueLength).toBe(0);
          expect(resource.inUse).toBe(0);
        },
      ),
      { numRuns: 200 },
    );
  });
});

// ---------------------------------------------------------------------------------------------
// Reproducibility: a seeded model gives the same trace, alone or interleaved with another.
// ---------------------------------------------------------------------------------------------

/** mulberry32: a tiny seeded PRNG, local to the test (no global randomness). */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A small gate model driven by one seeded stream: customers arrive, queue on a preemptive
 * priority resource (some renege, some on the callback path), and served ones leave a receipt
 * in a bounded store emptied by a clerk process. Every step is appended to `trace`.
 */
function seededModel(seed: number, customers: number): { sim: Simulation; trace: string[] } {
  const sim = new Simulation();
  const random = mulberry32(seed);
  const exp = (mean: number) => -mean * Math.log(1 - random());
  const booths = new Resource(sim, { capacity: 2, discipline: "priority", preemptive: true });
  const receipts = new Store<number>(sim, { capacity: 3 });
  const trace: string[] = [];
  const note = (what: string, id: number) => trace.push(`${sim.now.toFixed(9)} ${what} ${id}`);

  function* processCustomer(id: number, priority: number, patience: number): ProcessBody<void> {
    const request = booths.request(priority);
    note("queue", id);
    try {
      const first = yield* sim.anyOf([request, sim.timeout(patience)]);
      if (first.index === 1 && !request.isGranted) {
        request.cancel();
        note("renege", id);
        return;
      }
      note("start", id);
      yield sim.timeout(exp(3));
      booths.release(request);
      note("done", id);
      yield receipts.put(id);
      note("filed", id);
    } catch (error) {
      if (!(error instanceof Interrupt)) throw error;
      note("preempted", id);
    }
  }

  const callbackCustomer = (id: number, priority: number) => {
    note("seize", id);
    booths.seize(
      (granted) => {
        note("start", id);
        sim.schedule(exp(2), () => {
          if (!granted.isGranted) return;
          booths.release(granted);
          note("done", id);
          receipts.offer(id, () => note("filed", id));
        });
      },
      priority,
      () => note("preempted", id),
    );
  };

  function* clerk(): ProcessBody<void> {
    for (;;) {
      const id = yield* receipts.get();
      yield sim.timeout(exp(1));
      note("archived", id);
    }
  }

  function* source(): ProcessBody<void> {
    for (let id = 0; id < customers; id++) {
      yield sim.timeout(exp(1.5));
      const priority = Math.floor(random() * 3);
      if (random() < 0.5) sim.process(processCustomer(id, priority, exp(4)));
      else callbackCustomer(id, priority);
    }
  }

  sim.process(source());
  sim.process(clerk());
  return { sim, trace };
}

describe("reproducibility", () => {
  it("gives identical traces for the same seed and model", () => {
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        const first = seededModel(seed, 60);
        first.sim.run();
        const second = seededModel(seed, 60);
        second.sim.run();
        expect(first.trace.length).toBeGreaterThan(60);
        expect(JSON.stringify(second.trace)).toBe(JSON.stringify(first.trace));
      }),
      { numRuns: 40 },
    );
  });

  it("gives each of two simulations interleaved step by step the trace it has when run alone", () => {
    fc.assert(
      fc.property(fc.integer(), fc.integer(), (seedA, seedB) => {
        const aloneA = seededModel(seedA, 40);
        aloneA.sim.run();
        const aloneB = seededModel(seedB, 40);
        aloneB.sim.run();

        const a = seededModel(seedA, 40);
        const b = seededModel(seedB, 40);
        let movedA = true;
        let movedB = true;
        while (movedA || movedB) {
          movedA = a.sim.step();
          movedB = b.sim.step();
        }
        expect(a.trace).toEqual(aloneA.trace);
        expect(b.trace).toEqual(aloneB.trace);
        expect(a.sim.now).toBe(aloneA.sim.now);
        expect(b.sim.eventsProcessed).toBe(aloneB.sim.eventsProcessed);
      }),
      { numRuns: 40 },
    );
  });
});
