/**
 * The `gatesim` command-line program: parses argv with commander and dispatches to commands.
 * Exit codes: 0 success, 1 invalid input, 2 usage error.
 */
import { Command, CommanderError } from "commander";
import { demoCommand } from "./demo.js";

const VERSION = "0.1.0";

/** Runs the CLI with `args` (argv without node and script); resolves to the exit code. */
export async function runCli(args: readonly string[]): Promise<number> {
  const program = new Command()
    .name("gatesim")
    .description("Simulate border-gate clearance: manual vs smart gates, capacity planning.")
    .version(VERSION)
    .exitOverride()
    .configureOutput({ writeErr: (text) => process.stderr.write(text) });

  let exitCode = 0;
  program
    .command("demo")
    .description("Run a single-station gate (M/M/c) through the kernel and print its waiting time")
    .option("--lanes <n>", "number of lanes", "8")
    .option("--trucks <n>", "trucks to simulate", "200000")
    .addHelpText("after", "\nExample:\n  $ gatesim demo --lanes 8 --trucks 100000\n")
    .action((options: { lanes: string; trucks: string }) => {
      exitCode = demoCommand(Number(options.lanes), Number(options.trucks));
    });

  try {
    await program.parseAsync(args as string[], { from: "user" });
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.exitCode === 0 ? 0 : 2;
    }
    throw error;
  }
  return exitCode;
}
