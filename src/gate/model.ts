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
import { startDemand } from "./demand-start.js";
import type { Entrance } from "./entrance.js";
import { assembleGate } from "./gate-parts.js";
import { gateResult } from "./gate-result.js";
import { QueueSeries } from "./queue-series.js";
import type { GateRunResult, TruckRecord } from "./results.js";
import {
  checkGateRunOptions,
  gateEventBudget,
  maxTrucksInSystemOption,
  trucksBudgetExceeded,
} from "./run-budget.js";
import type { GateHost, GateRunOptions } from "./run-options.js";
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
  readonly scenarioStations: readonly Station[];
  readonly yard: Yard;
  readonly trucks: TruckSource;
  readonly ledger: TruckLedger;
  readonly series: QueueSeries;
  private readonly onTruck: ((record: TruckRecord) => void) | null;
  private readonly tracer: GateTracer | null;
  private readonly onProgress: ((simulatedSeconds: number, endSeconds: number) => void) | null;
  readonly entrance: Entrance;
  private readonly maxTrucksInSystem: number;
  private ran = false;

  /**
   * @throws ScenarioError listing every problem when `scenario` is invalid (objects built in code
   *   are validated like files); SimulationError INVALID_ARGUMENT for bad options.
   */
  constructor(
    scenario: Scenario,
    options: GateRunOptions = {},
    private readonly host: GateHost | null = null,
  ) {
    checkGateRunOptions(options);
    this.scenario = scenario = loadScenario(scenario);
    const maxEvents = options.maxEvents ?? gateEventBudget(scenario);
    const sim = host?.sim ?? new Simulation({ maxEvents });
    this.maxTrucksInSystem = maxTrucksInSystemOption(options.maxTrucksInSystem);
    this.sim = sim;
    const seed = String(options.seed ?? "gatesim");
    this.streams = host?.streams ?? new RandomStreams(seed, options.replication ?? 0);
    this.onTruck = options.onTruck ?? null;
    this.onProgress = options.onProgress ?? null;
    const totalDays = scenario.horizonDays + (scenario.drainDays ?? 0);
    this.endSeconds = totalDays * SECONDS_PER_DAY;
    const targetHours = scenario.targetTimeInSystemHours ?? 24;
    this.ledger = new TruckLedger(scenario, targetHours * SECONDS_PER_HOUR);
    const sink = options.trace;
    this.tracer = sink === undefined ? null : new GateTracer(sink, options.traceLimit);
    const exit: TruckStop = { enter: (truck) => this.exit(truck) };
    const parts = assembleGate(sim, scenario, this.streams, this.tracer, exit, this.ledger);
    ({ stations: this.stations, yard: this.yard, trucks: this.trucks } = parts);
    ({ entrance: this.entrance, scenarioStations: this.scenarioStations } = parts);
    const sampled = { yard: this.yard, stations: parts.scenarioStations };
    this.series = new QueueSeries(sampled, totalDays, options.seriesIntervalHours);
  }

  /** Runs the scenario to the end of its horizon (plus drain days) and returns the KPIs. */
  run(): GateRunResult {
    if (this.ran) throw alreadyRan();
    this.ran = true;
    this.start();
    const report = this.onProgress;
    if (report === null) {
      this.sim.run({ until: this.endSeconds });
    } else {
      // Day by day, so that a progress bar can move; the events and their order are the same.
      for (let day = 1; ; day++) {
        const until = Math.min(day * SECONDS_PER_DAY, this.endSeconds);
        this.sim.run({ until });
        report(until, this.endSeconds);
        if (until >= this.endSeconds) break;
      }
    }
    return this.finish();
  }

  /** Schedules staffing, sampling, the warm-up and the demand, without running the calendar. */
  start(): void {
    const { sim, scenario, endSeconds, streams } = this;
    startSchedules(sim, scenario, this.stations, streams, endSeconds);
    this.series.start(sim, endSeconds, (day) => this.ledger.startOfDay(day));
    const warmupDays = scenario.warmupDays ?? 0;
    if (warmupDays > 0) sim.scheduleAt(warmupDays * SECONDS_PER_DAY, this.endWarmup);
    startDemand(this, this.host?.externalArrivals ?? false);
    if (this.ledger.inSystem > this.maxTrucksInSystem) {
      throw trucksBudgetExceeded(this.ledger.inSystem, this.maxTrucksInSystem, sim.now);
    }
  }

  /** The KPIs, once the calendar has run to the end. */
  finish(): GateRunResult {
    this.tracer?.close(this.endSeconds);
    return gateResult(this);
  }

  /** The end of the warm-up: station, yard and road statistics start afresh. */
  private readonly endWarmup = (): void => {
    for (const station of this.stations) station.resetStatistics();
    this.yard.restart();
  };

  /**
   * A truck arrives now — from the gate's own arrivals (trace replay may give its direction), or
   * a host's truck with its direction and class; returns whether it got in (else it was counted).
   */
  readonly arrive = (direction?: number, cargoClass?: number): boolean => {
    const now = this.sim.now;
    const id = this.ledger.initial + this.ledger.arrived;
    const truck = this.trucks.next(id, now, direction, cargoClass);
    if (!this.entrance.arrive(truck, now)) return false;
    if (this.ledger.inSystem > this.maxTrucksInSystem) {
      throw trucksBudgetExceeded(this.ledger.inSystem, this.maxTrucksInSystem, now);
    }
    truck.moveOn();
    return true;
  };

  private exit(truck: Truck): void {
    const now = this.sim.now;
    this.yard.release(truck);
    const spoiled = this.ledger.clear(truck, now);
    this.tracer?.emit(now, "exit", truck.id, null, null, null);
    if (this.onTruck !== null) this.onTruck(this.ledger.record(truck, now, spoiled));
  }
}

function alreadyRan(): SimulationError {
  return new SimulationError(
    "SIMULATION_BROKEN",
    "GateRun.run: expected a model that has not run yet, received one that already ran; build a new GateRun",
  );
}
