/**
 * The border-gate model: trucks arrive, wait on the road for a yard slot when the yard is full,
 * walk their route through the pathway's stations (identity check, customs channel, inspection,
 * quarantine, transshipment or shuttles), wait for the neighbouring side's acceptance, and exit.
 * Everything waits in queues: a manual gate's days of delay come from capacity below demand,
 * not from any constant. The parts live in their own modules; this file wires them: arrive →
 * route → exit → summarise.
 */

import { SECONDS_PER_DAY, SECONDS_PER_HOUR } from "../common/index.js";
import { Simulation, SimulationError } from "../engine/index.js";
import { RandomStreams } from "../random/index.js";
import { startArrivals } from "./arrivals/index.js";
import { arrivalsWithChanges } from "./changes/index.js";
import { makeDoor } from "./door.js";
import { Entrance } from "./entrance.js";
import { assembleGate } from "./gate-parts.js";
import { gateResult } from "./gate-result.js";
import { placeInitialTrucks } from "./initial-state.js";
import { makePatience } from "./patience.js";
import { QueueSeries } from "./queue-series.js";
import type { GateRunResult, TruckRecord } from "./results.js";
import type { GateRunOptions } from "./run-options.js";
import { loadScenario } from "./scenario/parse.js";
import type { Scenario } from "./scenario/schema.js";
import type { Station } from "./station.js";
import { startSchedules } from "./station-schedules.js";
import { GateTracer } from "./trace.js";
import type { Truck, TruckStop } from "./truck.js";
import { TruckLedger } from "./truck-ledger.js";
import type { TruckSource } from "./truck-source.js";
import type { Yard } from "./yard.js";

/** Runs `scenario` once and returns its KPIs. The scenario must be valid (see parseScenario). */
export function runGate(scenario: Scenario, options: GateRunOptions = {}): GateRunResult {
  return new GateRun(scenario, options).run();
}

/**
 * One configured gate, ready to run once (internal: the public verb is `runGate`). Its parts are
 * read-only fields so that gate-result.ts can summarise them.
 */
export class GateRun {
  readonly scenario: Scenario;
  readonly sim: Simulation;
  readonly streams: RandomStreams;
  readonly endSeconds: number;
  /** The scenario's stations, then the neighbour's acceptance if modelled. */
  readonly stations: readonly Station[];
  private readonly scenarioStations: readonly Station[];
  readonly yard: Yard;
  private readonly trucks: TruckSource;
  readonly ledger: TruckLedger;
  readonly series: QueueSeries;
  private readonly onTruck: ((record: TruckRecord) => void) | null;
  private readonly tracer: GateTracer | null;
  private readonly entrance: Entrance;
  private ran = false;

  /**
   * @throws ScenarioError listing every problem when `scenario` is invalid (objects built in code
   *   are validated like files); SimulationError INVALID_ARGUMENT for bad options.
   */
  constructor(scenario: Scenario, options: GateRunOptions = {}) {
    this.scenario = scenario = loadScenario(scenario);
    const sim = new Simulation(
      options.maxEvents === undefined ? {} : { maxEvents: options.maxEvents },
    );
    this.sim = sim;
    this.streams = new RandomStreams(String(options.seed ?? "gatesim"), options.replication ?? 0);
    this.onTruck = options.onTruck ?? null;
    const totalDays = scenario.horizonDays + (scenario.drainDays ?? 0);
    this.endSeconds = totalDays * SECONDS_PER_DAY;
    const targetHours = scenario.targetTimeInSystemHours ?? 24;
    this.ledger = new TruckLedger(scenario, targetHours * SECONDS_PER_HOUR);
    const sink = options.trace;
    this.tracer = sink === undefined ? null : new GateTracer(sink, options.traceLimit);
    const exit: TruckStop = { enter: (truck) => this.exit(truck) };
    const giveUp = (truck: Truck) => this.entrance.giveUp(truck, sim.now);
    const parts = assembleGate(sim, scenario, this.streams, this.tracer, exit, giveUp);
    ({ stations: this.stations, yard: this.yard, trucks: this.trucks } = parts);
    const patience = makePatience(sim, scenario, this.streams, giveUp);
    const door = makeDoor(scenario, this.yard);
    this.entrance = new Entrance(this.ledger, this.yard, this.tracer, door, patience);
    this.scenarioStations = parts.scenarioStations;
    const sampled = { yard: this.yard, stations: parts.scenarioStations };
    this.series = new QueueSeries(sampled, totalDays, options.seriesIntervalHours);
  }

  /** Runs the scenario to the end of its horizon (plus drain days) and returns the KPIs. */
  run(): GateRunResult {
    if (this.ran) {
      throw new SimulationError(
        "SIMULATION_BROKEN",
        "GateRun.run: expected a model that has not run yet, received one that already ran; build a new GateRun",
      );
    }
    this.ran = true;
    const { sim, scenario, endSeconds } = this;
    startSchedules(sim, scenario, this.stations, this.streams, endSeconds);
    this.series.start(sim, endSeconds, (day) => this.ledger.startOfDay(day));
    if (scenario.initialState !== undefined) {
      const { streams, trucks, scenarioStations: stations } = this;
      const enter = (truck: Truck) => this.entrance.enter(truck, 0);
      placeInitialTrucks(scenario.initialState, { scenario, streams, trucks, stations, enter });
    }
    const warmupDays = scenario.warmupDays ?? 0;
    if (warmupDays > 0) sim.scheduleAt(warmupDays * SECONDS_PER_DAY, this.endWarmup);
    const endArrivals = scenario.horizonDays * SECONDS_PER_DAY;
    const arrive = this.arrive;
    const arrivals = arrivalsWithChanges(
      scenario.arrivals,
      scenario.changes,
      endSeconds / SECONDS_PER_DAY,
    );
    startArrivals(arrivals, { sim, streams: this.streams, endSeconds: endArrivals, arrive });
    sim.run({ until: endSeconds });
    this.tracer?.close(endSeconds);
    return gateResult(this);
  }

  /** The end of the warm-up: station, yard and road statistics start afresh. */
  private readonly endWarmup = (): void => {
    for (const station of this.stations) station.resetStatistics();
    this.yard.restart();
  };

  private readonly arrive = (observedDirection?: number): void => {
    const now = this.sim.now;
    const id = this.ledger.initial + this.ledger.arrived;
    const truck = this.trucks.next(id, now, observedDirection);
    if (this.entrance.arrive(truck, now)) truck.moveOn();
  };

  private exit(truck: Truck): void {
    const now = this.sim.now;
    this.yard.release(truck);
    const spoiled = this.ledger.clear(truck, now);
    this.tracer?.emit(now, "exit", truck.id, null, null, null);
    if (this.onTruck !== null) this.onTruck(this.ledger.record(truck, now, spoiled));
  }
}
