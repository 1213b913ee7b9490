/**
 * The messages between the what-if page and its engine worker. Everything crossing is plain
 * data (structured clone): scenarios as JSON values, results as JSON text, tables as rows and
 * charts as SVG text rendered in the worker.
 */

/** One problem in the edited scenario, at a field path. */
export interface PageIssue {
  /** The field path as the form names it: `stations.0.servers` (no station ids in brackets). */
  readonly field: string;
  /** The path as the library prints it: `stations[0](identity).servers`. */
  readonly path: string;
  /** `path: expected …, received …` */
  readonly message: string;
}

/** One KPI row of a result table. */
export interface KpiRow {
  /** The KPI key (`meanClearedPerDay`). */
  readonly key: string;
  /** The KPI's label. */
  readonly label: string;
  /** The unit shown. */
  readonly unit: string;
  /** Mean ± half-width, formatted. */
  readonly estimate: string;
  /** The confidence interval, formatted. */
  readonly interval: string;
  /** The unformatted mean (in the KPI's own unit), or null. */
  readonly mean: number | null;
}

/** One row of a paired comparison table. */
export interface PairedRow {
  /** The KPI key. */
  readonly key: string;
  /** The KPI's label. */
  readonly label: string;
  /** The unit shown. */
  readonly unit: string;
  /** A's mean ± half-width. */
  readonly a: string;
  /** B's mean ± half-width. */
  readonly b: string;
  /** B − A ± half-width. */
  readonly difference: string;
  /** The difference's confidence interval. */
  readonly interval: string;
  /** "A better", "B better", "no clear difference" or "undetermined". */
  readonly verdict: string;
  /** The unformatted mean difference, or null. */
  readonly differenceMean: number | null;
}

/** A preset offered by the page. */
export interface PresetInfo {
  /** The preset's name. */
  readonly name: string;
  /** What it models. */
  readonly description: string;
  /** The scenario as a JSON value. */
  readonly scenario: unknown;
}

/** The charts of one run (SVG text) and the series behind them. */
export interface RunCharts {
  /** Trucks cleared per day against the arrivals. */
  readonly clearedPerDay: string;
  /** Queue lengths over time. */
  readonly queueOverTime: string;
  /** The time-in-system distribution. */
  readonly timeInSystem: string;
  /** The charted series: trucks cleared and arriving on each day of the charted replication. */
  readonly series: {
    readonly clearedPerDay: readonly number[];
    readonly arrivedPerDay: readonly number[];
  };
  /** Time Release Study breakdown: mean minutes per segment (null when no truck crossed it). */
  readonly segments: readonly { readonly segment: string; readonly minutes: number | null }[];
}

/** What the page asks the worker. */
export type Request =
  | { readonly id: number; readonly type: "presets" }
  | { readonly id: number; readonly type: "validate"; readonly scenario: unknown }
  | {
      readonly id: number;
      readonly type: "run";
      readonly scenario: unknown;
      readonly seed: string;
      readonly replications: number;
    }
  | {
      readonly id: number;
      readonly type: "compare";
      readonly a: unknown;
      readonly b: unknown;
      readonly seed: string;
      readonly replications: number;
    }
  | {
      readonly id: number;
      readonly type: "plan";
      readonly scenario: unknown;
      readonly seed: string;
      readonly replications: number;
      readonly target: {
        readonly kpi: string;
        readonly relation: "<=" | ">=";
        readonly limit: number;
      };
      readonly maxFactor: number;
      readonly budgetSeconds: number;
    };

/** What the worker answers: progress while a job runs, then one final reply. */
export type Reply =
  | {
      readonly id: number;
      readonly type: "progress";
      readonly done: number;
      readonly total: number | null;
      readonly stage: string;
    }
  | { readonly id: number; readonly type: "presets"; readonly presets: readonly PresetInfo[] }
  | {
      readonly id: number;
      readonly type: "issues";
      readonly issues: readonly PageIssue[];
      readonly warnings: readonly string[];
    }
  | {
      readonly id: number;
      readonly type: "run";
      readonly json: string;
      readonly csv: string;
      readonly rows: readonly KpiRow[];
      readonly charts: RunCharts;
      readonly warnings: readonly string[];
      /** Wall-clock seconds the replications took in the worker (charts excluded). */
      readonly seconds: number;
    }
  | {
      readonly id: number;
      readonly type: "compare";
      readonly json: string;
      readonly csv: string;
      readonly text: string;
      readonly rows: readonly PairedRow[];
      readonly chart: string;
    }
  | {
      readonly id: number;
      readonly type: "plan";
      readonly json: string;
      readonly csv: string;
      readonly statement: string;
      readonly text: string;
      readonly chart: string;
    }
  | { readonly id: number; readonly type: "error"; readonly message: string };
