/**
 * The border-gate model: trucks arrive, wait on the road for a yard slot when the yard is full,
 * pass the pathway's stations (identity check, customs channel, inspection, quarantine,
 * transshipment or shuttles), wait for the neighbouring side's acceptance, and exit. Everything
 * waits in queues: a manual gate's days of delay come from capacity below demand, not from any
 * constant. Runs on the kernel's callback fast path; statistics stream (bounded memory).
 */
import { type Request, Resource, Simulation, SimulationError } from "../engine/index.js";
import { type Distribution, discrete, type RandomStream, RandomStreams } from "../random/index.js";
import { startArrivals } from "./arrivals.js";
import { CapacitySchedule } from "./capacity-schedule.js";
import { neighbourStation } from "./neighbour.js";
import { Occupancy } from "./occupancy.js";
import { Pathway } from "./pathway.js";
import type { GateRunResult, TruckRecord } from "./results.js";
import { loadScenario } from "./scenario/parse.js";
import type { Scenario, StationSpec } from "./scenario/schema.js";
import { serviceLawTable } from "./service-laws.js";
import { Station } from "./station.js";
import { startOutages, startStaffing } from "./station-schedules.js";
import { EXPORT, IMPORT, NO_CHANNEL, SEGMENT_ROAD, Truck } from "./truck.js";
import { TruckLedger } from "./truck-ledger.js";

const DAY_SECONDS = 86_400;
const HOUR_SECONDS = 3600;

/** Options of one run. */
export interface GateRunOptions {
  /** Master seed of the random streams (default "gatesim"). */
  readonly seed?: string | number;
  /** Replication index: independent streams per index (default 0). */
  readonly replication?: number;
  /** Called with each truck's Time Release Study record as it exits (streamed, not kept). */
  readonly onTruck?: (record: TruckRecord) => void;
  /** Sampling interval of `queueOverTime`, hours (default 1 up to 90 days, else 24). */
  readonly seriesIntervalHours?: number;
  /** Event budget of the kernel (default: the kernel's). */
  readonly maxEvents?: number;
}

const SEGMENT_OF_KIND: Record<StationSpec["kind"], number> = {
  "identity-check": 1,
  booth: 1,
  customs: 2,
  "document-check": 3,
  inspection: 3,
  quarantine: 4,
  transshipment: 5,
  shuttle: 5,
  other: 5,
};

/** Runs `scenario` once and returns its KPIs. The scenario must be valid (see parseScenario). */
export function runGate(scenario: Scenario, options: GateRunOptions = {}): GateRunResult {
  return new GateModel(scenario, options).run();
}

/** One configured gate, ready to run once. */
export class GateModel {
  private readonly scenario: Scenario;
  private readonly sim: Simulation;
  private readonly streams: RandomStreams;
  private readonly stations: Station[] = [];
  private readonly pathway: Pathway;
  private readonly neighbour: Station | null;
  private readonly yard: Resource | null;
  private readonly endArrivalsSeconds: number;
  private readonly endSeconds: number;
  private readonly totalDays: number;
  private readonly seed: string;
  private readonly replication: number;
  private readonly targetSeconds: number;

  private readonly ledger: TruckLedger;
  /** Trucks in the yard and on the road before it, by Little's law (see Occupancy). */
  private readonly yardLevel = new Occupancy();
  private readonly road = new Occupancy();
  private maxRoad = 0;
  private readonly seriesIntervalHours: number;
  private readonly series: { road: number[]; yard: number[]; stations: number[][] };
  private readonly onTruck: ((record: TruckRecord) => void) | null;
  private readonly directionStream: RandomStream;
  private readonly classStream: RandomStream;
  private readonly channelStream: RandomStream;
  private readonly classLaw: Distribution;
  private readonly channelLaw: Distribution | null;
  private ran = false;

  /**
   * @throws ScenarioError listing every problem when `scenario` is invalid (objects built in code
   *   are validated like files); SimulationError INVALID_ARGUMENT for bad options.
   */
  constructor(scenario: Scenario, options: GateRunOptions = {}) {
    this.scenario = loadScenario(scenario);
    scenario = this.scenario;
    this.sim = new Simulation(
      options.maxEvents === undefined ? {} : { maxEvents: options.maxEvents },
    );
    this.seed = String(options.seed ?? "gatesim");
    this.replication = options.replication ?? 0;
    this.streams = new RandomStreams(this.seed, this.replication);
    this.onTruck = options.onTruck ?? null;
    const classes = scenario.trucks.cargoClasses;
    // Truck attributes come from their own streams, drawn once per truck at arrival, so two
    // configurations with the same seed see the same trucks (common random numbers).
    this.directionStream = this.streams.stream("truck-direction");
    this.classStream = this.streams.stream("truck-class");
    this.channelStream = this.streams.stream("customs-channel");
    this.classLaw = discrete({
      values: classes.map((_, index) => index),
      probabilities: classes.map((cargo) => cargo.share),
    });
    const channelStep = scenario.pathway.find((step) => step.assignsChannel === true);
    const shares = scenario.stations.find(
      (station) => station.id === channelStep?.stationId,
    )?.channelShares;
    this.channelLaw = shares
      ? discrete({ values: [0, 1, 2], probabilities: [shares.green, shares.yellow, shares.red] })
      : null;
    this.endArrivalsSeconds = scenario.horizonDays * DAY_SECONDS;
    this.totalDays = scenario.horizonDays + (scenario.drainDays ?? 0);
    this.endSeconds = this.totalDays * DAY_SECONDS;
    this.targetSeconds = (scenario.targetTimeInSystemHours ?? 24) * HOUR_SECONDS;
    this.ledger = new TruckLedger(scenario, this.targetSeconds);

    const idToIndex = new Map<string, number>();
    for (const [index, spec] of scenario.stations.entries()) idToIndex.set(spec.id, index);
    const afterStep = (truck: Truck) => this.advance(truck);
    scenario.stations.forEach((spec, index) => {
      const station = new Station(this.sim, {
        index,
        id: spec.id,
        kind: spec.kind,
        segment: SEGMENT_OF_KIND[spec.kind],
        schedule: new CapacitySchedule(spec),
        laws: serviceLawTable(spec, classes),
        serviceStream: this.streams.stream(`service:${spec.id}`),
        afterService: afterStep,
      });
      if (spec.falseRejectShare !== undefined && spec.falseRejectShare > 0) {
        station.falseRejectShare = spec.falseRejectShare;
        station.fallbackOnReject = idToIndex.get(spec.fallbackStationId!)!;
        station.rejectStream = this.streams.stream(`false-reject:${spec.id}`);
      }
      if (spec.outages?.fallbackStationId !== undefined) {
        station.fallbackWhenDown = idToIndex.get(spec.outages.fallbackStationId)!;
      }
      this.stations.push(station);
    });
    this.pathway = new Pathway(scenario, idToIndex);

    this.neighbour = !scenario.neighbour
      ? null
      : neighbourStation(this.sim, scenario.neighbour, {
          index: this.stations.length,
          cargoClasses: classes.length,
          stream: this.streams.stream("service:neighbour"),
          onAccepted: (truck) => this.exit(truck),
        });
    if (scenario.yard) {
      this.yard = new Resource(this.sim, { capacity: scenario.yard.slots, name: "yard" });
    } else {
      this.yard = null;
    }
    const interval = options.seriesIntervalHours ?? (this.totalDays <= 90 ? 1 : 24);
    if (!(Number.isInteger(interval) && interval >= 1 && 24 % interval === 0)) {
      throw new SimulationError(
        "INVALID_ARGUMENT",
        `runGate: seriesIntervalHours expected a divisor of 24 (1, 2, 3, 4, 6, 8, 12, 24), received ${interval}`,
      );
    }
    this.seriesIntervalHours = interval;
    this.series = { road: [], yard: [], stations: this.stations.map(() => []) };
  }

  /** Runs the scenario to the end of its horizon (plus drain days) and returns the KPIs. */
  run(): GateRunResult {
    if (this.ran) {
      throw new SimulationError(
        "SIMULATION_BROKEN",
        "GateModel.run: expected a model that has not run yet, received one that already ran; build a new GateModel",
      );
    }
    this.ran = true;
    const sim = this.sim;
    for (const station of this.allStations()) startStaffing(sim, station, this.endSeconds);
    this.scenario.stations.forEach((spec, index) => {
      if (spec.outages === undefined) return;
      const stream = this.streams.stream(`outage:${spec.id}`);
      startOutages(sim, this.stations[index]!, spec.outages, stream, this.endSeconds);
    });
    this.startSampling();
    const warmupDays = this.scenario.warmupDays ?? 0;
    if (warmupDays > 0) sim.scheduleAt(warmupDays * DAY_SECONDS, this.endWarmup);
    startArrivals(sim, this.scenario.arrivals, this.streams, this.endArrivalsSeconds, this.arrive);
    sim.run({ until: this.endSeconds });
    return this.summarise();
  }

  /** The end of the warm-up: station, yard and road statistics start afresh. */
  private readonly endWarmup = (): void => {
    const now = this.sim.now;
    for (const station of this.allStations()) station.resetStatistics();
    this.yardLevel.restart(now);
    this.road.restart(now);
    this.maxRoad = this.yard?.queueLength ?? 0;
  };

  private readonly arrive = (observedDirection?: number): void => {
    const now = this.sim.now;
    const trucks = this.scenario.trucks;
    const drawn = this.directionStream.next() < trucks.directionShares.export ? EXPORT : IMPORT;
    const direction = observedDirection ?? drawn;
    const cargoClass = this.classLaw.sample(this.classStream);
    const channel =
      this.channelLaw === null ? NO_CHANNEL : this.channelLaw.sample(this.channelStream);
    const truck = new Truck(this.ledger.arrived, now, direction, cargoClass, channel);
    truck.route = this.pathway.routeFor(direction, cargoClass, channel);
    this.ledger.arrive(truck, now);
    if (this.yard === null) {
      this.advance(truck);
      return;
    }
    this.road.enter(now);
    this.yard.seize(this.enterYard, 0, null, truck);
    const road = this.yard.queueLength;
    if (road > this.maxRoad) this.maxRoad = road;
  };

  private readonly enterYard = (request: Request): void => {
    const truck = request.payload as Truck;
    const now = this.sim.now;
    this.road.leave(truck.arrivalSeconds, now);
    this.yardLevel.enter(now);
    truck.yardSlot = request;
    truck.reachMilestone(SEGMENT_ROAD, this.sim.now);
    this.advance(truck);
  };

  /** Sends a truck to its next applicable step, its detour, the neighbour, or out. */
  private advance(truck: Truck): void {
    if (truck.detourStation >= 0) {
      const detour = truck.detourStation;
      truck.detourStation = -1;
      this.visit(truck, this.stations[detour]!);
      return;
    }
    const route = truck.route;
    if (truck.nextStep < route.length) {
      const step = this.pathway.steps[route[truck.nextStep]!]!;
      truck.nextStep += 1;
      if (step.assignsChannel) truck.channel = truck.drawnChannel;
      this.visit(truck, this.stations[step.station]!);
      return;
    }
    // Released by this side; the neighbour's acceptance (if modelled) is the last queue.
    if (this.neighbour !== null) this.neighbour.enter(truck);
    else this.exit(truck);
  }

  private visit(truck: Truck, station: Station): void {
    let target = station;
    if (target.down && target.fallbackWhenDown >= 0) {
      target.divertedTrucks += 1;
      target = this.stations[target.fallbackWhenDown]!;
    }
    target.enter(truck);
  }

  private exit(truck: Truck): void {
    const now = this.sim.now;
    if (truck.yardSlot !== null) {
      this.yardLevel.leave(truck.yardSlot.grantedAt, now);
      this.yard!.release(truck.yardSlot);
    }
    const spoiled = this.ledger.clear(truck, now);
    if (this.onTruck !== null) this.onTruck(this.ledger.record(truck, now, spoiled));
  }

  private allStations(): Station[] {
    return this.neighbour === null ? this.stations : [...this.stations, this.neighbour];
  }

  private startSampling(): void {
    const interval = this.seriesIntervalHours * HOUR_SECONDS;
    const sample = (): void => {
      const now = this.sim.now;
      if (now % DAY_SECONDS === 0) {
        const day = now / DAY_SECONDS;
        this.ledger.startOfDay(day);
      }
      this.series.road.push(this.yard?.queueLength ?? 0);
      this.series.yard.push(this.yard?.inUse ?? 0);
      for (const [i, station] of this.stations.entries()) {
        this.series.stations[i]!.push(station.resource.queueLength);
      }
      const next = now + Math.min(interval, DAY_SECONDS - (now % DAY_SECONDS));
      if (next < this.endSeconds) this.sim.scheduleAt(next, sample, undefined, -1);
    };
    this.sim.scheduleAt(0, sample, undefined, -1);
  }

  private summarise(): GateRunResult {
    const end = this.endSeconds;
    const scenario = this.scenario;
    const spacing = scenario.yard?.truckSpacingMetres;
    const ledger = this.ledger.summary(end, this.yard?.queueLength ?? 0);
    const measureFrom = (scenario.warmupDays ?? 0) * DAY_SECONDS;
    return {
      scenario: scenario.name,
      seed: this.seed,
      replication: this.replication,
      horizonDays: scenario.horizonDays,
      drainDays: scenario.drainDays ?? 0,
      warmupDays: scenario.warmupDays ?? 0,
      trucks: ledger.trucks,
      throughput: ledger.throughput,
      backlog: ledger.backlog,
      timeInSystem: ledger.timeInSystem,
      byDirection: ledger.byDirection,
      byCargoClass: ledger.byCargoClass,
      byChannel: ledger.byChannel,
      stations: this.allStations().map((station) => station.kpis(end)),
      yard: {
        slots: scenario.yard?.slots ?? null,
        meanOccupancy: this.yard === null ? null : this.yardLevel.mean(measureFrom, end),
        maxOccupancy: this.yardLevel.max,
        meanRoadQueueTrucks: this.yard === null ? null : this.road.mean(measureFrom, end),
        maxRoadQueueTrucks: this.maxRoad,
        maxRoadQueueKm: spacing === undefined ? null : (this.maxRoad * spacing) / 1000,
      },
      segments: ledger.segments,
      queueOverTime: {
        intervalHours: this.seriesIntervalHours,
        road: this.series.road,
        yard: this.series.yard,
        stations: Object.fromEntries(
          this.stations.map((station, i) => [station.id, this.series.stations[i]!]),
        ),
      },
      events: this.sim.eventsProcessed,
    };
  }
}
