/**
 * Output paths checked before anything runs: an output that is one of the inputs (`--csv` on
 * the scenario file) or another output (`--csv` = `--trucks-csv`) is a usage error (exit 2),
 * compared by real path (symbolic links, `./` and `..` resolved). Devices such as `/dev/null`
 * or `/dev/stdout` may be named more than once.
 */
import { existsSync, realpathSync, statSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { CliError, EXIT } from "./errors.js";
import { shownPath } from "./shown.js";

/** A path named on the command line: the flag or argument that names it, and the path. */
export interface NamedPath {
  /** `--csv`, `--report`, `scenario`… */
  readonly flag: string;
  /** The path as given. */
  readonly path: string;
}

/** The path with every symbolic link resolved, for a file that may not exist yet. */
function realPath(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    try {
      return join(realpathSync(dirname(path)), basename(path));
    } catch {
      return resolve(path);
    }
  }
}

function isDevice(path: string): boolean {
  try {
    const stats = statSync(path);
    return !stats.isFile() && !stats.isDirectory();
  } catch {
    return false;
  }
}

/**
 * Refuses outputs that coincide with an input or with each other.
 * @throws CliError (exit 2) naming both flags and the path.
 */
export function checkOutputPaths(
  inputs: readonly NamedPath[],
  outputs: readonly NamedPath[],
): void {
  const seen = new Map<string, NamedPath>();
  for (const input of inputs) {
    if (existsSync(input.path)) seen.set(realPath(input.path), input);
  }
  for (const output of outputs) {
    if (isDevice(output.path)) continue;
    const real = realPath(output.path);
    const other = seen.get(real);
    if (other !== undefined) {
      const role = inputs.includes(other) ? "the input" : "the output";
      throw new CliError(
        `gatesim: ${output.flag} expected a file that is not ${role} ${other.flag} ${shownPath(other.path)}, received ${shownPath(output.path)}`,
        EXIT.USAGE,
      );
    }
    seen.set(real, output);
  }
}
