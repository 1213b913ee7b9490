/**
 * `gatesim demo`: a single inspection station with c lanes, Poisson arrivals at 90% load and
 * exponential service (an M/M/c queue) run through the kernel's callback path.
 */
import { type Request, Resource, Simulation } from "../engine/index.js";

/** Runs the demo and prints a summary; returns the exit code. */
export function demoCommand(lanes: number, trucks: number): number {
  if (!(Number.isInteger(lanes) && lanes >= 1) || !(Number.isInteger(trucks) && trucks >= 1)) {
    process.stderr.write(
      `gatesim demo: --lanes and --trucks expected integers >= 1, received ${lanes} and ${trucks}\n`,
    );
    return 2;
  }
  const serviceMeanSeconds = 120;
  const utilisation = 0.9;
  const arrivalRatePerSecond = (utilisation * lanes) / serviceMeanSeconds;
  const sim = new Simulation();
  const station = new Resource(sim, { capacity: lanes, name: "inspection" });
  // A small fixed-seed xorshift keeps the demo reproducible without the random layer.
  let state = 0x9e3779b9;
  const uniform = (): number => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return ((state >>> 0) + 1) / 4294967297;
  };
  let arrived = 0;
  let totalWaitSeconds = 0;
  const depart = (request: Request) => station.release(request);
  const startService = (request: Request) => {
    totalWaitSeconds += request.waitTime;
    sim.schedule(-Math.log(uniform()) * serviceMeanSeconds, depart, request);
  };
  const arrive = () => {
    arrived += 1;
    station.seize(startService);
    if (arrived < trucks) sim.schedule(-Math.log(uniform()) / arrivalRatePerSecond, arrive);
  };
  sim.schedule(0, arrive);
  sim.run();
  const meanWaitMinutes = totalWaitSeconds / trucks / 60;
  process.stdout.write(
    [
      `gatesim demo: one station, ${lanes} lanes, mean service ${serviceMeanSeconds} s, load ${utilisation}`,
      `  trucks simulated   ${trucks}`,
      `  events processed   ${sim.eventsProcessed}`,
      `  simulated time     ${(sim.now / 3600).toFixed(1)} h`,
      `  mean wait          ${meanWaitMinutes.toFixed(2)} min`,
      "",
    ].join("\n"),
  );
  return 0;
}
