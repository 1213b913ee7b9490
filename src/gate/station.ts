/**
 * A station at run time: its servers (a kernel Resource whose capacity follows opening hours,
 * shifts and outages), its service laws, its kind's detour rule, and the statistics it keeps.
 * Fully configured at construction; trucks move through it on the kernel's callback fast path
 * and go straight on to their next stop (or a detour) when their service ends.
 */
import { type Request, RequestStatus, Resource, type Simulation } from "../engine/index.js";
import type { Distribution, RandomStream } from "../random/index.js";
import { TimeWeighted } from "../stats/index.js";
import { Occupancy } from "./occupancy.js";
import type { StaffingSchedule } from "./phased-schedule.js";
import type { StationKpis } from "./results.js";
import type { DetourRule } from "./stations/kind.js";
import type { Truck, TruckStop, WaitingLine } from "./truck.js";
import { WaitQuantiles } from "./wait-quantiles.js";

/** Everything a station needs, given at construction. */
export interface StationSetup {
  readonly id: string;
  readonly kind: string;
  /** Index of the Time Release Study segment its time counts towards. */
  readonly segment: number;
  readonly schedule: StaffingSchedule;
  /** Service laws indexed [direction][cargoClass]. */
  readonly laws: Distribution[][];
  readonly serviceStream: RandomStream;
  /** Its kind's decision to send a served truck on a detour first, or null. */
  readonly detourRule: DetourRule | null;
  /** Index of the station taking trucks while this one is down, or -1 (they wait). */
  readonly fallbackWhenDown: number;
  /** The gate's stations by index (targets of detours and fallbacks), filled before the run. */
  readonly directory: readonly Station[];
  /** Called when a truck gives up in this station's line (reneging). */
  readonly giveUp: (truck: Truck) => void;
  /**
   * Waits count for trucks that arrived at or after this time (a warm-up by arrival);
   * -Infinity: every truck (a warm-up by time restarts the counts instead).
   */
  readonly waitsFromArrivalSeconds: number;
}

/** A station with its servers, line and statistics. */
export class Station implements TruckStop, WaitingLine {
  readonly id: string;
  readonly kind: string;
  private readonly segment: number;
  private readonly schedule: StaffingSchedule;
  private readonly resource: Resource;
  protected readonly sim: Simulation;
  private readonly laws: Distribution[][];
  private readonly serviceStream: RandomStream;
  protected detourRule: DetourRule | null;
  protected readonly fallbackWhenDown: number;
  protected readonly directory: readonly Station[];
  private readonly giveUp: (truck: Truck) => void;
  private readonly waitsFrom: number;

  /** Servers the staffing schedule provides now (before outages). */
  private scheduledServers: number;
  protected down = false;
  private downSinceSeconds = 0;
  private downSeconds = 0;
  private divertedTrucks = 0;
  private renegedTrucks = 0;

  // perf: plain sums instead of Tallies and Little's-law occupancies instead of time-weighted
  // level observers: the KPIs need only counts, means and maxima (bench: scenarios, smart year).
  private served = 0;
  private waitSumSeconds = 0;
  private maxWaitSeconds = 0;
  private serviceSumSeconds = 0;
  private waitQuantiles = new WaitQuantiles();
  /** Busy servers: a truck enters at the start of its service and leaves at its end. */
  private readonly busy = new Occupancy();
  /** The waiting line: a truck enters when it joins and leaves when it is served. */
  private readonly queue = new Occupancy();
  private maxQueue = 0;
  /** Servers available over time (changes only with opening hours, shifts and outages). */
  private readonly servers: TimeWeighted;

  // Read at each use, so a traced station (trace-station.ts) can wrap them.
  /** Kernel callback: a server was granted to the truck in `request.payload`. */
  protected onGranted: (request: Request) => void;
  /** Calendar callback: the truck's service ended. */
  protected onServiceDone: (request: Request) => void;

  constructor(sim: Simulation, setup: StationSetup) {
    this.sim = sim;
    this.id = setup.id;
    this.kind = setup.kind;
    this.segment = setup.segment;
    this.schedule = setup.schedule;
    this.laws = setup.laws;
    this.serviceStream = setup.serviceStream;
    this.detourRule = setup.detourRule;
    this.fallbackWhenDown = setup.fallbackWhenDown;
    this.directory = setup.directory;
    this.giveUp = setup.giveUp;
    this.waitsFrom = setup.waitsFromArrivalSeconds;
    this.scheduledServers = setup.schedule.serversAt(sim.now);
    this.resource = new Resource(sim, { capacity: this.scheduledServers, name: setup.id });
    this.servers = new TimeWeighted(sim.now, this.scheduledServers);
    this.resource.observeCapacity(this.servers);

    this.onGranted = (request: Request) => {
      const truck = request.payload as Truck;
      if (truck.givesUp) {
        truck.waiting = null;
        truck.waitingAt = null;
      }
      const now = this.sim.now;
      const wait = now - truck.queuedSeconds;
      this.queue.leave(truck.queuedSeconds, now);
      const service = this.laws[truck.direction]![truck.cargoClass]!.sample(this.serviceStream);
      if (truck.arrivalSeconds >= this.waitsFrom) {
        this.served += 1;
        this.waitSumSeconds += wait;
        if (wait > this.maxWaitSeconds) this.maxWaitSeconds = wait;
        this.waitQuantiles.add(wait);
        this.serviceSumSeconds += service;
      }
      this.busy.enter(now);
      this.sim.schedule(service, this.onServiceDone, request);
    };
    this.onServiceDone = (request: Request) => {
      this.busy.leave(request.grantedAt, this.sim.now);
      this.resource.release(request);
      const truck = request.payload as Truck;
      truck.reachMilestone(this.segment, this.sim.now);
      if (this.detourRule !== null) {
        const detour = this.detourRule(truck);
        if (detour >= 0) {
          this.directory[detour]!.enter(truck);
          return;
        }
      }
      truck.moveOn();
    };
  }

  /** Trucks waiting for a server now. */
  get queueLength(): number {
    return this.resource.queueLength;
  }

  /** Servers the station has now (staffing and outages). */
  get serversNow(): number {
    return this.resource.capacity;
  }

  /** Whether the station is opening or closing at some hour (false: same servers all the time). */
  get hasStaffingChanges(): boolean {
    return !this.schedule.isConstant;
  }

  /**
   * A truck arrives: it joins this station's line (served FIFO when a server frees up), or, while
   * the station is down and has a fallback, the fallback's line.
   */
  enter(truck: Truck): void {
    if (this.down && this.fallbackWhenDown >= 0) {
      this.divertedTrucks += 1;
      this.directory[this.fallbackWhenDown]!.join(truck);
      return;
    }
    this.join(truck);
  }

  /** Puts `truck` in this station's own line, up or down. */
  protected join(truck: Truck): void {
    truck.queuedSeconds = this.sim.now;
    this.queue.enter(truck.queuedSeconds);
    const request = this.resource.seize(this.onGranted, 0, null, truck);
    // Read after seize: a truck granted at once never counts as queued.
    const length = this.resource.queueLength;
    if (length > this.maxQueue) this.maxQueue = length;
    if (truck.givesUp && request.status === RequestStatus.WAITING) {
      truck.waiting = request;
      truck.waitingAt = this;
      if (truck.impatient) {
        this.withdraw(truck);
        this.giveUp(truck);
      }
    }
  }

  /** Takes a waiting truck out of this station's line: its patience ran out. */
  withdraw(truck: Truck): void {
    this.resource.cancel(truck.waiting!);
    this.queue.leave(truck.queuedSeconds, this.sim.now);
    this.renegedTrucks += 1;
    truck.waiting = null;
    truck.waitingAt = null;
  }

  /**
   * Forgets the statistics gathered so far (the end of a warm-up): the KPIs then cover the
   * trucks served, the waits and the occupancy from now on.
   */
  resetStatistics(): void {
    const now = this.sim.now;
    if (this.waitsFrom === Number.NEGATIVE_INFINITY) {
      // A warm-up by time: the per-truck counts restart too (by arrival, they filter instead).
      this.served = 0;
      this.waitSumSeconds = 0;
      this.maxWaitSeconds = 0;
      this.serviceSumSeconds = 0;
      this.waitQuantiles = new WaitQuantiles();
    }
    this.busy.restart(now);
    this.queue.restart(now);
    this.maxQueue = this.resource.queueLength;
    this.servers.reset(now);
    this.downSeconds = 0;
    if (this.down) this.downSinceSeconds = now;
    this.divertedTrucks = 0;
    this.renegedTrucks = 0;
  }

  /**
   * Applies the staffing schedule's servers at the current time and returns the next time they
   * may change.
   */
  applySchedule(): number {
    this.scheduledServers = this.schedule.serversAt(this.sim.now);
    this.applyCapacity();
    return this.schedule.nextChangeAfter(this.sim.now);
  }

  /** Marks the station down (outage) or up again (repair). */
  setDown(down: boolean): void {
    if (down === this.down) return;
    const now = this.sim.now;
    if (down) this.downSinceSeconds = now;
    else this.downSeconds += now - this.downSinceSeconds;
    this.down = down;
    this.applyCapacity();
  }

  private applyCapacity(): void {
    // Trucks in service finish when servers are withdrawn (closing time, shift change, outage):
    // an officer completes the truck in hand; the line waits for the next opening.
    this.resource.setCapacity(this.down ? 0 : this.scheduledServers, "finish");
  }

  /** This station's KPIs at `endSeconds`. */
  kpis(endSeconds: number): StationKpis {
    const serverSeconds = this.servers.integral(endSeconds);
    const busySeconds = this.busy.integral(endSeconds);
    const start = this.servers.startTime;
    const span = endSeconds - start;
    const served = this.served;
    const downSeconds = this.downSeconds + (this.down ? endSeconds - this.downSinceSeconds : 0);
    const toMinutes = (seconds: number | null) => (seconds === null ? null : seconds / 60);
    return {
      id: this.id,
      kind: this.kind,
      served,
      meanWaitMinutes: toMinutes(served > 0 ? this.waitSumSeconds / served : null),
      p90WaitMinutes: toMinutes(this.waitQuantiles.quantile(0.9)),
      maxWaitMinutes: toMinutes(served > 0 ? this.maxWaitSeconds : null),
      meanServiceSeconds: served > 0 ? this.serviceSumSeconds / served : null,
      utilisation: serverSeconds > 0 ? Math.min(1, busySeconds / serverSeconds) : null,
      meanServers: span > 0 ? serverSeconds / span : null,
      meanQueueTrucks: this.queue.mean(start, endSeconds),
      maxQueueTrucks: this.maxQueue,
      downHours: downSeconds / 3600,
      divertedTrucks: this.divertedTrucks,
      queueAtEndTrucks: this.resource.queueLength,
      renegedTrucks: this.renegedTrucks,
    };
  }
}
