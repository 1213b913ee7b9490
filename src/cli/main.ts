#!/usr/bin/env node
/**
 * The `gatesim` command. The only place with argv, files, console and exit codes.
 */
import { runCli } from "./program.js";

process.exitCode = await runCli(process.argv.slice(2));
