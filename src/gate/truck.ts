import type { Request } from "../engine/index.js";

/**
 * A truck moving through the gate: its attributes (drawn once at arrival, so manual and smart
 * configurations see the same trucks) and the timestamps its Time Release Study record needs.
 */

const NO_STEPS = new Int32Array(0);

/** Direction indices (see `DIRECTIONS`). */
export const EXPORT = 0;
export const IMPORT = 1;

/** Channel indices (see `CHANNELS`); NO_CHANNEL until a step assigns one. */
export const NO_CHANNEL = -1;

/** Time Release Study segments, in the order a truck normally meets them. */
export const SEGMENTS = [
  "road",
  "identity",
  "declaration",
  "inspection",
  "quarantine",
  "release",
  "exit",
] as const;
/** A Time Release Study segment. */
export type Segment = (typeof SEGMENTS)[number];
export const SEGMENT_ROAD = 0;
export const SEGMENT_EXIT = 6;

/** One truck. Plain mutable fields: the event loop updates them without allocation. */
export class Truck {
  /** Sequence number of arrival, from 0. */
  readonly id: number;
  readonly arrivalSeconds: number;
  /** EXPORT or IMPORT. */
  readonly direction: number;
  /** Index into the scenario's cargo classes. */
  readonly cargoClass: number;
  /** The channel this truck gets if a step assigns one (drawn at arrival for common random numbers). */
  readonly drawnChannel: number;
  /** Assigned channel, NO_CHANNEL until assigned. */
  channel = NO_CHANNEL;
  /** The pathway steps this truck takes (indices into the pathway), set at arrival. */
  route: Int32Array = NO_STEPS;
  /** Position in `route` of the next step. */
  nextStep = 0;
  /** When the truck joined its current queue. */
  queuedSeconds = 0;
  /** When the truck finished its previous stage (for segment attribution). */
  lastMilestoneSeconds: number;
  /** Seconds spent in each Time Release Study segment. */
  // perf: a plain array allocates faster than a Float64Array (bench: smart-doubled year).
  readonly segmentSeconds: number[] = [0, 0, 0, 0, 0, 0, 0];
  /** A detour to make before the next step (a false reject's manual booth), or -1. */
  detourStation = -1;
  /** Neighbours in the model's list of trucks in the system. */
  previousInSystem: Truck | null = null;
  nextInSystem: Truck | null = null;
  /** The yard slot held from entering the yard until exit, if the yard is finite. */
  yardSlot: Request | null = null;

  constructor(
    id: number,
    arrivalSeconds: number,
    direction: number,
    cargoClass: number,
    drawnChannel: number,
  ) {
    this.id = id;
    this.arrivalSeconds = arrivalSeconds;
    this.direction = direction;
    this.cargoClass = cargoClass;
    this.drawnChannel = drawnChannel;
    this.lastMilestoneSeconds = arrivalSeconds;
  }

  /** Attributes the time since the last milestone to `segment`. */
  reachMilestone(segment: number, nowSeconds: number): void {
    this.segmentSeconds[segment]! += nowSeconds - this.lastMilestoneSeconds;
    this.lastMilestoneSeconds = nowSeconds;
  }
}
