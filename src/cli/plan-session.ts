/**
 * What `gatesim plan` tells a planner around the search: the steady-state horizon it picked
 * (a pilot run, MSER-5), what it will evaluate and how long that should take, a line per
 * candidate (candidates evaluated, replications, best so far), and the `--budget` that ends
 * the search with the best plan found. The only place of the planner with a clock.
 */
import type { CapacityCandidate, CapacityResource, SearchProgress } from "../experiment/index.js";
import {
  gateServerLowerBounds,
  loadScenario,
  runGate,
  type Scenario,
  steadyStateWarmup,
  withServers,
} from "../gate/index.js";
import { CliError, EXIT } from "./errors.js";

/** Days measured after the warm-up when the horizon is chosen for a steady-state question. */
export const MEASURED_DAYS = 7;

/**
 * Parses `--budget`: "90", "90s", "2m", "1.5m" or "1h" into seconds (> 0).
 * @throws {CliError} a usage error naming the flag and the value.
 */
export function parseBudget(text: string): number {
  const match = /^\s*([0-9]+(?:\.[0-9]+)?)\s*(s|m|h|min)?\s*$/.exec(text);
  const seconds =
    match === null
      ? Number.NaN
      : Number(match[1]) * (match[2] === "h" ? 3600 : match[2]?.startsWith("m") ? 60 : 1);
  if (!(seconds > 0 && Number.isFinite(seconds))) {
    throw new CliError(
      `gatesim plan: --budget expected a duration such as 60s, 2m or 1h (more than 0), received "${text}"`,
      EXIT.USAGE,
    );
  }
  return seconds;
}

/** The horizon chosen for the plan and how. */
export interface PlanHorizon {
  /** The scenario to plan on (warm-up and horizon applied). */
  readonly scenario: Scenario;
  /** How the horizon was chosen, in words. */
  readonly how: string;
  /** Wall seconds of one replication of the pilot, scaled to the plan's horizon (an estimate). */
  readonly secondsPerReplication: number;
}

/**
 * A steady-state horizon: one pilot replication over the scenario's horizon, with the servers
 * `pilotServers` (the lower bounds: the most loaded plan the search can reach, so the longest
 * transient) or as given; MSER-5 on its trucks in the gate for the warm-up (whole days, at
 * least 1), then {@link MEASURED_DAYS} days measured. `keep` keeps the scenario's own horizon
 * (the user gave --days or --warmup-days); the pilot then only times a replication.
 */
export function planHorizon(
  scenario: Scenario,
  seed: string,
  keep: boolean,
  pilotServers?: Readonly<Record<string, number>>,
): PlanHorizon {
  const started = performance.now();
  const piloted = pilotServers === undefined ? scenario : withServers(scenario, pilotServers);
  const pilot = runGate(piloted, { seed: `${seed}/pilot` });
  const pilotSeconds = (performance.now() - started) / 1000;
  const perDay = pilotSeconds / (scenario.horizonDays + (scenario.drainDays ?? 0));
  if (keep) {
    return {
      scenario,
      how: `${scenario.horizonDays} days (as given), warm-up ${scenario.warmupDays ?? 0} days`,
      secondsPerReplication: perDay * scenario.horizonDays,
    };
  }
  const warmup = steadyStateWarmup(pilot);
  const horizonDays = warmup.warmupDays + MEASURED_DAYS;
  const planned = loadScenario({ ...scenario, horizonDays, warmupDays: warmup.warmupDays });
  const caveat = warmup.reliable ? "" : ", possibly too short: the transient may last longer";
  return {
    scenario: planned,
    how:
      `${horizonDays} days: a warm-up of ${warmup.warmupDays} day${warmup.warmupDays === 1 ? "" : "s"} ` +
      `(MSER-5 on the trucks in the gate of a pilot run${pilotServers === undefined ? "" : " at the lower bounds"} cut ${warmup.truncatedHours} h${caveat}) ` +
      `and ${MEASURED_DAYS} days measured (steady state; --days and --warmup-days override)`,
    secondsPerReplication: perDay * horizonDays,
  };
}

/** The lower bounds of the stations planned (queueing: offered load under open capacity). */
export function planLowerBounds(
  scenario: Scenario,
  resources: readonly CapacityResource[],
): Record<string, number> {
  return gateServerLowerBounds(
    scenario,
    resources.map((r) => r.name),
  );
}

/**
 * The range of candidates the smart search is expected to evaluate: at least the maximum and
 * one probe per resource (each least level at its bound); commonly up to two probes up from
 * the bound and one step down in the next pass per resource (far from the bound the gallop
 * and bisection take up to 2·log2 of the range: a guess, not a limit).
 */
export function expectedCandidates(resources: readonly CapacityResource[]): [number, number] {
  return [1 + resources.length, 1 + 3 * resources.length];
}

function duration(seconds: number): string {
  if (seconds < 1) return `${Number(seconds.toPrecision(2))} s`;
  if (seconds < 90) return `${Math.round(seconds)} s`;
  if (seconds < 5400) return `${Math.round(seconds / 60)} min`;
  return `${(seconds / 3600).toFixed(1)} h`;
}

/** The sentence printed before the search starts. */
export function planEstimate(input: {
  readonly resources: readonly CapacityResource[];
  readonly lower: Readonly<Record<string, number>>;
  readonly horizon: PlanHorizon;
  readonly initial: number;
  readonly cap: number;
  readonly workers: number;
  readonly budgetSeconds: number | undefined;
}): string {
  const { resources, lower, horizon, initial, cap, workers } = input;
  const [fewest, most] = expectedCandidates(resources);
  const perCandidate = (n: number) => Math.ceil(n / workers) * horizon.secondsPerReplication;
  const low = fewest * perCandidate(initial);
  const high = most * perCandidate(cap);
  const ranges = resources.map((r) => `${r.name} ${Math.max(r.min, lower[r.name]!)}–${r.max}`);
  return (
    `Planning ${resources.length} station${resources.length === 1 ? "" : "s"} between the ` +
    `least servers that keep each queue finite and the maximum (${ranges.join(", ")}); ` +
    `horizon ${horizon.how}. About ${fewest}–${most} candidates × ${initial}–${cap} replications ` +
    `of ${horizon.secondsPerReplication.toFixed(1)} s each on ${workers} worker${workers === 1 ? "" : "s"}: ` +
    `about ${duration(low)}–${duration(high)}` +
    (input.budgetSeconds === undefined
      ? "."
      : `, stopped at the budget of ${duration(input.budgetSeconds)} with the best plan found.`)
  );
}

/** "identity 2, customs 15 (total 143)" */
export function levelsText(candidate: CapacityCandidate): string {
  const levels = Object.entries(candidate.levels)
    .map(([id, n]) => `${id} ${n}`)
    .join(", ");
  return `${levels} (total ${candidate.total})`;
}

/** The per-candidate progress line. */
export function candidateLine(
  candidate: CapacityCandidate,
  progress: SearchProgress,
  seconds: number,
): string {
  const verdict = candidate.meetsTarget ? "meets" : "misses";
  const best = progress.best === null ? "none yet" : levelsText(progress.best);
  return (
    `plan: ${progress.evaluated} candidates, ${progress.replications} replications, ` +
    `${duration(seconds)} — candidate ${verdict} the target after ${candidate.replications} ` +
    `replications — best so far: ${best}`
  );
}

/**
 * A stop rule for `--budget`: stop when the time spent plus the mean time of a candidate so
 * far would pass the budget (so the search ends near it, not one candidate after).
 */
export function budgetRule(
  budgetSeconds: number,
  started: number,
): {
  shouldStop: () => boolean;
  candidateDone: () => void;
} {
  let done = 0;
  const elapsed = () => (performance.now() - started) / 1000;
  return {
    shouldStop: () => elapsed() + (done === 0 ? 0 : elapsed() / done) > budgetSeconds,
    candidateDone: () => {
      done += 1;
    },
  };
}
