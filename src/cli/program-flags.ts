/** The flags the simulation commands share, and small helpers of the program's definition. */
import type { Command } from "commander";
import type { RawRunFlags } from "./commands/run.js";
import { CliError, EXIT } from "./errors.js";

/** Adds the flags every simulation command shares (replications defaulting to `replications`). */
export function withCommonFlags(command: Command, replications: number): Command {
  return command
    .option(
      "--replications <n>",
      "independent replications (seeds derived from --seed)",
      String(replications),
    )
    .option("--seed <seed>", "master seed of the random streams", "1")
    .option("--days <n>", "override the scenario's horizon in days")
    .option("--warmup-days <n>", "leave the first n days out of the KPIs (the run starts empty)")
    .option("--workers <n>", "worker threads for replications (default: cores, at most 8)")
    .option(
      "--redis <url>",
      "run the replications on the Redis queue at <url>, served by `gatesim worker` processes",
    )
    .option("--json", "print JSON on stdout instead of tables")
    .option("--csv <file>", "also write tidy CSV to <file>")
    .option(
      "--arrivals <log.csv>",
      "replay observed arrivals: a CSV with a timestamp (or arrivalSeconds) column, optional direction",
    )
    .option("--quiet", "no progress bar or notes on stderr")
    .option(
      "--max-events <n>",
      "event budget of each replication (default: 10x the events the scenario's trucks need)",
    )
    .option(
      "--time-limit <seconds>",
      "stop the experiment after this wall time, terminating running workers (default: none)",
    );
}

/** The "Example:" block under a command's --help. */
export function example(text: string): string {
  return `\nExample:\n  $ ${text}\n`;
}

/** Flags of `run` that only a single gate's run has: with a corridor, a usage error. */
export function rejectGateOnlyFlags(command: string, raw: RawRunFlags): void {
  const given = [
    raw.trucksCsv === undefined ? null : "--trucks-csv",
    raw.trace === undefined ? null : "--trace",
    raw.traceLimit === undefined ? null : "--trace-limit",
  ].filter((flag) => flag !== null);
  if (given.length > 0) {
    throw new CliError(
      `gatesim ${command}: ${given.join(", ")} expected a gate scenario, received a corridor (per-truck files are per gate: run a gate's scenario alone)`,
      EXIT.USAGE,
    );
  }
}
