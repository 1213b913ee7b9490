/**
 * The one place that encodes a truck's type and its Time Release Study segments as numbers:
 * directions, customs risk channels and segments by index, and the direction × cargo class ×
 * channel cell that statistics are kept in. The event loop works with these indices; names
 * appear only in scenarios and results.
 */

/** Directions a truck crosses the border, by index. */
export const DIRECTIONS = ["export", "import"] as const;
/** A direction. */
export type Direction = (typeof DIRECTIONS)[number];
/** Direction indices. */
export const EXPORT = 0;
export const IMPORT = 1;

/** Risk channels of the customs declaration, by index. */
export const CHANNELS = ["green", "yellow", "red"] as const;
/** A risk channel. */
export type Channel = (typeof CHANNELS)[number];
/** The channel index of a truck that no step assigned a channel to. */
export const NO_CHANNEL = -1;
/** Channel names as results show them, `none` first (index = channel + 1). */
export const CHANNEL_NAMES = ["none", ...CHANNELS] as const;
/** Number of channel slots in a cell, `none` included. */
const CHANNEL_SLOTS = CHANNEL_NAMES.length;

/** The name of channel index `channel` (NO_CHANNEL → "none"). */
export function channelName(channel: number): (typeof CHANNEL_NAMES)[number] {
  return CHANNEL_NAMES[channel + 1]!;
}

/**
 * Time Release Study segments, in the order a truck normally meets them (the WCO's method:
 * time on the road, at the identity check, the declaration, inspection, quarantine, release
 * and exit).
 */
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
/**
 * Zero seconds in every segment, indexed like SEGMENTS: a truck's running totals.
 * perf: an array literal allocates faster than a Float64Array or a mapped array (bench:
 * scenarios, smart-doubled year); the literal's length is checked against SEGMENTS below.
 */
export function zeroSegmentSeconds(): number[] {
  return [0, 0, 0, 0, 0, 0, 0];
}

/**
 * A truck's segment totals (indexed like SEGMENTS) as a record by segment name.
 * perf: one object literal, one hidden class, instead of keys added in a loop (bench:
 * scenarios, smart-doubled year with onTruck); its keys are checked against SEGMENTS below.
 */
export function segmentRecord(seconds: readonly number[]): Record<Segment, number> {
  return {
    road: seconds[0]!,
    identity: seconds[1]!,
    declaration: seconds[2]!,
    inspection: seconds[3]!,
    quarantine: seconds[4]!,
    release: seconds[5]!,
    exit: seconds[6]!,
  };
}

/** Fails to compile when SEGMENTS changes without the two literals above (length and order). */
const SEGMENTS_AS_WRITTEN: typeof SEGMENTS = [
  "road",
  "identity",
  "declaration",
  "inspection",
  "quarantine",
  "release",
  "exit",
];
void SEGMENTS_AS_WRITTEN;

/** Segment indices by name. */
export const SEGMENT_INDEX: Readonly<Record<Segment, number>> = Object.freeze(
  Object.fromEntries(SEGMENTS.map((segment, index) => [segment, index])) as Record<Segment, number>,
);

/**
 * Cells of direction × cargo class × channel (none included): the finest grouping of trucks
 * that results report, so each truck updates one cell and groups merge cells afterwards.
 */
export class TruckCells {
  /** Number of cells. */
  readonly count: number;

  constructor(readonly cargoClasses: number) {
    this.count = DIRECTIONS.length * cargoClasses * CHANNEL_SLOTS;
  }

  /** The cell of a truck (channel NO_CHANNEL allowed). */
  index(direction: number, cargoClass: number, channel: number): number {
    return (direction * this.cargoClasses + cargoClass) * CHANNEL_SLOTS + channel + 1;
  }

  /** The direction, cargo class and channel of cell `index`. */
  decode(index: number): { direction: number; cargoClass: number; channel: number } {
    const channel = (index % CHANNEL_SLOTS) - 1;
    const rest = Math.floor(index / CHANNEL_SLOTS);
    return {
      direction: Math.floor(rest / this.cargoClasses),
      cargoClass: rest % this.cargoClasses,
      channel,
    };
  }
}
