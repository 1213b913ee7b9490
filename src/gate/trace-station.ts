/**
 * A station that writes the gate trace: the same station, with its callbacks wrapped to log
 * queue joins, service starts and ends, detours, diversions, outages and staffing changes.
 * Built only when a trace is asked for, so an untraced run executes the plain station's code
 * and pays nothing for the feature (bench: trace A/B in the note of the kinds redesign).
 */
import type { Request, Simulation } from "../engine/index.js";
import { Station, type StationSetup } from "./station.js";
import type { GateTracer, TraceEvent } from "./trace.js";
import type { Truck } from "./truck.js";

/** A plain station, or a traced one when `tracer` is set. */
export function makeStation(
  sim: Simulation,
  setup: StationSetup,
  tracer: GateTracer | null,
): Station {
  return tracer === null ? new Station(sim, setup) : new TracedStation(sim, setup, tracer);
}

/** A station that logs what happens at it. */
class TracedStation extends Station {
  constructor(
    sim: Simulation,
    setup: StationSetup,
    private readonly tracer: GateTracer,
  ) {
    super(sim, setup);
    const granted = this.onGranted;
    const done = this.onServiceDone;
    this.onGranted = (request: Request) => {
      granted(request);
      this.log("start", request.payload as Truck);
    };
    // Logged before the release, which may start the next truck's service at once.
    this.onServiceDone = (request: Request) => {
      this.log("finish", request.payload as Truck);
      done(request);
    };
    const rule = this.detourRule;
    if (rule !== null) {
      this.detourRule = (truck) => {
        const detour = rule(truck);
        if (detour >= 0) (this.directory[detour] as TracedStation).log("detour", truck);
        return detour;
      };
    }
  }

  override enter(truck: Truck): void {
    if (this.down && this.fallbackWhenDown >= 0) {
      (this.directory[this.fallbackWhenDown] as TracedStation).log("divert", truck);
    }
    super.enter(truck);
  }

  protected override join(truck: Truck): void {
    this.log("queue", truck);
    super.join(truck);
  }

  override applySchedule(): number {
    const next = super.applySchedule();
    this.log("servers", null);
    return next;
  }

  override setDown(down: boolean): void {
    const changed = down !== this.down;
    super.setDown(down);
    if (changed) this.log(down ? "down" : "up", null);
  }

  private log(event: TraceEvent, truck: Truck | null): void {
    const now = this.sim.now;
    this.tracer.emit(now, event, truck?.id ?? null, this.id, this.queueLength, this.serversNow);
  }
}
