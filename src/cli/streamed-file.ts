/**
 * A file written as a run goes (per-truck records, the trace) or at its end (CSV, HTML), as a
 * transaction: text goes to a temporary file beside the target in 64 KB chunks, and the target
 * appears only when `commit` renames it; an interrupted or failed run leaves no file that looks
 * complete, and two runs writing one file each rename a whole file. A target that exists and is
 * not a regular file (`/dev/stdout`, a pipe, `/dev/full`) is written directly: it cannot be
 * renamed over. Every write error (a full disk) is one line and exit 1.
 */
import { closeSync, openSync, renameSync, rmSync, statSync, writeSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { CliError, EXIT } from "./errors.js";
import { shownPath } from "./shown.js";

/** Bytes buffered before a write (bench: scenarios, records streamed to CSV). */
const CHUNK_CHARS = 1 << 16;

/** Whether `path` exists and is something other than a regular file (a device, a pipe). */
function isSpecial(path: string): boolean {
  try {
    const stats = statSync(path);
    return !stats.isFile() && !stats.isDirectory();
  } catch {
    return false;
  }
}

/** An output file being written. */
export class StreamedFile {
  /** Where the text goes until `commit`: a temporary file, or the target itself if special. */
  private readonly temporary: string | null;
  private readonly fd: number;
  private buffer = "";
  private open = true;

  /** @throws CliError (exit 1) when the folder cannot be written. */
  constructor(
    readonly path: string,
    private readonly what: string,
  ) {
    this.temporary = isSpecial(path)
      ? null
      : join(dirname(path), `.${basename(path)}.${process.pid}.partial`);
    try {
      this.fd = openSync(this.temporary ?? path, "w");
    } catch (error) {
      throw this.failure(error);
    }
    StreamedFile.pending.add(this);
  }

  /** Appends text (buffered). @throws CliError (exit 1) when the write fails. */
  write(text: string): void {
    this.buffer += text;
    if (this.buffer.length > CHUNK_CHARS) this.flush();
  }

  /** Writes what is buffered and renames the file to its target: it is complete. */
  commit(): void {
    this.flush();
    closeSync(this.fd);
    this.open = false;
    StreamedFile.pending.delete(this);
    if (this.temporary === null) return;
    try {
      renameSync(this.temporary, this.path);
    } catch (error) {
      rmSync(this.temporary, { force: true });
      throw this.failure(error);
    }
  }

  /** Drops the partial file (the run failed or was interrupted). */
  abort(): void {
    if (this.open) closeSync(this.fd);
    this.open = false;
    StreamedFile.pending.delete(this);
    if (this.temporary !== null) rmSync(this.temporary, { force: true });
  }

  private flush(): void {
    if (this.buffer.length === 0) return;
    const text = this.buffer;
    this.buffer = "";
    try {
      writeSync(this.fd, text);
    } catch (error) {
      this.abort();
      throw this.failure(error);
    }
  }

  private failure(error: unknown): CliError {
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    return new CliError(
      `gatesim: cannot write the ${this.what} to ${shownPath(this.path)}: ${code}`,
      EXIT.INVALID_INPUT,
    );
  }

  /** Files still being written: removed if the process is interrupted. */
  static readonly pending = new Set<StreamedFile>();

  /** Removes every partial file (call on SIGINT/SIGTERM and on failure). */
  static abortAll(): void {
    for (const file of [...StreamedFile.pending]) file.abort();
  }
}

/** Writes `text` to `path` as one transaction (temporary file, then rename). */
export function writeWholeFile(path: string, text: string, what: string): void {
  const file = new StreamedFile(path, what);
  try {
    file.write(text);
    file.commit();
  } catch (error) {
    file.abort();
    throw error;
  }
}
