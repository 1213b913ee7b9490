/**
 * What an instrumented documentation example calls while it runs: it records each annotated
 * statement's value, output or error and checks it against the annotation. Examples run in the
 * test's process (`@example`s, read back with `takeRun`) or in a child process (README blocks,
 * which write their results to the file named by GATESIM_DOC_RESULTS when they finish).
 */
import { writeFileSync } from "node:fs";
import { format } from "node:util";
import {
  type Annotation,
  checkValue,
  matchesLines,
  matchesText,
  parseAnnotation,
} from "./annotations.js";

/** One annotated statement's outcome. */
export interface CheckOutcome {
  /** 1-based line of the statement in the example. */
  readonly line: number;
  /** The annotation as written. */
  readonly annotation: string;
  /** Why the check failed, or null when it held. */
  readonly problem: string | null;
}

/** An annotation as the instrumented code declares it. */
export interface DeclaredCheck {
  readonly line: number;
  readonly text: string;
  /** For a `prints:` block, the expected lines. */
  readonly lines?: readonly string[];
}

function describeError(error: unknown): string {
  if (error instanceof Error) {
    const code = (error as { code?: unknown }).code;
    return `${error.name}${typeof code === "string" ? ` ${code}` : ""}: ${error.message}`;
  }
  return String(error);
}

/** The state of one example's run. */
export class DocRun {
  /** Everything the example printed, one entry per line. */
  readonly output: string[] = [];
  private readonly checks: Map<number, { declared: DeclaredCheck; annotation: Annotation }>;
  private readonly outcomes = new Map<number, string | null>();
  private readonly printStarts = new Map<number, number>();

  constructor(declared: Record<number, DeclaredCheck>) {
    this.checks = new Map(
      Object.entries(declared).map(([id, check]) => [
        Number(id),
        { declared: check, annotation: parseAnnotation(check.text) },
      ]),
    );
  }

  /** A console whose output is recorded. */
  readonly console = {
    log: (...args: unknown[]) => this.write(format(...args)),
    info: (...args: unknown[]) => this.write(format(...args)),
    warn: (...args: unknown[]) => this.write(format(...args)),
    error: (...args: unknown[]) => this.write(format(...args)),
  };

  private write(text: string): void {
    this.output.push(...text.split("\n"));
  }

  private annotation(id: number): Annotation {
    const check = this.checks.get(id);
    if (check === undefined) throw new Error(`no annotation ${id}`);
    return check.annotation;
  }

  /** Checks a statement's value; returns it unchanged. */
  value<T>(id: number, actual: T): T {
    this.outcomes.set(id, checkValue(actual, this.annotation(id)));
    return actual;
  }

  /** Marks where a statement's output starts. */
  printStart(id: number): void {
    this.printStarts.set(id, this.output.length);
  }

  /** Checks what the statement printed. */
  printEnd(id: number): void {
    const printed = this.output.slice(this.printStarts.get(id) ?? 0);
    while (printed.length > 0 && printed[printed.length - 1] === "") printed.pop();
    const check = this.checks.get(id)!;
    const expected =
      check.declared.lines ?? (check.annotation.kind === "prints" ? check.annotation.lines : []);
    this.outcomes.set(
      id,
      matchesLines(printed, expected)
        ? null
        : `printed:\n${printed.join("\n")}\nexpected:\n${expected.join("\n")}`,
    );
  }

  /** Records that a statement annotated `throws` threw. */
  threw(id: number, error: unknown): void {
    const annotation = this.annotation(id);
    if (annotation.kind !== "throws") throw error;
    const described = describeError(error);
    const code = (error as { code?: unknown } | null)?.code;
    const name = (error as { name?: unknown } | null)?.name;
    let problem: string | null = null;
    if (annotation.expected !== null) {
      if (annotation.byName) {
        if (annotation.expected !== name && annotation.expected !== code) {
          problem = `expected ${annotation.expected} to be thrown, got ${described}`;
        }
      } else {
        const message = error instanceof Error ? error.message : String(error);
        const pattern = `…${annotation.expected}…`;
        if (!matchesText(message, pattern)) {
          problem = `expected a message containing "${annotation.expected}", got ${described}`;
        }
      }
    }
    this.outcomes.set(id, problem);
  }

  /** Records that a statement annotated `throws` did not throw. */
  noThrow(id: number): void {
    this.outcomes.set(id, "expected it to throw, but it did not");
  }

  /** Every annotation's outcome; one that never ran is a failure. */
  results(): CheckOutcome[] {
    return [...this.checks].map(([id, { declared }]) => ({
      line: declared.line,
      annotation: declared.lines ? [declared.text, ...declared.lines].join("\n") : declared.text,
      problem: this.outcomes.has(id)
        ? this.outcomes.get(id)!
        : "the statement never ran (did an earlier statement return or throw?)",
    }));
  }
}

const runs = new Map<string, DocRun>();

/** Called first by an instrumented example. */
export function startRun(key: string, declared: Record<number, DeclaredCheck>): DocRun {
  const run = new DocRun(declared);
  runs.set(key, run);
  return run;
}

/** Called last by an instrumented example: writes the results when run as a child process. */
export function finishRun(key: string): void {
  const run = runs.get(key);
  const file = process.env.GATESIM_DOC_RESULTS;
  if (run !== undefined && file !== undefined) {
    writeFileSync(file, JSON.stringify({ results: run.results(), output: run.output }));
  }
}

/** The run of an example that ran in this process (removed from the registry). */
export function takeRun(key: string): DocRun | undefined {
  const run = runs.get(key);
  runs.delete(key);
  return run;
}
