#!/usr/bin/env node
/**
 * The `gatesim` command. The only place with argv, files, console and exit codes.
 */
import { runCli } from "./program.js";

try {
  process.exitCode = await runCli(process.argv.slice(2));
} catch (error) {
  // A bug, not bad input: say so in one line plus the stack for the report.
  process.stderr.write(
    `gatesim: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exitCode = 3;
}
