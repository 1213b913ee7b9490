/**
 * Per-resource monitoring tables for models built on the kernel (simmer's `get_mon_resources`,
 * Ciw's data records): an opt-in {@link ResourceMonitor} attached to resources, stores and
 * containers records tidy rows — time, name, queue, in use, capacity — whenever one of them
 * changes, up to a row limit. It subscribes through the kernel's public observers, so a model
 * that attaches none pays nothing.
 */
import { renderValue } from "../common/index.js";
import { Container } from "./container.js";
import { SimulationError } from "./errors.js";
import type { LevelObserver } from "./observer.js";
import { Resource } from "./resource.js";
import { Store } from "./store.js";

/**
 * One row of a {@link ResourceMonitor}: the state of one monitored object from `time` on.
 * A monitor writes at most one row per object and instant, holding the state after that
 * instant's changes.
 */
export interface MonitorRow {
  /** Simulated time from which this state holds. */
  readonly time: number;
  /** Name of the resource, store or container. */
  readonly resource: string;
  /** Requests waiting for a server (Resource), or puts and gets waiting (Store, Container). */
  readonly queue: number;
  /** Busy servers (Resource), items held (Store), or the level (Container). */
  readonly inUse: number;
  /** Servers (Resource), or the most items or the highest level (Store, Container); may be Infinity. */
  readonly capacity: number;
}

/** Options of a {@link ResourceMonitor}. */
export interface ResourceMonitorOptions {
  /** Most rows kept (an integer >= 1, default 100,000 ≈ 10 MB); later changes are counted, not kept. */
  readonly maxRows?: number;
}

/** What a monitor can watch. */
export type Monitorable = Resource | Store<any> | Container;

/** Default {@link ResourceMonitorOptions.maxRows}. */
export const DEFAULT_MONITOR_ROWS = 100_000;

interface MutableRow {
  time: number;
  resource: string;
  queue: number;
  inUse: number;
  capacity: number;
}

/**
 * Records a tidy table of the queue, use and capacity of resources, stores and containers over
 * simulated time, with bounded memory: once `maxRows` rows are kept, it stops recording and
 * reports `truncated` and the number of `droppedRows`. Rows are in time order; the row of the
 * current instant may still change until the clock moves on.
 *
 * @example
 * const sim = new Simulation();
 * const lane = new Resource(sim, { capacity: 2, name: "lane" });
 * const monitor = new ResourceMonitor({ maxRows: 10_000 }).attach(lane);
 * for (const t of [0, 1, 2]) sim.schedule(t, () => lane.seize((r) => sim.schedule(5, () => r.release())));
 * sim.run();
 * monitor.rows[3]; // { time: 5, resource: "lane", queue: 0, inUse: 2, capacity: 2 }
 * monitorCsv(monitor.rows); // "time,resource,queue,in_use,capacity\r\n0,lane,0,1,2\r\n…"
 */
export class ResourceMonitor {
  /** Most rows kept. */
  readonly maxRows: number;
  readonly #rows: MutableRow[] = [];
  #dropped = 0;
  readonly #names = new Set<string>();
  readonly #targets = new Set<Monitorable>();
  /** Where the tracks write: keeps rows while there is room, then counts them. */
  readonly #sink: RowSink = {
    append: (row) => {
      if (this.#dropped > 0 || this.#rows.length >= this.maxRows) {
        this.#dropped += 1;
        return false;
      }
      this.#rows.push(row);
      return true;
    },
    frozen: () => this.#dropped > 0,
  };

  /** @throws SimulationError INVALID_ARGUMENT unless `maxRows` is an integer >= 1. */
  constructor(options: ResourceMonitorOptions = {}) {
    const maxRows = options.maxRows ?? DEFAULT_MONITOR_ROWS;
    if (!(Number.isInteger(maxRows) && maxRows >= 1)) {
      throw new SimulationError(
        "INVALID_ARGUMENT",
        `ResourceMonitor: maxRows expected an integer >= 1, received ${renderValue(maxRows)}`,
      );
    }
    this.maxRows = maxRows;
  }

  /** The rows kept so far, in time order. */
  get rows(): readonly MonitorRow[] {
    return this.#rows;
  }

  /** True once a change was not recorded because the row limit was reached. */
  get truncated(): boolean {
    return this.#dropped > 0;
  }

  /** Rows not kept because the limit was reached. */
  get droppedRows(): number {
    return this.#dropped;
  }

  /**
   * Starts watching `target` (a Resource, Store or Container) and records its state now.
   * @throws SimulationError INVALID_ARGUMENT for something else, an object already attached,
   *   or a name another attached object has (rows are told apart by name).
   */
  attach(target: Monitorable): this {
    const isResource = target instanceof Resource;
    if (!(isResource || target instanceof Store || target instanceof Container)) {
      throw new SimulationError(
        "INVALID_ARGUMENT",
        `ResourceMonitor.attach: target expected a Resource, Store or Container, received ${renderValue(target)}`,
      );
    }
    if (this.#names.has(target.name)) {
      throw new SimulationError(
        "INVALID_ARGUMENT",
        `ResourceMonitor.attach: target.name expected a name no attached object has (rows are told apart by name), received ${renderValue(target.name)}${this.#targets.has(target) ? " (this object is already attached)" : ""}`,
        target.sim.now,
      );
    }
    this.#targets.add(target);
    this.#names.add(target.name);
    if (isResource) {
      const track = new Track(this.#sink, target.name, [
        target.queueLength,
        target.inUse,
        target.capacity,
      ]);
      track.write(target.sim.now);
      target.observeQueue(track.column(QUEUE));
      target.observeBusy(track.column(IN_USE));
      target.observeCapacity(track.column(CAPACITY));
    } else {
      const track = new Track(this.#sink, target.name, [
        target.waiting,
        target.level,
        target.capacity,
      ]);
      track.write(target.sim.now);
      target.observeWaiting(track.column(QUEUE));
      target.observeLevel(track.column(IN_USE));
    }
    return this;
  }
}

const QUEUE = 0;
const IN_USE = 1;
const CAPACITY = 2;
type ColumnIndex = typeof QUEUE | typeof IN_USE | typeof CAPACITY;

/** Where a track writes its rows. */
interface RowSink {
  /** Keeps `row` if there is room; false (and the row counted as dropped) once full. */
  append(row: MutableRow): boolean;
  /** True once a row was dropped: kept rows no longer change. */
  frozen(): boolean;
}

/** The state of one monitored object and its latest row. */
class Track {
  private readonly values: [number, number, number];
  /** This object's latest row, while it is kept. */
  private last: MutableRow | null = null;
  /** Time of this object's latest row, kept or dropped. */
  private lastTime = Number.NaN;

  constructor(
    private readonly sink: RowSink,
    private readonly name: string,
    values: [number, number, number],
  ) {
    this.values = values;
  }

  /** An observer that updates one column. */
  column(index: ColumnIndex): LevelObserver {
    return {
      update: (time: number, level: number) => {
        if (this.values[index] === level) return;
        this.values[index] = level;
        this.write(time);
      },
    };
  }

  /** Records the current state at `time`: one row per object and instant. */
  write(time: number): void {
    const [queue, inUse, capacity] = this.values;
    if (time === this.lastTime) {
      // The same instant: the row holds the state after the instant's changes.
      const last = this.last;
      if (last !== null && !this.sink.frozen()) {
        last.queue = queue;
        last.inUse = inUse;
        last.capacity = capacity;
      }
      return;
    }
    this.lastTime = time;
    const row: MutableRow = { time, resource: this.name, queue, inUse, capacity };
    this.last = this.sink.append(row) ? row : null;
  }
}
