/**
 * Arrival sources of the gate: a time-varying Poisson process sampled by thinning (hourly
 * profile × day-of-week × season), truck appointment slots, or replay of observed times.
 * Each calls `arrive()` at every truck arrival before `endSeconds`, from its own random stream.
 */
import type { Simulation } from "../engine/index.js";
import { normal, type RandomStreams, ThinningArrivals } from "../random/index.js";
import { openHoursPerDay } from "./scenario/open-hours.js";
import type { ArrivalsSpec } from "./scenario/schema.js";

const DAY_SECONDS = 86_400;

/** Starts the arrival source described by `spec`. */
export function startArrivals(
  sim: Simulation,
  spec: ArrivalsSpec,
  streams: RandomStreams,
  endSeconds: number,
  arrive: (observedDirection?: number) => void,
): void {
  switch (spec.kind) {
    case "profile":
      startProfile(sim, spec, streams, endSeconds, arrive);
      return;
    case "appointments":
      startAppointments(sim, spec, streams, endSeconds, arrive);
      return;
    case "trace":
      startTrace(sim, spec, endSeconds, arrive);
      return;
  }
}

/** Expected trucks per day of a scenario's arrivals at day 0's rates (for reports and checks). */
export function nominalTrucksPerDay(spec: ArrivalsSpec, horizonDays: number): number {
  switch (spec.kind) {
    case "profile":
      return spec.trucksPerDay;
    case "appointments": {
      const slots = Math.floor((openHoursPerDay(spec.openHours) * 60) / spec.slotMinutes);
      return slots * spec.trucksPerSlot * spec.bookedShare * (1 - spec.noShowShare);
    }
    case "trace":
      return spec.arrivalSeconds.length / horizonDays;
  }
}

function startProfile(
  sim: Simulation,
  spec: Extract<ArrivalsSpec, { kind: "profile" }>,
  streams: RandomStreams,
  endSeconds: number,
  arrive: () => void,
): void {
  const thinning = new ThinningArrivals({
    ratePerHourByHourOfDay: spec.hourlyShares.map((share) => share * spec.trucksPerDay),
    ...(spec.dayOfWeekMultipliers ? { dayOfWeekMultipliers: spec.dayOfWeekMultipliers } : {}),
    ...(spec.seasons
      ? {
          seasonalMultipliers: spec.seasons.map((season) => ({
            fromDay: season.fromDay,
            toDay: season.toDay,
            multiplier: season.multiplier,
          })),
        }
      : {}),
  });
  const stream = streams.stream("arrivals");
  const fire = (): void => {
    arrive();
    scheduleNext();
  };
  const scheduleNext = (): void => {
    const time = thinning.next(stream, sim.now);
    if (time < endSeconds) sim.scheduleAt(time, fire);
  };
  scheduleNext();
}

function startAppointments(
  sim: Simulation,
  spec: Extract<ArrivalsSpec, { kind: "appointments" }>,
  streams: RandomStreams,
  endSeconds: number,
  arrive: () => void,
): void {
  const stream = streams.stream("appointments");
  const lateness =
    spec.latenessSdMinutes > 0
      ? normal({ mean: spec.latenessMeanMinutes * 60, sd: spec.latenessSdMinutes * 60 })
      : null;
  const slotSeconds = spec.slotMinutes * 60;
  const openSeconds = openHoursPerDay(spec.openHours) * 3600;
  const slotsPerDay = Math.floor(openSeconds / slotSeconds);
  const planDay = (day: number): void => {
    const dayStart = day * DAY_SECONDS;
    const times: number[] = [];
    for (let slot = 0; slot < slotsPerDay; slot++) {
      const slotStart = dayStart + spec.openHours.fromHour * 3600 + slot * slotSeconds;
      for (let place = 0; place < spec.trucksPerSlot; place++) {
        // Three draws per place, always, so a change of shares shifts no later draw.
        const booked = stream.next() < spec.bookedShare;
        const shows = stream.next() >= spec.noShowShare;
        const within = stream.next() * slotSeconds;
        const late = lateness === null ? spec.latenessMeanMinutes * 60 : lateness.sample(stream);
        if (!booked || !shows) continue;
        const time = Math.max(sim.now, slotStart + within + late);
        if (time < endSeconds) times.push(time);
      }
    }
    times.sort((a, b) => a - b);
    for (const time of times) sim.scheduleAt(time, arrive);
    const next = (day + 1) * DAY_SECONDS;
    if (next < endSeconds) sim.scheduleAt(next, () => planDay(day + 1));
  };
  planDay(Math.floor(sim.now / DAY_SECONDS));
}

function startTrace(
  sim: Simulation,
  spec: Extract<ArrivalsSpec, { kind: "trace" }>,
  endSeconds: number,
  arrive: (observedDirection?: number) => void,
): void {
  const times = spec.arrivalSeconds;
  const directions = spec.directions;
  let index = 0;
  const fire = (truckIndex: number): void => {
    arrive(directions === undefined ? undefined : directions[truckIndex] === "export" ? 0 : 1);
    scheduleNext();
  };
  const scheduleNext = (): void => {
    while (index < times.length) {
      const truckIndex = index++;
      const time = times[truckIndex]!;
      if (time >= endSeconds) return;
      if (time >= sim.now) {
        sim.scheduleAt(time, fire, truckIndex);
        return;
      }
    }
  };
  scheduleNext();
}
