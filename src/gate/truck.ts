/**
 * A truck moving through the gate: its attributes (drawn once at arrival, so manual and smart
 * configurations see the same trucks), its route, and the timestamps its Time Release Study
 * record needs.
 */
import type { Request } from "../engine/index.js";
import { zeroSegmentSeconds } from "./encoding.js";

/** Where a truck can go next: a station, the neighbouring side, or the exit. */
export interface TruckStop {
  /** The truck arrives here now. */
  enter(truck: Truck): void;
}

/** A line a truck can leave while it waits (a station's, or the road before the yard). */
export interface WaitingLine {
  /** Takes the waiting `truck` out of the line (it gives up). */
  withdraw(truck: Truck): void;
}

/** One truck. Plain mutable fields: the event loop updates them without allocation. */
export class Truck {
  /** Sequence number of arrival, from 0. */
  readonly id: number;
  readonly arrivalSeconds: number;
  /** Direction index (see `DIRECTIONS`). */
  readonly direction: number;
  /** Index into the scenario's cargo classes. */
  readonly cargoClass: number;
  /** Channel index (see `CHANNELS`), or NO_CHANNEL when its route assigns none. */
  readonly channel: number;
  /** The stops this truck visits, in order; the last one is the exit. */
  readonly route: readonly TruckStop[];
  /** Whether it was already in the system at the start (the scenario's initial state). */
  readonly initial: boolean;
  /** Position in `route` of the next stop. */
  nextStop = 0;
  /** When the truck joined its current queue. */
  queuedSeconds = 0;
  /** When the truck finished its previous stage (for segment attribution). */
  lastMilestoneSeconds: number;
  /** Seconds spent in each Time Release Study segment. */
  readonly segmentSeconds: number[] = zeroSegmentSeconds();
  /** Neighbours in the ledger's list of trucks in the system. */
  previousInSystem: Truck | null = null;
  nextInSystem: Truck | null = null;
  /** The yard slot held from entering the yard until exit, if the yard is finite. */
  yardSlot: Request | null = null;
  /** The request it waits with, and the line it waits in (null when not waiting). */
  waiting: Request | null = null;
  waitingAt: WaitingLine | null = null;
  /** It has a patience (reneging): lines record where it waits. */
  givesUp = false;
  /** Its patience ran out while it was not waiting: it leaves at the next line where it waits. */
  impatient = false;

  constructor(
    id: number,
    arrivalSeconds: number,
    direction: number,
    cargoClass: number,
    channel: number,
    route: readonly TruckStop[],
    initial = false,
  ) {
    this.id = id;
    this.arrivalSeconds = arrivalSeconds;
    this.direction = direction;
    this.cargoClass = cargoClass;
    this.channel = channel;
    this.route = route;
    this.initial = initial;
    this.lastMilestoneSeconds = arrivalSeconds;
  }

  /** Attributes the time since the last milestone to segment index `segment`. */
  reachMilestone(segment: number, nowSeconds: number): void {
    this.segmentSeconds[segment]! += nowSeconds - this.lastMilestoneSeconds;
    this.lastMilestoneSeconds = nowSeconds;
  }

  /** Sends the truck on to the next stop of its route. */
  moveOn(): void {
    this.route[this.nextStop++]!.enter(this);
  }
}
