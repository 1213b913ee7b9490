/**
 * The corridor model: one simulation holding several gates (each a `GateRun` hosted with its own
 * named random streams), one demand whose trucks draw their direction and cargo class in the
 * corridor, a routing policy choosing each truck's gate (and, for booking, its arrival time),
 * and diversion of refused trucks to the gates not yet tried. Gates are not changed: they
 * receive trucks through `arrive(direction, cargoClass)`.
 */
import { SECONDS_PER_DAY, SECONDS_PER_HOUR } from "../common/index.js";
import { Simulation, SimulationError } from "../engine/index.js";
import { startArrivals } from "../gate/arrivals/index.js";
import { EXPORT, IMPORT } from "../gate/encoding.js";
import { GateRun } from "../gate/model.js";
import type { TruckRecord } from "../gate/results.js";
import { type GateWarning, gateWarnings } from "../gate/warnings.js";
import { type Distribution, discrete, type RandomStream, RandomStreams } from "../random/index.js";
import { ExactQuantiles } from "../stats/index.js";
import { gateCapacityTrucksPerHour } from "./gate-capacity.js";
import { loadCorridor } from "./parse.js";
import type { CorridorRunResult } from "./results.js";
import { createRouter } from "./routing/index.js";
import type { Router } from "./routing/kind.js";
import type { Corridor } from "./schema.js";

/** Options of one corridor run. */
export interface CorridorRunOptions {
  /** Master seed of the random streams (default "gatesim"). */
  readonly seed?: string | number;
  /** Replication index: independent streams per index (default 0). */
  readonly replication?: number;
  /** Event budget of the kernel (default: the kernel's). */
  readonly maxEvents?: number;
}

/**
 * Runs `corridor` once and returns every gate's result and the corridor's totals.
 * @throws CorridorError listing every problem when `corridor` is invalid.
 * @example
 * const result = runCorridor(corridorPreset("lang-son-corridor")!, { seed: "demo" });
 * result.gates.length; // 3
 * result.totals.meanClearedPerDay; // ≈ 1,350 trucks/day
 */
export function runCorridor(
  corridor: Corridor,
  options: CorridorRunOptions = {},
): CorridorRunResult {
  return new CorridorRun(corridor, options).run();
}

/** A corridor truck on its way: when it entered the corridor and the gates that refused it. */
interface Traveller {
  readonly arrivalSeconds: number;
  readonly direction: number;
  readonly cargoClassId: string;
  readonly tried: Set<number>;
}

class CorridorRun {
  private readonly corridor: Corridor;
  private readonly sim: Simulation;
  private readonly seed: string;
  private readonly replication: number;
  private readonly gates: GateRun[];
  private readonly router: Router;
  private readonly endSeconds: number;
  private readonly measureFromSeconds: number;
  private readonly directionStream: RandomStream;
  private readonly classStream: RandomStream;
  private readonly classLaw: Distribution;
  private readonly exportShare: number;
  /** Per gate: truck id at the gate → its arrival time in the corridor (when earlier). */
  private readonly corridorArrival: Map<number, number>[];
  private readonly times = new ExactQuantiles();
  private timeSum = 0;
  private arrived = 0;
  private diverted = 0;
  private enRoute = 0;
  private readonly routed: number[];
  private readonly divertedIn: number[];
  private readonly divertedOut: number[];

  constructor(corridor: Corridor, options: CorridorRunOptions) {
    this.corridor = corridor = loadCorridor(corridor);
    this.seed = String(options.seed ?? "gatesim");
    this.replication = options.replication ?? 0;
    const maxEvents = options.maxEvents === undefined ? {} : { maxEvents: options.maxEvents };
    const sim = new Simulation(maxEvents);
    this.sim = sim;
    const first = corridor.gates[0]!.scenario;
    this.endSeconds = (first.horizonDays + (first.drainDays ?? 0)) * SECONDS_PER_DAY;
    this.measureFromSeconds = (first.warmupDays ?? 0) * SECONDS_PER_DAY;
    const streams = new RandomStreams(this.seed, this.replication);
    this.corridorArrival = corridor.gates.map(() => new Map());
    this.gates = corridor.gates.map((gate, index) => {
      // Each gate draws from streams of its own (seed/gate id): named streams per gate, so a
      // gate's service draws do not shift when another gate is added or changed.
      const gateStreams = new RandomStreams(`${this.seed}/gate/${gate.id}`, this.replication);
      const host = { sim, streams: gateStreams, externalArrivals: true };
      const onTruck = (record: TruckRecord): void => this.cleared(index, record);
      return new GateRun(gate.scenario, { seed: this.seed, onTruck }, host);
    });
    this.router = createRouter(corridor.routing, {
      sim,
      gates: this.gates.map((gate, index) => ({
        id: corridor.gates[index]!.id,
        inSystem: () => gate.ledger.inSystem,
        capacityTrucksPerHour: gateCapacityTrucksPerHour(gate.scenario),
      })),
      stream: streams.stream("corridor-routing"),
      endSeconds: this.endSeconds,
    });
    const demand = corridor.demand;
    this.exportShare = demand.directionShares.export;
    this.directionStream = streams.stream("corridor-direction");
    this.classStream = streams.stream("corridor-class");
    this.classLaw = discrete({
      values: demand.cargoClasses.map((_, index) => index),
      probabilities: demand.cargoClasses.map((cargo) => cargo.share),
    });
    this.routed = this.gates.map(() => 0);
    this.divertedIn = this.gates.map(() => 0);
    this.divertedOut = this.gates.map(() => 0);
    startArrivals(demand.arrivals, {
      sim,
      streams,
      endSeconds: first.horizonDays * SECONDS_PER_DAY,
      arrive: (observedDirection) => this.arrive(observedDirection),
    });
  }

  run(): CorridorRunResult {
    for (const gate of this.gates) gate.start();
    this.sim.run({ until: this.endSeconds });
    return this.result();
  }

  /** A truck of the corridor's demand arrives now: it draws its type and is routed. */
  private arrive(observedDirection?: number): void {
    const drawn = this.directionStream.next() < this.exportShare ? EXPORT : IMPORT;
    const direction = observedDirection ?? drawn;
    const cargo = this.corridor.demand.cargoClasses[this.classLaw.sample(this.classStream)]!;
    this.arrived += 1;
    const traveller: Traveller = {
      arrivalSeconds: this.sim.now,
      direction,
      cargoClassId: cargo.id,
      tried: new Set(),
    };
    const route = this.router.route(this.sim.now, traveller.tried);
    if (route === null) throw noGate(this.corridor.name);
    this.routed[route.gate]! += 1;
    this.travel(traveller, route.gate, route.atSeconds);
  }

  /** Sends a truck to gate `gate`, arriving at `atSeconds` (now or later). */
  private travel(traveller: Traveller, gate: number, atSeconds: number): void {
    if (atSeconds <= this.sim.now) {
      this.reach(traveller, gate);
      return;
    }
    this.enRoute += 1;
    this.sim.scheduleAt(atSeconds, () => {
      this.enRoute -= 1;
      this.reach(traveller, gate);
    });
  }

  /** A truck reaches a gate: it gets in, or is refused and diverted (or lost). */
  private reach(traveller: Traveller, index: number): void {
    const gate = this.gates[index]!;
    const now = this.sim.now;
    const id = gate.ledger.initial + gate.ledger.arrived;
    if (now > traveller.arrivalSeconds)
      this.corridorArrival[index]!.set(id, traveller.arrivalSeconds);
    const cargoClass = gate.scenario.trucks.cargoClasses.findIndex(
      (cargo) => cargo.id === traveller.cargoClassId,
    );
    if (gate.arrive(traveller.direction, cargoClass)) return;
    this.corridorArrival[index]!.delete(id);
    const diversion = this.corridor.diversion;
    if (diversion === undefined) return;
    traveller.tried.add(index);
    const ready = now + diversion.travelHours * SECONDS_PER_HOUR;
    const route = this.router.route(ready, traveller.tried);
    if (route === null) return;
    this.diverted += 1;
    this.divertedOut[index]! += 1;
    this.divertedIn[route.gate]! += 1;
    this.travel(traveller, route.gate, route.atSeconds);
  }

  /** A truck cleared gate `index`: its time in the corridor is recorded. */
  private cleared(index: number, record: TruckRecord): void {
    const gate = this.gates[index]!;
    const initial = record.id < gate.ledger.initial;
    const arrivals = this.corridorArrival[index]!;
    const from = arrivals.get(record.id) ?? record.arrivalSeconds;
    arrivals.delete(record.id);
    if (!initial && from < this.measureFromSeconds) return;
    const hours = (record.exitSeconds - from) / SECONDS_PER_HOUR;
    this.times.add(hours);
    this.timeSum += hours;
  }

  /**
   * A gate's overload warnings at the trucks per day it received in the corridor (its own
   * `arrivals` are not used, so warnings from them would be about a demand that never came).
   */
  private warningsAtReceivedDemand(index: number): GateWarning[] {
    const scenario = this.gates[index]!.scenario;
    const received = (this.routed[index]! + this.divertedIn[index]!) / scenario.horizonDays;
    return gateWarnings({
      ...scenario,
      arrivals: { kind: "profile", trucksPerDay: received, hourlyShares: EVEN_HOURS },
    });
  }

  private result(): CorridorRunResult {
    const results = this.gates.map((gate) => gate.finish());
    const sum = (read: (r: (typeof results)[number]) => number): number =>
      results.reduce((total, r) => total + read(r), 0);
    const refusedOrReneged = sum((r) => r.trucks.turnedAway + r.trucks.balked + r.trucks.reneged);
    const count = this.times.count;
    return {
      corridor: this.corridor.name,
      seed: this.seed,
      replication: this.replication,
      routing: this.corridor.routing.kind,
      horizonDays: this.corridor.gates[0]!.scenario.horizonDays,
      gates: results.map((result, index) => ({
        id: this.corridor.gates[index]!.id,
        routedTrucks: this.routed[index]!,
        divertedInTrucks: this.divertedIn[index]!,
        divertedOutTrucks: this.divertedOut[index]!,
        result: { ...result, warnings: this.warningsAtReceivedDemand(index) },
      })),
      totals: {
        initial: sum((r) => r.trucks.initial),
        arrived: this.arrived,
        cleared: sum((r) => r.trucks.cleared),
        lost: refusedOrReneged - this.diverted,
        diverted: this.diverted,
        inSystemAtEnd: sum((r) => r.trucks.inSystemAtEnd),
        enRouteAtEnd: this.enRoute,
        meanClearedPerDay: sum((r) => r.throughput.meanClearedPerDay),
        meanTimeInSystemHours: count > 0 ? this.timeSum / count : null,
        p90TimeInSystemHours: this.times.quantile(0.9),
        spoiled: sum((r) => r.trucks.spoiled),
      },
    };
  }
}

const EVEN_HOURS = Array.from({ length: 24 }, () => 1 / 24);

function noGate(name: string): SimulationError {
  return new SimulationError(
    "INVALID_ARGUMENT",
    `runCorridor(${name}): expected a routing that sends every truck to a gate, received one that found none`,
  );
}
