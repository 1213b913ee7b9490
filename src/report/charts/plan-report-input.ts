/**
 * A capacity plan turned into what its page shows: the answer in plain words (the staffing,
 * today's beside it and what changes, each target with the plan's value), every candidate with a
 * column per target KPI and the throughput, sorted by total then by verdict, and the Pareto
 * frontier of the charted KPI against the total for the chart.
 */
import type {
  CapacityCandidate,
  CapacityPlan,
  CapacityTarget,
} from "../../experiment/capacity-plan.js";
import type { KpiEstimate } from "../../experiment/types.js";
import { formatEstimate, formatNumber, MISSING } from "../format.js";
import { displayUnit, scaleEstimate } from "../kpi-display.js";
import type { FrontierCandidate, FrontierTarget } from "./capacity-frontier.js";
import type { ReportInputs } from "./inputs-block.js";

/** One row of the candidates table. */
export interface PlanReportRow {
  /** Short id, also the candidate's label on the chart ("A", "B", …). */
  readonly id: string;
  /** Level per resource, in `PlanReportInput.resources` order. */
  readonly levels: readonly number[];
  /** Sum of the levels. */
  readonly total: number;
  /** One formatted estimate per column of `PlanReportInput.columns`. */
  readonly values: readonly string[];
  /** Whether the candidate meets every target. */
  readonly meetsTarget: boolean;
  /** The candidate's most utilised station or resource ("—" when unknown). */
  readonly bottleneck: string;
  /** On the Pareto frontier of the charted KPI against the total. */
  readonly frontier: boolean;
  /** The plan the planner chose. */
  readonly chosen: boolean;
  /** Today's staffing. */
  readonly today: boolean;
}

/** One resource's level today and in the plan. */
export interface PlanChange {
  /** The resource (station id). */
  readonly resource: string;
  /** Its level today (null when not known). */
  readonly today: number | null;
  /** Its level in the plan. */
  readonly plan: number;
}

/** What {@link planHtmlReport} needs. */
export interface PlanReportInput {
  /** The page's title. */
  readonly title: string;
  /** Whether a plan meets every target. */
  readonly feasible: boolean;
  /** The answer in plain words, one paragraph per entry (the first is the answer itself). */
  readonly answer: readonly string[];
  /** Today's level and the plan's for each resource (empty when infeasible). */
  readonly changes: readonly PlanChange[];
  /** The planner's full statement of the answer and its confidence. */
  readonly statement: string;
  /** The resources, in order (one column each). */
  readonly resources: readonly string[];
  /** KPI columns: each target KPI, then the throughput; label with unit. */
  readonly columns: readonly string[];
  /** Every candidate, sorted by total, then meeting the target first. */
  readonly rows: readonly PlanReportRow[];
  /** Title of the charted KPI, with its unit. */
  readonly kpiTitle: string;
  /** The chart's points: the frontier, the chosen plan and today's staffing. */
  readonly candidates: readonly FrontierCandidate[];
  /** The charted condition's limit. */
  readonly target?: FrontierTarget;
  /** What the page was made from, stated on it. */
  readonly inputs?: ReportInputs;
}

/** What {@link planReportInput} turns into a page's input. */
export interface PlanReportSource {
  /** The page's title. */
  readonly title: string;
  /** The planner's answer. */
  readonly plan: CapacityPlan;
  /** Every condition of the target, in order; the first is charted. */
  readonly targets: readonly CapacityTarget[];
  /** Today's level of each resource (the scenario's), to show beside the plan. */
  readonly current?: Readonly<Record<string, number>>;
  /** The throughput KPI's key, shown as a column (default "meanClearedPerDay"). */
  readonly throughputKpi?: string;
  /** What the page was made from, stated on it. */
  readonly inputs?: ReportInputs;
}

/** "A", "B", … "Z", "AA", "AB", … */
export function candidateId(index: number): string {
  let id = "";
  let n = index;
  do {
    id = String.fromCharCode(65 + (n % 26)) + id;
    n = Math.floor(n / 26) - 1;
  } while (n >= 0);
  return id;
}

function shown(estimate: KpiEstimate & { unit: string }) {
  const unit = displayUnit(estimate.unit);
  return { unit: unit.unit, estimate: scaleEstimate(estimate, unit.factor), factor: unit.factor };
}

/** "Time in system, p90 ≤ 6 h" */
function targetWords(t: CapacityTarget, label: string, unit: string): string[] {
  const u = displayUnit(unit);
  const value = (x: number) =>
    `${formatNumber(x * u.factor)}${u.unit === "%" || u.unit === "" ? u.unit : ` ${u.unit}`}`;
  const words: string[] = [];
  if (t.atMost !== undefined) words.push(`${label} at most ${value(t.atMost)}`);
  if (t.atLeast !== undefined) words.push(`${label} at least ${value(t.atLeast)}`);
  return words;
}

function levelsWords(
  levels: Readonly<Record<string, number>>,
  resources: readonly string[],
): string {
  return resources.map((r) => `${r} ${levels[r]}`).join(", ");
}

/** Pareto frontier of (total ↓, charted KPI better): indices into `sorted` (sorted by total). */
function frontierOf(
  sorted: readonly CapacityCandidate[],
  kpi: string,
  higherIsBetter: boolean,
): Set<number> {
  const on = new Set<number>();
  let best: number | null = null;
  for (let i = 0; i < sorted.length; i++) {
    const mean = sorted[i]!.kpis[kpi]?.mean;
    if (mean === null || mean === undefined || !Number.isFinite(mean)) continue;
    const sameTotalBetter = sorted.some(
      (o, j) =>
        j !== i &&
        o.total === sorted[i]!.total &&
        Number.isFinite(o.kpis[kpi]?.mean ?? Number.NaN) &&
        (higherIsBetter ? o.kpis[kpi]!.mean! > mean : o.kpis[kpi]!.mean! < mean),
    );
    const better = best === null || (higherIsBetter ? mean > best : mean < best);
    if (better && !sameTotalBetter) on.add(i);
    if (best === null || (higherIsBetter ? mean > best : mean < best)) best = mean;
  }
  return on;
}

/**
 * The page input of a capacity plan.
 *
 * @example
 * const model = { name: "toy", run: (config: { servers: number }) => ({ wait: 2 / config.servers }) };
 * const wait = { key: "wait", label: "Wait", unit: "h", higherIsBetter: false,
 *   read: (result: { wait: number }) => result.wait };
 * const targets = [{ kpi: "wait", atMost: 0.5 }];
 * const plan = await planCapacity({
 *   model, baseConfig: { servers: 1 }, resources: [{ name: "servers", min: 1, max: 10 }],
 *   apply: (config, levels) => ({ ...config, servers: levels.servers! }),
 *   target: targets, seed: "plan", replications: 2, kpis: [wait],
 * });
 * const input = planReportInput({
 *   title: "Servers for a wait of at most 0.5 h", plan, targets, current: { servers: 2 },
 * });
 * input.answer[0]; // "Plan: servers 4 (total 4; today 2, 2 more)."
 * const html = await planHtmlReport(input);
 */
export function planReportInput(source: PlanReportSource): PlanReportInput {
  const { plan, targets } = source;
  const first = plan.candidates[0];
  const resources =
    first === undefined ? Object.keys(source.current ?? {}) : Object.keys(first.levels);
  const throughput = source.throughputKpi ?? "meanClearedPerDay";
  const keys = [...new Set(targets.map((t) => t.kpi))];
  if (plan.candidates.some((c) => c.kpis[throughput] !== undefined) && !keys.includes(throughput)) {
    keys.push(throughput);
  }
  const sample = (key: string) => plan.candidates.find((c) => c.kpis[key] !== undefined)?.kpis[key];
  const columns = keys.map((key) => {
    const k = sample(key);
    return k === undefined ? key : `${k.label} (${displayUnit(k.unit).unit})`;
  });
  const charted = targets[0];
  const chartedKey = charted?.kpi ?? keys[0] ?? "";
  const higherIsBetter = charted?.atMost === undefined;
  const chartedMean = (c: CapacityCandidate) => c.kpis[chartedKey]?.mean ?? Number.NaN;
  const sorted = [...plan.candidates].sort(
    (a, b) =>
      a.total - b.total ||
      Number(b.meetsTarget) - Number(a.meetsTarget) ||
      (higherIsBetter ? chartedMean(b) - chartedMean(a) : chartedMean(a) - chartedMean(b)) ||
      0,
  );
  const frontier = frontierOf(sorted, chartedKey, higherIsBetter);
  const current = source.current;
  const isToday = (c: CapacityCandidate) =>
    current !== undefined && resources.every((r) => c.levels[r] === current[r]);
  const rows: PlanReportRow[] = sorted.map((c, i) => ({
    id: candidateId(i),
    levels: resources.map((r) => c.levels[r]!),
    total: c.total,
    values: keys.map((key) => {
      const k = c.kpis[key];
      return k === undefined || k.mean === null || !Number.isFinite(k.mean)
        ? MISSING
        : formatEstimate(shown(k).estimate);
    }),
    meetsTarget: c.meetsTarget,
    bottleneck: c.bottleneck ?? MISSING,
    frontier: frontier.has(i),
    chosen: c === plan.best,
    today: isToday(c),
  }));
  const chartedSample = sample(chartedKey);
  const factor = chartedSample === undefined ? 1 : displayUnit(chartedSample.unit).factor;
  const candidates: FrontierCandidate[] = sorted.flatMap((c, i) => {
    const row = rows[i]!;
    const k = c.kpis[chartedKey];
    if (k === undefined || !(row.frontier || row.chosen || row.today)) return [];
    const role = row.chosen ? " (plan)" : row.today ? " (today)" : "";
    return [
      {
        label: `${row.id}${role}`,
        description: `${row.id}: ${levelsWords(c.levels, resources)}, total ${c.total}`,
        total: c.total,
        kpi: scaleEstimate(k, factor),
        meetsTarget: c.meetsTarget,
      },
    ];
  });
  const limit = charted?.atMost ?? charted?.atLeast;
  const totalToday =
    current === undefined ? null : resources.reduce((n, r) => n + (current[r] ?? 0), 0);
  return {
    title: source.title,
    feasible: plan.best !== null,
    answer: answerWords(plan, targets, resources, totalToday),
    changes:
      plan.best === null
        ? []
        : resources.map((r) => ({
            resource: r,
            today: current?.[r] ?? null,
            plan: plan.best!.levels[r]!,
          })),
    statement: plainStatement(plan),
    resources,
    columns,
    rows,
    kpiTitle: columns[keys.indexOf(chartedKey)] ?? chartedKey,
    candidates,
    ...(limit === undefined
      ? {}
      : {
          target: {
            value: limit * factor,
            higherIsBetter,
            label:
              `target: ${higherIsBetter ? "at least" : "at most"} ${formatNumber(limit * factor)} ${chartedSample === undefined ? "" : displayUnit(chartedSample.unit).unit}`.trimEnd(),
          },
        }),
    ...(source.inputs === undefined ? {} : { inputs: source.inputs }),
  };
}

/** The answer and, per target condition, the chosen plan's value against it. */
function answerWords(
  plan: CapacityPlan,
  targets: readonly CapacityTarget[],
  resources: readonly string[],
  totalToday: number | null,
): string[] {
  const subject = plan.best ?? plan.candidates[0];
  const conditions = targets.flatMap((t) => {
    const k = subject?.kpis[t.kpi];
    return targetWords(t, k?.label ?? t.kpi, k?.unit ?? "");
  });
  const goal = `Target: ${conditions.join("; ")}.`;
  if (plan.best === null) {
    const top = plan.candidates[0];
    const at =
      top === undefined
        ? ""
        : ` Even with ${levelsWords(top.levels, resources)} (total ${top.total}), the most searched, ${failures(top)}.`;
    return [`No staffing within the searched ranges meets every target.${at}`, goal];
  }
  const best = plan.best;
  const change =
    totalToday === null
      ? ""
      : best.total === totalToday
        ? `; today ${totalToday}, the same total`
        : `; today ${totalToday}, ${Math.abs(best.total - totalToday)} ${best.total > totalToday ? "more" : "fewer"}`;
  const values = targets.map((t) => {
    const k = best.kpis[t.kpi];
    if (k === undefined) return `${t.kpi}: not measured`;
    const s = shown(k);
    return `${k.label}: ${formatEstimate(s.estimate)}${s.unit === "%" ? " %" : ` ${s.unit}`}`;
  });
  return [
    `Plan: ${levelsWords(best.levels, resources)} (total ${best.total}${change}).`,
    goal,
    `With this plan: ${values.join("; ")} (mean ± 95% confidence half-width).`,
  ];
}

function failures(c: CapacityCandidate): string {
  const failed = c.checks.filter((check) => !check.holds);
  if (failed.length === 0) return "every target holds";
  return failed
    .map((check) => {
      const k = c.kpis[check.kpi];
      if (k === undefined) return `${check.kpi} is not measured`;
      const s = shown(k);
      const mean = s.estimate.mean;
      return mean === null || !Number.isFinite(mean)
        ? `${k.label.toLowerCase()} could not be measured`
        : `${k.label.toLowerCase()} is ${formatEstimate(s.estimate)} ${s.unit}`;
    })
    .join(" and ");
}

/** The planner's statement with KPI keys replaced by their labels ("p90TimeInSystemHours" → "time in system, p90"). */
function plainStatement(plan: CapacityPlan): string {
  const labels = new Map<string, string>();
  for (const c of plan.candidates) {
    for (const [key, k] of Object.entries(c.kpis)) labels.set(key, k.label.toLowerCase());
  }
  let text = plan.statement;
  for (const [key, label] of labels) {
    text = text.replace(new RegExp(`\\b${key.replace(/[^A-Za-z0-9]/g, "\\$&")}\\b`, "g"), label);
  }
  return text;
}
