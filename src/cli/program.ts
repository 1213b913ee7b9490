/**
 * The `gatesim` command-line program: commander parses argv and dispatches to commands.
 * Exit codes: 0 success, 1 invalid input (every problem listed), 2 usage error, 4 no feasible
 * plan, 130 interrupted (the README lists them).
 * perf: each command's module (and with it the model, zod and the statistics) is imported when
 * that command runs, so `gatesim --help` loads commander only (bench/import-time.ts).
 */

import { Command, CommanderError, Option } from "commander";
import { visibleText } from "../common/index.js";
import { DEFAULT_TRACE_LIMIT } from "../gate/trace.js";
import type { RawRunFlags } from "./commands/run.js";
import type { RawWorkerFlags } from "./commands/worker.js";
import { CliError, EXIT } from "./errors.js";
import { commonFlags, type RawCommonFlags } from "./options.js";
import { example, rejectGateOnlyFlags, withCommonFlags } from "./program-flags.js";
import { StreamedFile } from "./streamed-file.js";

const VERSION = "0.1.0";

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
    const { corridorArg } = await import("./corridor/load-corridor.js");
    const corridor = corridorArg(scenario, flags);
    if (corridor !== null) {
      rejectGateOnlyFlags("run", raw);
      const { corridorRunCommand } = await import("./corridor/run.js");
      await corridorRunCommand(corridor, flags);
      return;
    }
    const { runCommand, runFlags } = await import("./commands/run.js");
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
    const flags = commonFlags(raw, 10);
    const { corridorArg } = await import("./corridor/load-corridor.js");
    const corridorA = corridorArg(a, flags);
    const corridorB = corridorArg(b, flags);
    if (corridorA !== null && corridorB !== null) {
      const { corridorCompareCommand } = await import("./corridor/compare.js");
      await corridorCompareCommand(corridorA, corridorB, flags);
      return;
    }
    if (corridorA !== null || corridorB !== null) {
      throw new CliError(
        `gatesim compare: expected two gates or two corridors, received ${corridorA === null ? "a gate" : "a corridor"} and ${corridorB === null ? "a gate" : "a corridor"}`,
        EXIT.USAGE,
      );
    }
    const { compareCommand } = await import("./commands/compare.js");
    await compareCommand(a, b, flags);
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
        "--budget <time>",
        "end the search after about this long (e.g. 60s, 2m) with the best plan found",
      )
      .addOption(
        new Option(
          "--search <kind>",
          "smart: start from queueing bounds, replications only where undecided; greedy: --replications for every candidate",
        )
          .choices(["smart", "greedy"])
          .default("smart"),
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
      raw: RawCommonFlags & {
        target: string;
        resources?: string;
        maxFactor: string;
        budget?: string;
        search: "smart" | "greedy";
      },
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
      const { corridorArg } = await import("./corridor/load-corridor.js");
      const corridor = corridorArg(scenario, flags);
      if (corridor !== null) {
        const { corridorPlanCommand } = await import("./corridor/plan.js");
        await corridorPlanCommand(corridor, flags, raw.target, raw.resources, factor);
        return;
      }
      const { planCommand } = await import("./commands/plan.js");
      const { parseBudget } = await import("./plan-session.js");
      await planCommand(scenario, flags, {
        target: raw.target,
        resources: raw.resources,
        maxFactor: factor,
        budgetSeconds: raw.budget === undefined ? undefined : parseBudget(raw.budget),
        search: raw.search,
      });
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
    const flags = commonFlags(raw, 5);
    const { corridorArg } = await import("./corridor/load-corridor.js");
    const corridor = corridorArg(scenario, flags);
    if (corridor !== null) {
      const { corridorSweepCommand } = await import("./corridor/sweep.js");
      await corridorSweepCommand(corridor, flags, raw.vary);
      return;
    }
    const { sweepCommand } = await import("./commands/sweep.js");
    await sweepCommand(scenario, flags, raw.vary);
  });

  program
    .command("app")
    .description(
      "Write the what-if page: the engine in one HTML file that runs offline in a browser",
    )
    .requiredOption("--out <file.html>", "where to write the page")
    .option("--quiet", "no note on stderr")
    .addHelpText("after", example("gatesim app --out planner.html"))
    .action(async (raw: { out: string; quiet?: boolean }) =>
      (await import("./commands/app.js")).appCommand(raw.out, raw.quiet === true),
    );

  program
    .command("worker")
    .description(
      "Serve replications from a Redis queue (run, compare, sweep and plan with --redis send them)",
    )
    .option("--redis <url>", "redis://[:password@]host:port, or rediss:// for TLS (required)")
    .option(
      "--concurrency <n>",
      "replications at once, one thread each (default: cores, at most 8)",
    )
    .option(
      "--stall-seconds <s>",
      "a job whose worker died runs again elsewhere after about twice this (default 30)",
    )
    .addHelpText(
      "after",
      example("gatesim worker --redis redis://:secret@10.0.0.5:6379 --concurrency 4"),
    )
    .action(async (raw: RawWorkerFlags) =>
      (await import("./commands/worker.js")).workerCommand(raw),
    );

  program
    .command("presets")
    .description("List the built-in presets")
    .option("--json", "print JSON")
    .addHelpText("after", example("gatesim presets"))
    .action(async (raw: { json?: boolean }) =>
      (await import("./commands/info.js")).presetsCommand(raw.json === true),
    );

  program
    .command("schema")
    .description("Print the JSON Schema of scenario files (--corridor: of corridor files)")
    .option("--corridor", "the JSON Schema of corridor files (several gates, one demand, routing)")
    .addHelpText("after", example("gatesim schema > scenario.schema.json"))
    .action(async (raw: { corridor?: boolean }) =>
      (await import("./commands/info.js")).schemaCommand(raw.corridor === true),
    );

  program
    .command("validate")
    .description("Check a scenario or corridor file; every problem is listed with its path")
    .argument("<file>", "path to a scenario or corridor JSON file (or a preset name)")
    .addHelpText("after", example("gatesim validate my-gate.json"))
    .action(async (file: string) => (await import("./commands/info.js")).validateCommand(file));

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
