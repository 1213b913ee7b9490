/**
 * The inputs a report page was made from, stated on the page: each scenario's name, a digest of
 * its definition and its key parameters, the seed, the replications, the gatesim version and the
 * date. The caller passes the date (report functions never read the clock), so the same inputs
 * give the same page.
 */
import { escapeHtml } from "../escape-html.js";

/** One key parameter of a scenario, already formatted. */
export interface ReportParameter {
  /** What it is, e.g. "demand" or "identity servers". */
  readonly label: string;
  /** Its value with its unit, e.g. "3,300 trucks/day" or "10, open 07:00–21:00". */
  readonly value: string;
}

/** One scenario behind a page. */
export interface ReportScenario {
  /** The scenario's name. */
  readonly name: string;
  /** A short digest of the scenario's definition (two files with the same digest are the same scenario). */
  readonly digest: string;
  /** Its key parameters (demand, servers, opening hours…), in order. */
  readonly parameters: readonly ReportParameter[];
}

/** What a page was made from. */
export interface ReportInputs {
  /** The scenarios, in the order of the page's plans. */
  readonly scenarios: readonly ReportScenario[];
  /** The master seed. */
  readonly seed: string;
  /** Replications per plan (per candidate, for a capacity plan). */
  readonly replications: number;
  /** The gatesim version that made the page. */
  readonly version: string;
  /** The date the page was made, as the caller wants it shown (e.g. "2026-12-02"). */
  readonly date: string;
}

/**
 * The "Inputs" section of a page: one table per scenario (name, digest, parameters), then the
 * seed, replications, version and date. Every text is escaped.
 *
 * @example
 * inputsBlock({
 *   scenarios: [{ name: "smart", digest: "3f2a9c01b7d4", parameters: [{ label: "demand", value: "3,300 trucks/day" }] }],
 *   seed: "1", replications: 10, version: "0.1.0", date: "2026-12-02",
 * }).includes("3f2a9c01b7d4"); // true
 */
export function inputsBlock(inputs: ReportInputs): string {
  const row = (label: string, value: string) =>
    `<tr><th scope="row">${escapeHtml(label)}</th><td class="text">${escapeHtml(value)}</td></tr>`;
  const scenarios = inputs.scenarios.map((s) =>
    [
      '<div class="table-scroll">',
      `<table class="inputs-table">\n<caption>${escapeHtml(`Scenario ${s.name}`)}</caption>`,
      "<tbody>",
      row("digest (SHA-256 of its definition)", s.digest),
      ...s.parameters.map((p) => row(p.label, p.value)),
      "</tbody>\n</table>",
      "</div>",
    ].join("\n"),
  );
  const run = [
    '<div class="table-scroll">',
    '<table class="inputs-table">\n<caption>Run</caption>\n<tbody>',
    row("seed", inputs.seed),
    row("replications", String(inputs.replications)),
    row("gatesim version", inputs.version),
    row("made on", inputs.date),
    "</tbody>\n</table>",
    "</div>",
  ].join("\n");
  return [
    '<section class="inputs" id="inputs">',
    "<h2>Inputs</h2>",
    '<div class="stations-grid">',
    ...scenarios,
    run,
    "</div>",
    "</section>",
  ].join("\n");
}

/**
 * What a page can state of its inputs without them being passed: the scenarios' names, the seed
 * and the replications (no digest, version or date).
 */
export function knownInputsBlock(
  names: readonly string[],
  seed: string,
  replications: number,
): string {
  const items = [
    ...names.map((name) => `<li>scenario: ${escapeHtml(name)}</li>`),
    `<li>seed: ${escapeHtml(seed)}</li>`,
    `<li>replications: ${replications}</li>`,
  ];
  return [
    '<section class="inputs" id="inputs">',
    "<h2>Inputs</h2>",
    `<ul>${items.join("")}</ul>`,
    '<p class="context">The scenario digests, the gatesim version and the date were not given to this page.</p>',
    "</section>",
  ].join("\n");
}
