/**
 * The smart search's answer in words: the plan, the confidence with which each condition holds
 * there, why no single resource can be lowered (a failed neighbour, or a lower bound), what the
 * search spent, and the overall confidence the statement carries (Bonferroni over its verdicts
 * and the looks at each).
 */
import type { CapacityCandidate, CapacityResource, SearchSummary } from "./capacity-plan-types.js";
import { describeCheck, describeLevels } from "./capacity-statement.js";
import type { SequentialRule } from "./capacity-verdict.js";

/** What the smart statements need to know about the search. */
export interface SmartStatementContext {
  /** The resources searched, in order. */
  readonly resources: readonly CapacityResource[];
  /** The least level considered for each resource (its min or its lower bound). */
  readonly lower: Readonly<Record<string, number>>;
  /** The sequential rule of every candidate. */
  readonly rule: SequentialRule;
}

function percent(level: number): string {
  const digits = level >= 0.999 ? 3 : level >= 0.99 ? 2 : 1;
  return `${(level * 100).toFixed(digits).replace(/\.?0+$/, "")}%`;
}

/** "Confidence: …" sentence shared by both statements. */
function confidenceSentence(search: SearchSummary, rule: SequentialRule): string {
  const replications =
    rule.initial === rule.max
      ? `${rule.max} replications per candidate`
      : `${rule.initial}–${rule.max} replications per candidate, more only while a condition's interval straddles its limit`;
  return (
    ` Smart search: ${search.replications} replications (${replications}; common random numbers).` +
    ` Every interval above is at ${percent(search.perLookLevel)}, so that the ${search.claims}` +
    ` verdicts this plan rests on (each condition, and each resource lowered by one), looked at up` +
    ` to ${search.looks} times each, hold together with at least ${percent(search.overallLevel)}` +
    " confidence (Bonferroni)."
  );
}

/**
 * Why no plan exists: the lower bounds exceed a range, or the maximum levels fail.
 * @example
 * smartInfeasibleStatement(null, [{ name: "servers", min: 1, max: 3 }],
 *   { resources: [{ name: "servers", min: 1, max: 3 }], lower: { servers: 5 },
 *     rule: { initial: 4, batch: 3, max: 10 } },
 *   { replications: 0, complete: true, lowerBounds: { servers: 5 }, perLookLevel: 0.99,
 *     overallLevel: 0.95, claims: 2, looks: 3 });
 * // "No plan within the ranges meets the target: servers needs at least 5 by its lower
 * //  bound, above its maximum 3. Nothing was simulated."
 */
export function smartInfeasibleStatement(
  top: CapacityCandidate | null,
  beyond: readonly CapacityResource[],
  context: SmartStatementContext,
  search: SearchSummary,
): string {
  if (top === null) {
    const why = beyond
      .map(
        (r) =>
          `${r.name} needs at least ${context.lower[r.name]} by its lower bound, above its maximum ${r.max}`,
      )
      .join("; ");
    return `No plan within the ranges meets the target: ${why}. Nothing was simulated.`;
  }
  const level = search.perLookLevel;
  const failed = top.checks.filter((c) => !c.holds).map((c) => describeCheck(c, top.kpis, level));
  return (
    "No plan within the ranges meets the target: at the maximum levels " +
    `(${describeLevels(top.levels, context.resources)}, total ${top.total}) ` +
    `${failed.join("; ")} over ${top.replications} replications.` +
    confidenceSentence(search, context.rule)
  );
}

/**
 * The plan found, the confidence with which each condition holds there, how each
 * single-resource reduction fails (or that it is below a lower bound), and what was spent.
 */
export function smartFeasibleStatement(
  best: CapacityCandidate,
  cache: ReadonlyMap<string, CapacityCandidate>,
  keyOf: (levels: Record<string, number>) => string,
  context: SmartStatementContext,
  search: SearchSummary,
): string {
  const { resources, lower } = context;
  const level = search.perLookLevel;
  const held = best.checks.map((c) => describeCheck(c, best.kpis, level)).join("; ");
  const reasons: string[] = [];
  const untried: string[] = [];
  for (const r of resources) {
    const at = best.levels[r.name]!;
    if (at <= r.min) continue;
    if (at <= lower[r.name]!) {
      reasons.push(
        `${r.name} = ${at - 1} is below the least level that can meet it (${lower[r.name]}), not simulated`,
      );
      continue;
    }
    const lowered = { ...best.levels, [r.name]: at - 1 };
    const n = cache.get(keyOf(lowered));
    if (n === undefined) {
      untried.push(r.name);
      continue;
    }
    const failed = n.checks.filter((c) => !c.holds).map((c) => describeCheck(c, n.kpis, level));
    reasons.push(
      `with ${r.name} = ${at - 1}: ${failed.join("; ")} over ${n.replications} replications`,
    );
  }
  const atMin = resources.filter((r) => best.levels[r.name] === r.min).map((r) => r.name);
  const stopped = search.complete
    ? ""
    : ` The search was stopped (budget) after ${cache.size} candidates: the plan meets the` +
      ` target, but lowering ${untried.length > 0 ? untried.join(", ") : "a resource"} by one` +
      " was not tried, so it may not be minimal.";
  return (
    `Least plan found: ${describeLevels(best.levels, resources)} (total ${best.total}). ` +
    `${held} over ${best.replications} replications.` +
    (reasons.length > 0
      ? ` ${untried.length > 0 ? "Lowering these resources" : "Lowering any one resource"} breaks it (${reasons.join("; ")}).`
      : "") +
    (atMin.length > 0 ? ` At the minimum of its range: ${atMin.join(", ")}.` : "") +
    stopped +
    ` ${cache.size} candidates evaluated.` +
    confidenceSentence(search, context.rule) +
    (resources.length === 1
      ? " Binary search: the least level, assuming more never hurts."
      : " Greedy order: a minimal plan (no single resource can be lowered), not necessarily the least total.")
  );
}
