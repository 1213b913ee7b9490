/**
 * The gate's yard: a finite number of slots; a truck that finds it full waits on the road (the
 * queue planners measure in kilometres). The yard is the first stop of every route when the
 * scenario has one; the slot is held until the truck exits.
 */
import { type Request, RequestStatus, Resource, type Simulation } from "../engine/index.js";
import { SEGMENT_INDEX } from "./encoding.js";
import { Occupancy } from "./occupancy.js";
import type { GateRunResult } from "./results.js";
import type { Scenario } from "./scenario/schema.js";
import type { GateTracer, TraceEvent } from "./trace.js";
import type { Truck, TruckStop, WaitingLine } from "./truck.js";

/** The yard and the road before it. */
export class Yard implements TruckStop, WaitingLine {
  private readonly slots: Resource | null;
  /** Trucks in the yard and on the road before it, by Little's law (see Occupancy). */
  private readonly occupancy = new Occupancy();
  private readonly road = new Occupancy();
  private maxRoad = 0;
  private readonly onAdmitted: (request: Request) => void;

  constructor(
    private readonly sim: Simulation,
    private readonly spec: Scenario["yard"],
    private readonly tracer: GateTracer | null,
    /** Called when a truck gives up on the road (reneging). */
    private readonly giveUp: (truck: Truck) => void,
  ) {
    this.slots = spec ? new Resource(sim, { capacity: spec.slots, name: "yard" }) : null;
    this.onAdmitted = (request: Request) => {
      const truck = request.payload as Truck;
      if (truck.givesUp) {
        truck.waiting = null;
        truck.waitingAt = null;
      }
      const now = this.sim.now;
      this.road.leave(truck.arrivalSeconds, now);
      this.occupancy.enter(now);
      truck.yardSlot = request;
      truck.reachMilestone(SEGMENT_INDEX.road, now);
      if (this.tracer !== null) this.trace("yard", truck);
      truck.moveOn();
    };
  }

  /** Whether the yard is finite (and so a stop of every route). */
  get isFinite(): boolean {
    return this.slots !== null;
  }

  /** Trucks waiting on the road now. */
  get roadQueue(): number {
    return this.slots?.queueLength ?? 0;
  }

  /** Whether every slot is taken (an arriving truck would wait on the road). */
  get isFull(): boolean {
    return this.slots !== null && this.slots.inUse >= this.slots.capacity;
  }

  /** Trucks in the yard now. */
  get occupied(): number {
    return this.slots?.inUse ?? 0;
  }

  /** A truck arrives: it takes a slot, or waits on the road for one. */
  enter(truck: Truck): void {
    this.road.enter(this.sim.now);
    const request = this.slots!.seize(this.onAdmitted, 0, null, truck);
    const road = this.slots!.queueLength;
    if (road > this.maxRoad) this.maxRoad = road;
    if (truck.givesUp && request.status === RequestStatus.WAITING) {
      truck.waiting = request;
      truck.waitingAt = this;
      if (truck.impatient) {
        this.withdraw(truck);
        this.giveUp(truck);
      }
    }
    // Traced only when the truck waits: a truck admitted at once has its "yard" entry already.
    if (this.tracer !== null && truck.yardSlot === null) this.trace("road", truck);
  }

  private trace(event: TraceEvent, truck: Truck): void {
    const slots = this.spec!.slots;
    this.tracer!.emit(this.sim.now, event, truck.id, "yard", this.roadQueue, slots);
  }

  /** Takes a truck waiting on the road out of the queue: its patience ran out. */
  withdraw(truck: Truck): void {
    this.slots!.cancel(truck.waiting!);
    this.road.leave(truck.arrivalSeconds, this.sim.now);
    truck.waiting = null;
    truck.waitingAt = null;
  }

  /** A truck leaves the gate: its slot frees up. */
  release(truck: Truck): void {
    if (truck.yardSlot === null) return;
    this.occupancy.leave(truck.yardSlot.grantedAt, this.sim.now);
    this.slots!.release(truck.yardSlot);
  }

  /** Statistics start afresh now (the end of a warm-up). */
  restart(): void {
    const now = this.sim.now;
    this.occupancy.restart(now);
    this.road.restart(now);
    this.maxRoad = this.roadQueue;
  }

  /** The yard's KPIs over [measureFromSeconds, endSeconds]. */
  kpis(measureFromSeconds: number, endSeconds: number): GateRunResult["yard"] {
    const spacing = this.spec?.truckSpacingMetres;
    const finite = this.slots !== null;
    return {
      slots: this.spec?.slots ?? null,
      meanOccupancyTrucks: finite ? this.occupancy.mean(measureFromSeconds, endSeconds) : null,
      maxOccupancyTrucks: this.occupancy.max,
      meanRoadQueueTrucks: finite ? this.road.mean(measureFromSeconds, endSeconds) : null,
      maxRoadQueueTrucks: this.maxRoad,
      maxRoadQueueKm: spacing === undefined ? null : (this.maxRoad * spacing) / 1000,
    };
  }
}
