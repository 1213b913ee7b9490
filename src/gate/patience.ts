/**
 * Reneging: each truck has a patience (a law per cargo class, drawn at its arrival from a
 * stream of its own), counted from its real arrival. When it runs out while the truck waits in
 * a line (the road or a station's), the truck leaves it; when it runs out while the truck is in
 * service, the truck leaves at the next line where it would have to wait.
 */
import { ownValue } from "../common/index.js";
import type { Simulation } from "../engine/index.js";
import type { Distribution, RandomStream, RandomStreams } from "../random/index.js";
import { durationLaw } from "./durations/index.js";
import type { Scenario } from "./scenario/schema.js";
import type { Truck } from "./truck.js";

/** Patience of the trucks, or null when the scenario has no reneging rule. */
export function makePatience(
  sim: Simulation,
  scenario: Scenario,
  streams: RandomStreams,
  giveUp: (truck: Truck) => void,
): Patience | null {
  return scenario.reneging === undefined ? null : new Patience(sim, scenario, streams, giveUp);
}

/** Draws patiences and makes trucks give up when theirs runs out. */
export class Patience {
  private readonly laws: (Distribution | null)[];
  private readonly stream: RandomStream;
  private readonly expire: (truck: Truck) => void;

  constructor(
    private readonly sim: Simulation,
    scenario: Scenario,
    streams: RandomStreams,
    giveUp: (truck: Truck) => void,
  ) {
    const spec = scenario.reneging!;
    const fallback = spec.patienceSeconds === undefined ? null : durationLaw(spec.patienceSeconds);
    this.laws = scenario.trucks.cargoClasses.map((cargo) => {
      const own = ownValue(spec.patienceByCargoClass, cargo.id);
      return own === undefined ? fallback : durationLaw(own);
    });
    this.stream = streams.stream("patience");
    this.expire = (truck: Truck) => {
      if (truck.waitingAt !== null) {
        truck.waitingAt.withdraw(truck);
        giveUp(truck);
      } else {
        truck.impatient = true;
      }
    };
  }

  /** Starts the patience of a truck that just entered the system. */
  start(truck: Truck): void {
    const law = this.laws[truck.cargoClass];
    if (law === null || law === undefined) return;
    const end = truck.arrivalSeconds + law.sample(this.stream);
    truck.givesUp = true;
    this.sim.scheduleAt(Math.max(this.sim.now, end), this.expire, truck);
  }
}
