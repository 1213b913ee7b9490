/** The fixed text of the HTML report: its stylesheet and the "how to read this" paragraphs. */

/** Inline stylesheet of the report (system fonts, no external resources). */
export const REPORT_CSS = `
body { margin: 0; background: #f6f6f4; color: #1d1d1d; font: 16px/1.5 Helvetica, Arial, sans-serif; }
main { max-width: 980px; margin: 0 auto; padding: 24px 28px 48px; background: #ffffff; }
h1 { font-size: 1.7em; margin: 0.3em 0 0.5em; }
h2 { font-size: 1.25em; margin: 1.8em 0 0.6em; border-bottom: 1px solid #dddddd; padding-bottom: 0.2em; }
.headline { font-size: 1.2em; font-weight: 600; background: #eef5fb; border-left: 5px solid #0072b2; padding: 12px 16px; }
.context { color: #555555; }
.table-scroll { max-width: 100%; overflow-x: auto; margin: 0.5em 0 1em; }
.table-scroll > table { margin: 0; }
table { border-collapse: collapse; margin: 0.5em 0 1em; font-variant-numeric: tabular-nums; }
th, td { padding: 6px 10px; border-bottom: 1px solid #e3e3e3; text-align: right; vertical-align: top; }
th { background: #f2f2f2; font-weight: 600; }
th:first-child, td.text { text-align: left; }
caption { text-align: left; font-weight: 600; padding: 4px 0; }
td.favours-b { color: #005a8c; font-weight: 600; }
td.favours-a { color: #a35f00; font-weight: 600; }
td.tie, td.undetermined { color: #666666; }
figure { margin: 1.2em 0 2em; }
figure svg { max-width: 100%; height: auto; }
figcaption { color: #555555; font-size: 0.92em; margin-top: 0.3em; }
.stations-grid { display: flex; flex-wrap: wrap; gap: 0 24px; }
.stations-grid > * { min-width: 0; max-width: 100%; }
.inputs-table th { text-align: left; font-weight: 400; background: none; color: #555555; }
.inputs-table td { text-align: left; }
.answer { font-size: 1.15em; background: #eef5fb; border-left: 5px solid #0072b2; padding: 12px 16px; }
.answer p { margin: 0.3em 0; }
.answer strong { font-size: 1.1em; }
.answer.infeasible { background: #fbf0ee; border-left-color: #d55e00; }
details { margin: 1em 0; }
summary { cursor: pointer; font-weight: 600; }
tr.chosen td { background: #eef5fb; font-weight: 600; }
td.yes { color: #006b4f; font-weight: 600; }
td.no { color: #a33b00; }
@media (max-width: 600px) { main { padding: 12px 12px 32px; } body { font-size: 15px; } th, td { padding: 4px 6px; } }
footer { margin-top: 3em; color: #777777; font-size: 0.85em; }
`;

/** What the "How to read this report" paragraphs depend on. */
export interface HowToReadOptions {
  /** Whether both plans saw the very same arriving trucks (same arrivals in every replication). */
  readonly sameTrucks: boolean;
  /** Replications per plan. */
  readonly replications: number;
}

/** The "How to read this report" section of the comparison page, one paragraph per entry. */
export function howToRead(options: HowToReadOptions): string[] {
  return [
    options.sameTrucks
      ? "Each plan was simulated several times (replications). Every replication of plan A has a twin in plan B that sees exactly the same trucks arriving at the same moments, so the difference between the two is caused by the gate itself."
      : "Each plan was simulated several times (replications). Replication i of plan A and of plan B draw from the same random streams (common random numbers), but the plans' demand differs, so they do not see the same trucks: the difference mixes the gates and the demand.",
    "“3,309 ± 12” means: the average over the replications is 3,309, and we are 95% confident that the true long-run average lies within 12 of it (between 3,297 and 3,321). More replications make the ± smaller.",
    "The column “B − A” is the paired difference (plan B minus plan A) with its 95% confidence interval in brackets. When the whole interval is on one side of zero, the table says which plan is better for that measure; when it contains zero, the two plans cannot be told apart with this many replications (“no clear difference”).",
    "Shares (for example “cleared within 24 h”) are shown in percent; their differences are in percentage points. A dash (—) means the measure does not exist for that plan, for example a waiting time when no truck was served.",
    "Time in system runs from a truck's arrival at the gate area (including the road queue) to its exit. The median (p50) is the time half of the trucks beat; p90 and p99 are the times that only the slowest 10% and 1% of trucks exceed, which is what a driver with perishable cargo fears most.",
    `The day-by-day charts show one run of each plan (one replication of the ${options.replications}), not an average: their ups and downs are partly chance. The tables average all replications, with confidence intervals.`,
    "“Busy while open” in the tables of where trucks wait is the share of the server time available while the station is open that was spent serving trucks: a station close to 100% is a bottleneck where the queue builds.",
  ];
}
