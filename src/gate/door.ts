/**
 * The door of the gate: whether an arriving truck gets in. Admission rules turn matching
 * trucks away (by class, direction, period, or while the backlog is above a threshold); a
 * balking truck does not join a road queue that is already too long. Decided once, at arrival.
 */
import { SECONDS_PER_DAY, SECONDS_PER_HOUR } from "../common/index.js";
import { DIRECTIONS } from "./encoding.js";
import type { LossReason } from "./loss-book.js";
import type { Scenario } from "./scenario/schema.js";
import type { Truck } from "./truck.js";
import type { Yard } from "./yard.js";

interface Rule {
  readonly classes: ReadonlySet<number> | null;
  readonly directions: ReadonlySet<number> | null;
  readonly fromSeconds: number;
  readonly untilSeconds: number;
  readonly backlogAbove: number;
}

/** The gate's door, or null when the scenario has no admission rule and no balking. */
export function makeDoor(scenario: Scenario, yard: Yard): Door | null {
  return scenario.admission === undefined && scenario.balking === undefined
    ? null
    : new Door(scenario, yard);
}

/** Decides who gets in. */
export class Door {
  private readonly rules: readonly Rule[];
  private readonly balkClasses: ReadonlySet<number> | null;
  /** Most trucks on the road a truck still joins, or Infinity (no balking). */
  private readonly maxRoad: number;

  constructor(
    scenario: Scenario,
    private readonly yard: Yard,
  ) {
    const classIndex = (ids: readonly string[] | undefined) =>
      ids === undefined
        ? null
        : new Set(ids.map((id) => scenario.trucks.cargoClasses.findIndex((c) => c.id === id)));
    this.rules = (scenario.admission ?? []).map((rule) => ({
      classes: classIndex(rule.cargoClassIds),
      directions:
        rule.directions === undefined
          ? null
          : new Set(rule.directions.map((d) => DIRECTIONS.indexOf(d))),
      fromSeconds: (rule.fromDay ?? 0) * SECONDS_PER_DAY + (rule.fromHour ?? 0) * SECONDS_PER_HOUR,
      untilSeconds:
        rule.untilDay === undefined
          ? Number.POSITIVE_INFINITY
          : rule.untilDay * SECONDS_PER_DAY + (rule.untilHour ?? 0) * SECONDS_PER_HOUR,
      backlogAbove: rule.whileBacklogAboveTrucks ?? -1,
    }));
    const balking = scenario.balking;
    this.balkClasses = classIndex(balking?.cargoClassIds);
    const spacing = scenario.yard?.truckSpacingMetres ?? 1;
    this.maxRoad =
      balking === undefined
        ? Number.POSITIVE_INFINITY
        : (balking.maxRoadQueueTrucks ??
          Math.floor(((balking.maxRoadQueueKm ?? 0) * 1000) / spacing));
  }

  /** Why `truck` does not get in now (`inSystem` trucks are in the gate), or null. */
  refusal(truck: Truck, nowSeconds: number, inSystem: number): LossReason | null {
    for (const rule of this.rules) {
      if (nowSeconds < rule.fromSeconds || nowSeconds >= rule.untilSeconds) continue;
      if (rule.classes !== null && !rule.classes.has(truck.cargoClass)) continue;
      if (rule.directions !== null && !rule.directions.has(truck.direction)) continue;
      if (inSystem <= rule.backlogAbove) continue;
      return "turnedAway";
    }
    if (
      this.maxRoad !== Number.POSITIVE_INFINITY &&
      (this.balkClasses === null || this.balkClasses.has(truck.cargoClass)) &&
      this.yard.isFull &&
      this.yard.roadQueue >= this.maxRoad
    ) {
      return "balked";
    }
    return null;
  }
}
