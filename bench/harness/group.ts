/**
 * The contract between `bench/run.ts` and a benchmark group. A group is one module exporting a
 * {@link BenchGroup}; register it in the `GROUPS` list of `bench/run.ts` and it is run, timed,
 * printed and included in `--json` output like the others.
 */

/** A printable table: a title, column headers and rows of already formatted cells. */
export interface Table {
  readonly title: string;
  readonly columns: readonly string[];
  readonly rows: readonly (readonly string[])[];
}

/** Options every group receives from the runner. */
export interface GroupOptions {
  /** Rounds of each (cheap) case; rates and same-round ratios are reported as medians. */
  readonly repeat: number;
  /** Smaller sizes, for a smoke test of the harness (the figures are then not comparable). */
  readonly quick: boolean;
  /** Whether to run peer references (SimPy) when available. */
  readonly peers: boolean;
  /** Progress line for the operator (written to stderr so `--json` stdout stays clean). */
  readonly log: (line: string) => void;
}

/** What a group hands back: tables for people, `data` (plain numbers) for `--json`. */
export interface GroupOutput {
  readonly tables: readonly Table[];
  /** Free-form lines printed under the tables (skipped columns, targets, caveats). */
  readonly notes: readonly string[];
  readonly data: unknown;
}

/** One benchmark group (kernel, random, gate scenarios, experiments...). */
export interface BenchGroup {
  /** Name used by `--only`. */
  readonly name: string;
  /** One line: what the group measures and against which reference. */
  readonly summary: string;
  /** Rough wall time on the 2-core reference machine, for the operator. */
  readonly approxSeconds: string;
  run(options: GroupOptions): Promise<GroupOutput>;
}
