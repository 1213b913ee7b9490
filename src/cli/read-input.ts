/**
 * Reading an input file, bounded: at most {@link MAX_INPUT_BYTES} are read whatever the file is
 * (a regular file, a pipe, `/dev/zero`), so an endless or huge input is refused with exit 1
 * instead of filling the memory; the text must be UTF-8 (a byte-order mark is dropped).
 */
import { closeSync, fstatSync, openSync, readSync } from "node:fs";
import { CliError, EXIT } from "./errors.js";
import { shownPath } from "./shown.js";

/** Largest input file read, in bytes (64 MiB: an arrival log of a few million rows fits). */
export const MAX_INPUT_BYTES = 64 * 1024 * 1024;

const CHUNK_BYTES = 1 << 20;

/**
 * The text of the file at `path` (`what` names it in messages: "scenario", "arrival log").
 * @throws CliError (exit 1) for a missing, unreadable, oversized or non-UTF-8 file, or a folder.
 */
export function readInputText(path: string, what: string, maxBytes = MAX_INPUT_BYTES): string {
  let fd: number;
  try {
    fd = openSync(path, "r");
  } catch (error) {
    throw cannot(path, what, error);
  }
  try {
    if (fstatSync(fd).isDirectory()) {
      throw new CliError(
        `gatesim: ${shownPath(path)} is a directory; expected a ${what} file`,
        EXIT.INVALID_INPUT,
      );
    }
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(Math.min(CHUNK_BYTES, maxBytes + 1 - total));
      let read: number;
      try {
        read = readSync(fd, chunk, 0, chunk.length, null);
      } catch (error) {
        throw cannot(path, what, error);
      }
      if (read === 0) break;
      chunks.push(chunk.subarray(0, read));
      total += read;
      if (total > maxBytes) {
        throw new CliError(
          `gatesim: ${shownPath(path)} is larger than ${maxBytes} bytes, the most a ${what} file may have`,
          EXIT.INVALID_INPUT,
        );
      }
    }
    try {
      return new TextDecoder("utf-8", { fatal: true }).decode(Buffer.concat(chunks, total));
    } catch {
      throw new CliError(
        `gatesim: ${shownPath(path)} is not UTF-8 text; expected a ${what} file`,
        EXIT.INVALID_INPUT,
      );
    }
  } finally {
    closeSync(fd);
  }
}

function cannot(path: string, what: string, error: unknown): CliError {
  const code = (error as NodeJS.ErrnoException).code ?? "an error";
  return new CliError(
    `gatesim: cannot read the ${what} file ${shownPath(path)}: ${code}`,
    EXIT.INVALID_INPUT,
  );
}
