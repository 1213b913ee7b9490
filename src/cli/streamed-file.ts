/**
 * A file written as a run goes (per-truck records, the trace), as a transaction: rows go to a
 * temporary file beside the target in 64 KB chunks, and the target appears only when `commit`
 * renames it; an interrupted or failed run leaves no file that looks complete.
 */
import { closeSync, openSync, renameSync, rmSync, writeSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { CliError, EXIT } from "./errors.js";

/** Bytes buffered before a write (bench: scenarios, records streamed to CSV). */
const CHUNK_CHARS = 1 << 16;

/** An output file being written. */
export class StreamedFile {
  private readonly temporary: string;
  private readonly fd: number;
  private buffer = "";
  private open = true;

  /** @throws CliError (exit 1) when the folder cannot be written. */
  constructor(
    readonly path: string,
    private readonly what: string,
  ) {
    this.temporary = join(dirname(path), `.${basename(path)}.${process.pid}.partial`);
    try {
      this.fd = openSync(this.temporary, "w");
    } catch (error) {
      throw new CliError(
        `gatesim: cannot write the ${what} to "${path}": ${(error as NodeJS.ErrnoException).code ?? String(error)}`,
        EXIT.INVALID_INPUT,
      );
    }
    StreamedFile.pending.add(this);
  }

  /** Appends text (buffered). */
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
    try {
      renameSync(this.temporary, this.path);
    } catch (error) {
      rmSync(this.temporary, { force: true });
      throw new CliError(
        `gatesim: cannot write the ${this.what} to "${this.path}": ${(error as NodeJS.ErrnoException).code ?? String(error)}`,
        EXIT.INVALID_INPUT,
      );
    }
  }

  /** Drops the partial file (the run failed or was interrupted). */
  abort(): void {
    if (this.open) closeSync(this.fd);
    this.open = false;
    StreamedFile.pending.delete(this);
    rmSync(this.temporary, { force: true });
  }

  private flush(): void {
    if (this.buffer.length === 0) return;
    writeSync(this.fd, this.buffer);
    this.buffer = "";
  }

  /** Files still being written: removed if the process is interrupted. */
  static readonly pending = new Set<StreamedFile>();

  /** Removes every partial file (call on SIGINT/SIGTERM and on failure). */
  static abortAll(): void {
    for (const file of [...StreamedFile.pending]) file.abort();
  }
}
