/**
 * Where trucks enter and leave without clearing: an arriving truck passes the door (admission
 * rules, balking) or is counted as refused; a truck that enters is recorded, traced and given
 * its patience; a truck whose patience runs out in a line leaves the system and its yard slot.
 */
import type { Door } from "./door.js";
import type { Patience } from "./patience.js";
import type { GateTracer } from "./trace.js";
import type { Truck } from "./truck.js";
import type { TruckLedger } from "./truck-ledger.js";
import type { Yard } from "./yard.js";

/** The gate's entrance. */
export class Entrance {
  constructor(
    private readonly ledger: TruckLedger,
    private readonly yard: Yard,
    private readonly tracer: GateTracer | null,
    private readonly door: Door | null,
    private readonly patience: Patience | null,
  ) {}

  /** A truck arriving now: it enters (true) or is turned away or balks, and is counted (false). */
  arrive(truck: Truck, nowSeconds: number): boolean {
    const refused = this.door?.refusal(truck, nowSeconds, this.ledger.inSystem) ?? null;
    if (refused === null) {
      this.enter(truck, nowSeconds);
      return true;
    }
    this.ledger.refuse(truck, nowSeconds, refused);
    this.tracer?.emit(nowSeconds, refused, truck.id, null, null, null);
    return false;
  }

  /** A truck enters the system now (arriving, or present at the start). */
  enter(truck: Truck, nowSeconds: number): void {
    this.ledger.arrive(truck, nowSeconds);
    this.tracer?.emit(nowSeconds, "arrive", truck.id, null, null, null);
    this.patience?.start(truck);
  }

  /** A truck gave up in a line (it has already left the line): it leaves the gate. */
  giveUp(truck: Truck, nowSeconds: number): void {
    this.yard.release(truck);
    this.ledger.renege(truck);
    this.tracer?.emit(nowSeconds, "reneged", truck.id, null, null, null);
  }
}
