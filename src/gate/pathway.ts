/**
 * The scenario's pathway compiled for the run: which stops a truck of a given direction, cargo
 * class and drawn customs channel visits, in order. Steps name their conditions in the scenario
 * (channels, agricultural cargo, classes, directions); here they become bit masks, and each
 * truck type's route is worked out once, as the list of stops the truck walks through.
 */
import { CHANNELS, DIRECTIONS, NO_CHANNEL } from "./encoding.js";
import type { Scenario } from "./scenario/schema.js";
import type { TruckStop } from "./truck.js";

/** One pathway step with its conditions as masks. */
interface CompiledStep<Stop> {
  readonly stop: Stop;
  readonly assignsChannel: boolean;
  /** Allowed channels as a bit mask (bit c), 0 = any. */
  readonly channels: number;
  /** 1: agricultural only, 0: non-agricultural only, -1: any. */
  readonly agricultural: number;
  readonly classes: Uint8Array | null;
  /** Allowed directions as a bit mask, 0 = any. */
  readonly directions: number;
}

/** A truck type's way through the gate. */
export interface Route<Stop = TruckStop> {
  /** The stops in order, from the head to the tail. */
  readonly stops: readonly Stop[];
  /** Whether a step on it assigns the customs channel. */
  readonly assignsChannel: boolean;
}

/**
 * The compiled pathway and the routes worked out from it so far. `Stop` is what a route lists:
 * the run's stations and exit, or anything else standing for the stations (load estimates use
 * station indices).
 */
export class Pathway<Stop = TruckStop> {
  private readonly steps: readonly CompiledStep<Stop>[];
  private readonly agricultural: Uint8Array;
  private readonly routes: Route<Stop>[] = [];

  /**
   * `stations` are the scenario's stops in scenario order; every route starts with `head` (the
   * yard, if any) and ends with `tail` (the neighbour, if any, and the exit).
   */
  constructor(
    scenario: Scenario,
    stations: readonly Stop[],
    private readonly head: readonly Stop[],
    private readonly tail: readonly Stop[],
  ) {
    const classes = scenario.trucks.cargoClasses;
    const indexById = new Map(scenario.stations.map((spec, index) => [spec.id, index]));
    this.agricultural = Uint8Array.from(classes, (cargo) => (cargo.agricultural ? 1 : 0));
    this.steps = scenario.pathway.map((step) => ({
      stop: stations[indexById.get(step.stationId)!]!,
      assignsChannel: step.assignsChannel === true,
      channels: (step.when?.channels ?? []).reduce(
        (mask, channel) => mask | (1 << CHANNELS.indexOf(channel)),
        0,
      ),
      agricultural: step.when?.agricultural === undefined ? -1 : step.when.agricultural ? 1 : 0,
      classes:
        step.when?.cargoClassIds === undefined
          ? null
          : Uint8Array.from(classes, (cargo) =>
              step.when!.cargoClassIds!.includes(cargo.id) ? 1 : 0,
            ),
      directions: (step.when?.directions ?? []).reduce(
        (mask, d) => mask | (1 << DIRECTIONS.indexOf(d)),
        0,
      ),
    }));
  }

  /**
   * The route of a truck of this direction, class and drawn channel. A step that assigns the
   * channel makes later channel conditions apply; before it, a truck has no channel and skips
   * channel-bound steps.
   * perf: computed once per combination (at most 2 × classes × 4) instead of testing every
   * step's conditions for every truck (bench: scenarios, smart year).
   */
  routeFor(direction: number, cargoClass: number, drawnChannel: number): Route<Stop> {
    const key = (direction * this.agricultural.length + cargoClass) * 4 + drawnChannel + 1;
    const cached = this.routes[key];
    if (cached !== undefined) return cached;
    const route = this.work(direction, cargoClass, drawnChannel, 0, false);
    this.routes[key] = route;
    return route;
  }

  /**
   * The route of a truck already waiting at pathway step `fromStep` when the run starts: that
   * step's stop first (whatever its conditions), then the later steps that apply to it. A
   * channel-assigning step before `fromStep` has already given the truck its channel.
   */
  routeFrom(
    direction: number,
    cargoClass: number,
    drawnChannel: number,
    fromStep: number,
  ): Route<Stop> {
    return this.work(direction, cargoClass, drawnChannel, fromStep, true);
  }

  /** The index of the first pathway step at `stop`, or -1. */
  stepAt(stop: Stop): number {
    return this.steps.findIndex((step) => step.stop === stop);
  }

  private work(
    direction: number,
    cargoClass: number,
    drawnChannel: number,
    fromStep: number,
    forceFirst: boolean,
  ): Route<Stop> {
    const stops: Stop[] = [...this.head];
    let channel = NO_CHANNEL;
    for (let index = 0; index < fromStep; index++) {
      if (this.steps[index]!.assignsChannel) channel = drawnChannel;
    }
    for (let index = fromStep; index < this.steps.length; index++) {
      const step = this.steps[index]!;
      if (index === fromStep && forceFirst) {
        stops.push(step.stop);
        if (step.assignsChannel) channel = drawnChannel;
        continue;
      }
      if (step.channels !== 0 && (channel < 0 || (step.channels & (1 << channel)) === 0)) continue;
      if (step.agricultural >= 0 && this.agricultural[cargoClass] !== step.agricultural) continue;
      if (step.classes !== null && step.classes[cargoClass] === 0) continue;
      if (step.directions !== 0 && (step.directions & (1 << direction)) === 0) continue;
      stops.push(step.stop);
      if (step.assignsChannel) channel = drawnChannel;
    }
    stops.push(...this.tail);
    return { stops, assignsChannel: channel !== NO_CHANNEL };
  }
}
