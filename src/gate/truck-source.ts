/**
 * Makes the trucks that arrive: direction, cargo class and customs channel are drawn from their
 * own streams once per truck at arrival, so two configurations with the same seed see the same
 * trucks (common random numbers), whatever their stations do.
 */
import {
  type Distribution,
  discrete,
  type RandomStream,
  type RandomStreams,
} from "../random/index.js";
import { EXPORT, IMPORT, NO_CHANNEL } from "./encoding.js";
import type { Pathway } from "./pathway.js";
import type { Scenario } from "./scenario/schema.js";
import { stationKind } from "./stations/index.js";
import { Truck, type TruckStop } from "./truck.js";

/** The source of arriving trucks. */
export class TruckSource {
  private readonly exportShare: number;
  private readonly directionStream: RandomStream;
  private readonly classStream: RandomStream;
  private readonly channelStream: RandomStream;
  private readonly classLaw: Distribution;
  private readonly channelLaw: Distribution | null;

  private readonly initialStreams: {
    readonly direction: RandomStream;
    readonly cargoClass: RandomStream;
    readonly channel: RandomStream;
  };

  constructor(
    scenario: Scenario,
    streams: RandomStreams,
    private readonly pathway: Pathway,
  ) {
    const classes = scenario.trucks.cargoClasses;
    this.exportShare = scenario.trucks.directionShares.export;
    this.directionStream = streams.stream("truck-direction");
    this.classStream = streams.stream("truck-class");
    this.channelStream = streams.stream("customs-channel");
    this.initialStreams = {
      direction: streams.stream("initial-direction"),
      cargoClass: streams.stream("initial-class"),
      channel: streams.stream("initial-channel"),
    };
    this.classLaw = discrete({
      values: classes.map((_, index) => index),
      probabilities: classes.map((cargo) => cargo.share),
    });
    const channelStep = scenario.pathway.find((step) => step.assignsChannel === true);
    const station = scenario.stations.find((spec) => spec.id === channelStep?.stationId);
    const shares =
      station === undefined ? null : (stationKind(station).channelShares?.(station) ?? null);
    this.channelLaw =
      shares === null
        ? null
        : discrete({ values: [0, 1, 2], probabilities: [shares.green, shares.yellow, shares.red] });
  }

  /**
   * A truck present at the start, which arrived at `arrivalSeconds` (≤ 0): its direction and
   * class as given or drawn from streams of their own (so the trucks arriving during the run
   * are the same with or without an initial state), waiting at `atStop` (a station on the
   * pathway) or, when null, before the first step.
   */
  initial(
    id: number,
    arrivalSeconds: number,
    direction: number | null,
    cargoClass: number | null,
    atStop: TruckStop | null,
  ): Truck {
    const streams = this.initialStreams;
    const drawnDirection = streams.direction.next() < this.exportShare ? EXPORT : IMPORT;
    const drawnClass = this.classLaw.sample(streams.cargoClass);
    const drawnChannel =
      this.channelLaw === null ? NO_CHANNEL : this.channelLaw.sample(streams.channel);
    const d = direction ?? drawnDirection;
    const c = cargoClass ?? drawnClass;
    const step = atStop === null ? -1 : this.pathway.stepAt(atStop);
    const route =
      step < 0
        ? this.pathway.routeFor(d, c, drawnChannel)
        : this.pathway.routeFrom(d, c, drawnChannel, step);
    const channel = route.assignsChannel ? drawnChannel : NO_CHANNEL;
    return new Truck(id, arrivalSeconds, d, c, channel, route.stops, true);
  }

  /** The truck number `id` arriving now; trace replay may give its observed direction. */
  next(id: number, nowSeconds: number, observedDirection?: number, givenClass?: number): Truck {
    // Direction and class are drawn even when given (trace replay, a corridor's demand), so the
    // other draws stay in step.
    const drawn = this.directionStream.next() < this.exportShare ? EXPORT : IMPORT;
    const direction = observedDirection ?? drawn;
    const drawnClass = this.classLaw.sample(this.classStream);
    const cargoClass = givenClass ?? drawnClass;
    const drawnChannel =
      this.channelLaw === null ? NO_CHANNEL : this.channelLaw.sample(this.channelStream);
    const route = this.pathway.routeFor(direction, cargoClass, drawnChannel);
    const channel = route.assignsChannel ? drawnChannel : NO_CHANNEL;
    return new Truck(id, nowSeconds, direction, cargoClass, channel, route.stops);
  }
}
