/**
 * The CLI's bounds: `--max-events` and `--time-limit` handed to every experiment, the up-front
 * refusal of sweeps beyond the experiment layer's caps with what they would cost, and budget
 * stops reported as invalid input in one line (exit 1), never as an internal error.
 */
import { SimulationError } from "../engine/index.js";
import {
  ExperimentError,
  type ExperimentLimits,
  MAX_REPLICATIONS,
  MAX_SWEEP_POINTS,
} from "../experiment/index.js";
import { gateEventBudget, type Scenario } from "../gate/index.js";
import { CliError, EXIT } from "./errors.js";

/** Events per second of the gate model on one core (measured 0.6–1.5 M on the presets). */
const EVENTS_PER_SECOND = 1_000_000;
/** Bytes of one sweep row (KPI estimates) and of the per-replication KPI values. */
const BYTES_PER_ROW = 2_000;
const BYTES_PER_REPLICATION = 150;

/** The experiment limits of the flags. */
export function experimentLimits(flags: {
  readonly maxEvents: number | undefined;
  readonly timeLimitSeconds: number | undefined;
}): ExperimentLimits {
  return {
    ...(flags.maxEvents === undefined ? {} : { maxEvents: flags.maxEvents }),
    ...(flags.timeLimitSeconds === undefined ? {} : { timeLimitSeconds: flags.timeLimitSeconds }),
  };
}

/**
 * Refuses a sweep beyond the caps before any grid point is built, with the estimate of its
 * cost: replications, CPU time (the event budget's estimate of events ÷ 1 M events/s, an upper
 * estimate: the presets need about a third of it) and memory.
 */
export function checkSweepSize(scenario: Scenario, points: number, replications: number): void {
  const total = points * replications;
  if (points <= MAX_SWEEP_POINTS && total <= MAX_REPLICATIONS) return;
  const eventsEach = gateEventBudget(scenario) / 10;
  const cpuSeconds = (total * eventsEach) / EVENTS_PER_SECOND;
  const bytes = points * BYTES_PER_ROW + total * BYTES_PER_REPLICATION;
  throw new CliError(
    `gatesim sweep: the grid expected at most ${whole(MAX_SWEEP_POINTS)} points and ${whole(MAX_REPLICATIONS)} replications in all, received ${whole(points)} points × ${whole(replications)} replications = ${whole(total)}: at up to ${whole(eventsEach)} events each (the event budget's estimate) that is up to ${duration(cpuSeconds)} of CPU, and ${megabytes(bytes)} of memory for the rows; vary fewer values`,
    EXIT.INVALID_INPUT,
  );
}

/**
 * The one-line CLI error of a run stopped by a bound (event or memory budget, time limit, a
 * size cap), or undefined for any other error.
 */
export function boundError(error: unknown): CliError | undefined {
  if (error instanceof ExperimentError) {
    if (["BUDGET_EXCEEDED", "TIME_LIMIT_EXCEEDED", "TOO_LARGE"].includes(error.code)) {
      return new CliError(`gatesim: ${error.message} [${error.code}]`, EXIT.INVALID_INPUT);
    }
    return undefined;
  }
  if (
    error instanceof SimulationError &&
    ["EVENT_BUDGET_EXCEEDED", "MEMORY_BUDGET_EXCEEDED", "ZERO_TIME_LOOP"].includes(error.code)
  ) {
    const hint =
      error.code === "MEMORY_BUDGET_EXCEEDED"
        ? ""
        : "; raise --max-events, shorten the horizon (--days) or add capacity";
    return new CliError(`gatesim: ${error.message}${hint}`, EXIT.INVALID_INPUT);
  }
  return undefined;
}

function whole(value: number): string {
  return Math.round(value).toLocaleString("en");
}

function duration(seconds: number): string {
  if (seconds < 120) return `${Math.round(seconds)} s`;
  if (seconds < 7200) return `${Math.round(seconds / 60)} min`;
  if (seconds < 172_800) return `${(seconds / 3600).toFixed(1)} h`;
  return `${(seconds / 86_400).toFixed(1)} days`;
}

function megabytes(bytes: number): string {
  return bytes >= 1e9 ? `${(bytes / 1e9).toFixed(1)} GB` : `${Math.ceil(bytes / 1e6)} MB`;
}
