/**
 * The flags every simulation command shares, checked once at the boundary: a bad value is a
 * usage error (exit 2) naming the flag, the value and what was expected.
 */
import { availableParallelism } from "node:os";
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
    arrivals: raw.arrivals,
  };
}
