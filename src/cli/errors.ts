/** CLI failures with their documented exit codes. */

/** Exit codes of `gatesim` (documented in the README). */
export const EXIT = { OK: 0, INVALID_INPUT: 1, USAGE: 2, INFEASIBLE: 4, INTERRUPTED: 130 } as const;

/** A failure the CLI reports as a message (no stack trace) and an exit code. */
export class CliError extends Error {
  override readonly name = "CliError";
  constructor(
    message: string,
    readonly exitCode: number,
  ) {
    super(message);
  }
}
