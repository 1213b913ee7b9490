/**
 * The `gatesim` command-line program: commander parses argv and dispatches to commands.
 * Exit codes: 0 success, 1 invalid input (every problem listed), 2 usage error.
 */

import { Command, CommanderError, Option } from "commander";
import { visibleText } from "../common/index.js";
import { DEFAULT_TRACE_LIMIT } from "../gate/index.js";
import { compareCommand } from "./commands/compare.js";
import { presetsCommand, schemaCommand, validateCommand } from "./commands/info.js";
import { planCommand } from "./commands/plan.js";
import { type RawRunFlags, runCommand, runFlags } from "./commands/run.js";
import { sweepCommand } from "./commands/sweep.js";
import { CliError, EXIT } from "./errors.js";
import { commonFlags, type RawCommonFlags } from "./options.js";
import { StreamedFile } from "./streamed-file.js";

const VERSION = "0.1.0";

function withCommonFlags(command: Command, replications: number): Command {
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
    .option("--json", "print JSON on stdout instead of tables")
    .option("--csv <file>", "also write tidy CSV to <file>")
    .option(
      "--arrivals <log.csv>",
      "replay observed arrivals: a CSV with a timestamp (or arrivalSeconds) column, optional direction",
    )
    .option("--quiet", "no progress bar or notes on stderr");
}

function example(text: string): string {
  return `\nExample:\n  $ ${text}\n`;
}

/** Runs the CLI with `args` (argv without node and script); resolves to the exit code. */
export async function runCli(args: readonly string[]): Promise<number> {
  const program = new Command()
    .name("gatesim")
    .description("Simulate border-gate clearance: manual vs smart gates, capacity planning.")
    .version(VERSION)
    .exitOverride()
    .showHelpAfterError("(add --help for usage)")
    .configureOutput({ writeErr: (text) => process.stderr.write(visibleText(text, true)) })
    .addHelpText("after", example("gatesim compare huu-nghi-manual-2019 huu-nghi-smart-2024"));

  withCommonFlags(
    program
      .command("run")
      .description(
        "Run a preset or scenario file: KPIs with 95% CIs (or one run in detail with --replications 1)",
      )
      .argument("<scenario>", "preset name or path to a scenario JSON file")
      .option(
        "--trucks-csv <file>",
        "stream one run's per-truck Time Release Study records to a CSV file",
      )
      .option(
        "--trace <file>",
        "write one run's event log (arrivals, queues, services, detours, outages, exits) as CSV",
      )
      .option(
        "--trace-limit <n>",
        `most trace rows; past it a 'truncated' row counts the rest (default ${DEFAULT_TRACE_LIMIT})`,
      )
      .option(
        "--report <file.html>",
        "also write an HTML page with the KPIs, the day-by-day charts and where trucks wait",
      )
      .addHelpText(
        "after",
        example("gatesim run huu-nghi-smart-2024 --replications 1 --days 7 --report smart.html"),
      ),
    10,
  ).action(async (scenario: string, raw: RawCommonFlags & RawRunFlags, command: Command) => {
    const flags = commonFlags(raw, 10);
    const files = runFlags(raw);
    const detailed = files.trucksCsv !== undefined || files.trace !== undefined;
    if (
      detailed &&
      command.getOptionValueSource("replications") === "cli" &&
      flags.replications > 1
    ) {
      // One detailed run is what these files hold: say so rather than run fewer than asked.
      throw new CliError(
        `gatesim run: --trucks-csv and --trace record one run in detail; expected --replications 1 (or no --replications), received ${flags.replications}`,
        EXIT.USAGE,
      );
    }
    await runCommand(scenario, flags, files);
  });

  withCommonFlags(
    program
      .command("compare")
      .description("Compare two plans on the same simulated trucks: B − A with paired 95% CIs")
      .argument("[a]", "baseline preset or scenario file", "huu-nghi-manual-2019")
      .argument("[b]", "alternative preset or scenario file", "huu-nghi-smart-2024")
      .option("--report <file.html>", "also write a self-contained HTML report with charts")
      .addHelpText(
        "after",
        example("gatesim compare huu-nghi-manual-2019 huu-nghi-smart-2024 --report report.html"),
      ),
    10,
  ).action(async (a: string, b: string, raw: RawCommonFlags) => {
    await compareCommand(a, b, commonFlags(raw, 10));
  });

  withCommonFlags(
    program
      .command("plan")
      .description(
        "Find the least servers per station that meet a target (bottleneck shown per candidate)",
      )
      .argument("<scenario>", "preset name or path to a scenario JSON file")
      .requiredOption("--target <expr>", 'e.g. "p90TimeInSystemHours<=6,meanClearedPerDay>=6600"')
      .option(
        "--resources <ids>",
        "comma-separated station ids to plan (default: every station with fixed servers)",
      )
      .addOption(
        new Option("--max-factor <x>", "search up to x times today's servers").default("2"),
      )
      .option(
        "--report <file.html>",
        "also write an HTML page with the candidates and the frontier chart",
      )
      .addHelpText(
        "after",
        example(
          'gatesim plan smart-doubled --target "p90TimeInSystemHours<=6,meanClearedPerDay>=6500" --resources customs,inspection',
        ),
      ),
    10,
  ).action(
    async (
      scenario: string,
      raw: RawCommonFlags & { target: string; resources?: string; maxFactor: string },
    ) => {
      const factor = Number(raw.maxFactor);
      if (!(factor >= 1 && factor <= 20)) {
        throw new CliError(
          `gatesim plan: --max-factor expected a number in [1, 20], received "${raw.maxFactor}"`,
          EXIT.USAGE,
        );
      }
      const flags = commonFlags(raw, 10);
      if (flags.replications < 2) {
        throw new CliError(
          `gatesim plan: --replications expected an integer >= 2 (targets are judged on confidence intervals), received "${raw.replications}"`,
          EXIT.USAGE,
        );
      }
      await planCommand(scenario, flags, raw.target, raw.resources, factor);
    },
  );

  withCommonFlags(
    program
      .command("sweep")
      .description("Run a grid over scenario parameters; a tidy table of KPIs with CIs")
      .argument("<scenario>", "preset name or path to a scenario JSON file")
      .option(
        "--vary <path=values>",
        "parameter and values, repeatable",
        (value: string, all: string[]) => [...all, value],
        [],
      )
      .option(
        "--report <file.html>",
        "also write an HTML page with the table and one chart per KPI against the first --vary",
      )
      .addHelpText(
        "after",
        example(
          "gatesim sweep huu-nghi-manual-2019 --vary stations.identity.servers=8,10,12 --replications 5 --report sweep.html",
        ),
      ),
    5,
  ).action(async (scenario: string, raw: RawCommonFlags & { vary: string[] }) => {
    await sweepCommand(scenario, commonFlags(raw, 5), raw.vary);
  });

  program
    .command("presets")
    .description("List the built-in presets")
    .option("--json", "print JSON")
    .addHelpText("after", example("gatesim presets"))
    .action((raw: { json?: boolean }) => presetsCommand(raw.json === true));

  program
    .command("schema")
    .description("Print the JSON Schema of scenario files")
    .addHelpText("after", example("gatesim schema > scenario.schema.json"))
    .action(() => schemaCommand());

  program
    .command("validate")
    .description("Check a scenario file; every problem is listed with its path")
    .argument("<file>", "path to a scenario JSON file (or a preset name)")
    .addHelpText("after", example("gatesim validate my-gate.json"))
    .action((file: string) => validateCommand(file));

  for (const command of program.commands) command.exitOverride();

  try {
    await program.parseAsync(args as string[], { from: "user" });
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.exitCode === 0 ? EXIT.OK : EXIT.USAGE;
    }
    if (error instanceof CliError) {
      StreamedFile.abortAll();
      process.stderr.write(`${visibleText(error.message, true)}\n`);
      return error.exitCode;
    }
    throw error;
  }
  return EXIT.OK;
}
