/**
 * An opt-in event log of a gate run (simmer's and Ciw's monitors): one entry per arrival, queue
 * join, service start and end, detour, diversion, outage, change of servers and exit, with the
 * time, the truck, the station and its line. Streamed to a callback, never kept; bounded by a
 * limit, after which one `truncated` entry says how many entries were left out. When no trace is
 * asked for, the model holds `null` and pays one comparison per event.
 */

/** What happened. */
export const TRACE_EVENTS = [
  "arrive",
  "road",
  "yard",
  "queue",
  "start",
  "finish",
  "detour",
  "divert",
  "down",
  "up",
  "servers",
  "exit",
  "turnedAway",
  "balked",
  "reneged",
  "truncated",
] as const;
/**
 * A trace event: what happened to the truck or the station.
 * @useDeclaredType
 */
export type TraceEvent = (typeof TRACE_EVENTS)[number];

/** One entry of the trace. */
export interface GateTraceEntry {
  /** Simulated time, seconds from the start of day 0. */
  readonly timeSeconds: number;
  /** What happened. */
  readonly event: TraceEvent;
  /** The truck (arrival number from 0), or null for station events. */
  readonly truckId: number | null;
  /** The station (or "yard"), or null for arrivals and exits. */
  readonly stationId: string | null;
  /** Trucks waiting in that station's line (or on the road) after the event, or null. */
  readonly queueLength: number | null;
  /** Servers the station has now, or null; for `truncated`, the number of entries left out. */
  readonly servers: number | null;
}

/** Default most entries a trace writes before it stops (and says so). */
export const DEFAULT_TRACE_LIMIT = 1_000_000;

/** Writes trace entries to a sink until the limit, then counts the rest. */
export class GateTracer {
  private written = 0;
  private dropped = 0;

  constructor(
    private readonly sink: (entry: GateTraceEntry) => void,
    private readonly limit: number = DEFAULT_TRACE_LIMIT,
  ) {}

  /** Records one entry (or counts it, past the limit). */
  emit(
    timeSeconds: number,
    event: TraceEvent,
    truckId: number | null,
    stationId: string | null,
    queueLength: number | null,
    servers: number | null,
  ): void {
    if (this.written >= this.limit) {
      this.dropped += 1;
      return;
    }
    this.written += 1;
    this.sink({ timeSeconds, event, truckId, stationId, queueLength, servers });
  }

  /** Ends the trace at `timeSeconds`: a `truncated` entry if entries were left out. */
  close(timeSeconds: number): void {
    if (this.dropped > 0) {
      this.sink({
        timeSeconds,
        event: "truncated",
        truckId: null,
        stationId: null,
        queueLength: null,
        servers: this.dropped,
      });
    }
  }
}
