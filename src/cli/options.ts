/**
 * The flags every simulation command shares, checked once at the boundary: a bad value is a
 * usage error (exit 2) naming the flag, the value and what was expected.
 */
import { availableParallelism } from "node:os";
import { redactRedisUrl, redisUrlProblem } from "../experiment/index.js";
import { CliError, EXIT } from "./errors.js";

/** Flags as commander hands them over (strings). */
export interface RawCommonFlags {
  readonly replications?: string;
  readonly seed?: string;
  readonly days?: string;
  readonly warmupDays?: string;
  readonly workers?: string;
  readonly json?: boolean;
  readonly csv?: string;
  readonly report?: string;
  readonly quiet?: boolean;
  readonly redis?: string;
  readonly maxEvents?: string;
  readonly timeLimit?: string;
  readonly arrivals?: string;
}

/** Checked flags. */
export interface CommonFlags {
  readonly replications: number;
  readonly seed: string;
  readonly days: number | undefined;
  readonly warmupDays: number | undefined;
  readonly workers: number;
  readonly json: boolean;
  readonly csv: string | undefined;
  readonly report: string | undefined;
  readonly quiet: boolean;
  /** `--redis <url>`: replications go to the queue there instead of worker threads. */
  readonly redis: string | undefined;
  /** Event budget of each replication (`--max-events`); undefined: derived from the scenario. */
  readonly maxEvents: number | undefined;
  /** Wall-time limit of the experiment in seconds (`--time-limit`); undefined: none. */
  readonly timeLimitSeconds: number | undefined;
  /** `--arrivals`: a CSV log of observed arrivals replacing the scenario's arrivals. */
  readonly arrivals: string | undefined;
}

/** Parses an integer flag in [min, max]; absent: undefined. A bad value is a usage error. */
export function integerFlag(
  name: string,
  raw: string | undefined,
  min: number,
  max: number,
): number | undefined {
  if (raw === undefined) return undefined;
  const value = Number(raw);
  if (!(Number.isInteger(value) && value >= min && value <= max)) {
    throw new CliError(
      `gatesim: ${name} expected an integer in [${min}, ${max}], received "${raw}"`,
      EXIT.USAGE,
    );
  }
  return value;
}

/** Default worker threads: the machine's cores, at most 8. */
export function defaultWorkers(): number {
  return Math.max(1, Math.min(8, availableParallelism()));
}

/** Checks the shared flags; `defaultReplications` differs by command. */
export function commonFlags(raw: RawCommonFlags, defaultReplications: number): CommonFlags {
  const seed = raw.seed ?? "1";
  if (seed.trim() === "")
    throw new CliError('gatesim: --seed expected a non-empty value, received ""', EXIT.USAGE);
  return {
    replications:
      integerFlag("--replications", raw.replications, 1, 100_000) ?? defaultReplications,
    seed,
    days: integerFlag("--days", raw.days, 1, 3650),
    warmupDays: integerFlag("--warmup-days", raw.warmupDays, 0, 3650),
    workers: integerFlag("--workers", raw.workers, 1, 64) ?? defaultWorkers(),
    json: raw.json === true,
    csv: raw.csv,
    report: raw.report,
    quiet: raw.quiet === true,
    redis: redisFlag(raw.redis),
    maxEvents: integerFlag("--max-events", raw.maxEvents, 1, 2 ** 40),
    timeLimitSeconds: secondsFlag("--time-limit", raw.timeLimit),
    arrivals: raw.arrivals,
  };
}

/** Parses a duration flag in seconds, in (0, 1 week]; absent: undefined. */
function secondsFlag(name: string, raw: string | undefined): number | undefined {
  if (raw === undefined) return undefined;
  const value = Number(raw);
  if (!(raw.trim() !== "" && value > 0 && value <= 604_800)) {
    throw new CliError(
      `gatesim: ${name} expected a number of seconds in (0, 604800], received "${raw}"`,
      EXIT.USAGE,
    );
  }
  return value;
}

/** Checks a `--redis` URL; a bad one is a usage error showing it with its password redacted. */
export function redisFlag(raw: string | undefined): string | undefined {
  if (raw === undefined) return undefined;
  const problem = redisUrlProblem(raw);
  if (problem !== null) {
    throw new CliError(
      `gatesim: --redis expected ${problem}, received "${redactRedisUrl(raw)}"`,
      EXIT.USAGE,
    );
  }
  return raw;
}
