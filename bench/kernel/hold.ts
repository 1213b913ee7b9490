/**
 * The hold model (issue #2): N pending events; each pop is followed by a push at now + Exp(1).
 * Three implementations in one file, driven by the same exponential draw and the same counts:
 * - `gatesim`: the kernel's callback path, `sim.schedule(delay, fn, arg)` re-scheduling itself;
 * - `heap`: a raw binary heap over typed arrays (the speed limit: no objects, no calls);
 * - `tinyqueue`: raw tinyqueue with `{time, seq}` objects (the best tinyqueue itself allows).
 */
import TinyQueue from "tinyqueue";
import { Simulation } from "../../dist/engine/index.js";
import { exponentialSource } from "../harness/exp-source.js";
import { memoryMb, timed } from "../harness/measure.js";
import type { HoldImpl } from "./cases.js";

/** One hold-model measurement (one child process). */
export interface HoldResult {
  readonly impl: HoldImpl;
  readonly n: number;
  readonly warmupEvents: number;
  readonly events: number;
  /** Wall seconds of the timed events, and CPU seconds of the main thread meanwhile. */
  readonly seconds: number;
  readonly cpuSeconds: number;
  readonly eventsPerS: number;
  /** Events per main-thread CPU second: less sensitive to other load on the machine. */
  readonly eventsPerCpuS: number;
  readonly setupSeconds: number;
  /** RSS right after start-up, before the calendar is built (loader and runtime). */
  readonly baselineRssMb: number;
  readonly rssMb: number;
  readonly peakRssMb: number;
  readonly heapUsedMb: number;
  /** Final clock value: equal across implementations for equal arguments. */
  readonly finalTime: number;
}

const SEED = 0x1234567;

/** Runs `warmup` untimed then `events` timed pops-and-pushes over `n` pending events. */
export function runHold(impl: HoldImpl, n: number, warmup: number, events: number): HoldResult {
  const baselineRssMb = memoryMb().rssMb;
  const draw = exponentialSource(SEED);
  const model =
    impl === "gatesim"
      ? gatesimHold(n, draw)
      : impl === "heap"
        ? heapHold(n, draw)
        : tinyHold(n, draw);
  const setupStarted = performance.now();
  model.setup();
  const setupSeconds = (performance.now() - setupStarted) / 1000;
  model.advance(warmup);
  const { seconds, cpuSeconds } = timed(() => model.advance(events));
  return {
    impl,
    n,
    warmupEvents: warmup,
    events,
    seconds,
    cpuSeconds,
    eventsPerS: events / seconds,
    eventsPerCpuS: events / cpuSeconds,
    setupSeconds,
    baselineRssMb,
    ...memoryMb(),
    finalTime: model.now(),
  };
}

interface HoldModel {
  setup(): void;
  /** Processes exactly `events` hold events. */
  advance(events: number): void;
  now(): number;
}

function gatesimHold(n: number, draw: () => number): HoldModel {
  const sim = new Simulation();
  let count = 0;
  let target = 0;
  const hold = (id: number): void => {
    sim.schedule(draw(), hold, id);
    if (++count === target) sim.stop();
  };
  return {
    setup() {
      for (let i = 0; i < n; i++) sim.schedule(draw(), hold, i);
    },
    advance(events) {
      target = count + events;
      sim.run();
      if (count !== target)
        throw new Error(`gatesim hold: ran ${count} events, expected ${target}`);
    },
    now: () => sim.now,
  };
}

function heapHold(n: number, draw: () => number): HoldModel {
  const heap = new TypedArrayHeap(n);
  let seq = 0;
  let now = 0;
  return {
    setup() {
      for (let i = 0; i < n; i++) heap.push(draw(), seq++, i);
    },
    advance(events) {
      // perf: locals in the loop, stored back once (a captured double written per event is
      // boxed on every store and would slow the reference down).
      let s = seq;
      let t = now;
      for (let e = 0; e < events; e++) {
        const id = heap.pop();
        t = heap.poppedTime;
        heap.push(t + draw(), s++, id);
      }
      seq = s;
      now = t;
    },
    now: () => now,
  };
}

interface TimedEntry {
  readonly time: number;
  readonly seq: number;
}

function tinyHold(n: number, draw: () => number): HoldModel {
  const queue = new TinyQueue<TimedEntry>([], (a, b) => a.time - b.time || a.seq - b.seq);
  let seq = 0;
  let now = 0;
  return {
    setup() {
      for (let i = 0; i < n; i++) queue.push({ time: draw(), seq: seq++ });
    },
    advance(events) {
      let s = seq;
      let t = now;
      for (let e = 0; e < events; e++) {
        t = queue.pop()!.time;
        queue.push({ time: t + draw(), seq: s++ });
      }
      seq = s;
      now = t;
    },
    now: () => now,
  };
}

/**
 * The speed limit: a binary min-heap over parallel typed arrays (time, insertion sequence for
 * FIFO ties, payload id). No objects, no comparator calls, no garbage.
 */
export class TypedArrayHeap {
  length = 0;
  /** Time of the entry removed by the last {@link pop}. */
  poppedTime = 0;
  private times: Float64Array;
  // A double sequence orders 2^53 insertions; an Int32Array would wrap after 2^31.
  private seqs: Float64Array;
  private ids: Int32Array;

  constructor(capacity: number) {
    const size = Math.max(16, capacity);
    this.times = new Float64Array(size);
    this.seqs = new Float64Array(size);
    this.ids = new Int32Array(size);
  }

  /** Adds entry `id` at `time`; `seq` breaks ties (lower first). */
  push(time: number, seq: number, id: number): void {
    if (this.length === this.times.length) this.grow();
    const times = this.times;
    const seqs = this.seqs;
    const ids = this.ids;
    let pos = this.length++;
    while (pos > 0) {
      const parent = (pos - 1) >> 1;
      const pt = times[parent]!;
      if (pt < time || (pt === time && seqs[parent]! < seq)) break;
      times[pos] = pt;
      seqs[pos] = seqs[parent]!;
      ids[pos] = ids[parent]!;
      pos = parent;
    }
    times[pos] = time;
    seqs[pos] = seq;
    ids[pos] = id;
  }

  /** Removes the earliest entry and returns its id; its time is left in {@link poppedTime}. */
  pop(): number {
    const times = this.times;
    const seqs = this.seqs;
    const ids = this.ids;
    const top = ids[0]!;
    this.poppedTime = times[0]!;
    const n = --this.length;
    if (n > 0) {
      const time = times[n]!;
      const seq = seqs[n]!;
      const id = ids[n]!;
      const half = n >> 1;
      let pos = 0;
      while (pos < half) {
        let child = 2 * pos + 1;
        let ct = times[child]!;
        let cs = seqs[child]!;
        const right = child + 1;
        if (right < n) {
          const rt = times[right]!;
          const rs = seqs[right]!;
          if (rt < ct || (rt === ct && rs < cs)) {
            child = right;
            ct = rt;
            cs = rs;
          }
        }
        if (ct > time || (ct === time && cs > seq)) break;
        times[pos] = ct;
        seqs[pos] = cs;
        ids[pos] = ids[child]!;
        pos = child;
      }
      times[pos] = time;
      seqs[pos] = seq;
      ids[pos] = id;
    }
    return top;
  }

  private grow(): void {
    const size = this.times.length * 2;
    const times = new Float64Array(size);
    const seqs = new Float64Array(size);
    const ids = new Int32Array(size);
    times.set(this.times);
    seqs.set(this.seqs);
    ids.set(this.ids);
    this.times = times;
    this.seqs = seqs;
    this.ids = ids;
  }
}
