/**
 * The scenario's pathway compiled for the run: which stations a truck of a given direction,
 * cargo class and drawn customs channel visits, in order. Steps name their conditions in the
 * scenario (channels, agricultural cargo, classes, directions); here they become bit masks and
 * flags, and each truck type's route is worked out once.
 */
import { CHANNELS, DIRECTIONS, type Scenario } from "./scenario/schema.js";
import { NO_CHANNEL } from "./truck.js";

/** One pathway step with its conditions as masks. */
export interface CompiledStep {
  /** Index of the station in the scenario's list. */
  readonly station: number;
  readonly assignsChannel: boolean;
  /** Allowed channels as a bit mask (bit c), 0 = any. */
  readonly channels: number;
  /** 1: agricultural only, 0: non-agricultural only, -1: any. */
  readonly agricultural: number;
  readonly classes: Uint8Array | null;
  /** Allowed directions as a bit mask, 0 = any. */
  readonly directions: number;
}

/** The compiled pathway and the routes worked out from it so far. */
export class Pathway {
  readonly steps: readonly CompiledStep[];
  private readonly agricultural: Uint8Array;
  private readonly routes: Int32Array[] = [];

  /** `stationIndex` maps a station id of the (validated) scenario to its index. */
  constructor(scenario: Scenario, stationIndex: ReadonlyMap<string, number>) {
    const classes = scenario.trucks.cargoClasses;
    this.agricultural = Uint8Array.from(classes, (cargo) => (cargo.agricultural ? 1 : 0));
    this.steps = scenario.pathway.map((step) => ({
      station: stationIndex.get(step.stationId)!,
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
   * The pathway steps a truck of this direction, class and drawn channel takes, in order
   * (indices into `steps`). A step that assigns the channel makes later channel conditions
   * apply; before it, a truck has no channel and skips channel-bound steps.
   * perf: computed once per combination (at most 2 × classes × 4) instead of testing every
   * step's conditions for every truck (bench: scenarios, smart year).
   */
  routeFor(direction: number, cargoClass: number, drawnChannel: number): Int32Array {
    const key = (direction * this.agricultural.length + cargoClass) * 4 + drawnChannel + 1;
    const cached = this.routes[key];
    if (cached !== undefined) return cached;
    const taken: number[] = [];
    let channel = NO_CHANNEL;
    this.steps.forEach((step, index) => {
      if (step.channels !== 0 && (channel < 0 || (step.channels & (1 << channel)) === 0)) return;
      if (step.agricultural >= 0 && this.agricultural[cargoClass] !== step.agricultural) return;
      if (step.classes !== null && step.classes[cargoClass] === 0) return;
      if (step.directions !== 0 && (step.directions & (1 << direction)) === 0) return;
      taken.push(index);
      if (step.assignsChannel) channel = drawnChannel;
    });
    const route = Int32Array.from(taken);
    this.routes[key] = route;
    return route;
  }
}
