#!/usr/bin/env node
/**
 * The `gatesim` command. The only place with argv, files, console and exit codes.
 */
import { visibleText } from "../common/index.js";
import { runCli } from "./program.js";
import { StreamedFile } from "./streamed-file.js";

// stdout closed early (`gatesim schema | head -c1`): end quietly, as Unix tools do; any other
// stdout failure (`> /dev/full`) is one line and exit 1. No stack trace either way.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  StreamedFile.abortAll();
  if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
  process.stderr.write(`gatesim: cannot write to stdout: ${error.code ?? error.message}\n`);
  process.exit(1);
});

try {
  process.exitCode = await runCli(process.argv.slice(2));
} catch (error) {
  StreamedFile.abortAll();
  // A bug, not bad input: say so in one line plus the stack for the report.
  const text = error instanceof Error ? (error.stack ?? error.message) : String(error);
  process.stderr.write(`gatesim: internal error: ${visibleText(text.slice(0, 4000), true)}\n`);
  process.exitCode = 3;
}
