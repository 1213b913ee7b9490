/**
 * Capacity planning: the least resources that meet a KPI target, found by greedy coordinate
 * descent with a binary search per resource (not a full grid), on common random numbers.
 */

import type {
  CapacityCandidate,
  CapacityPlan,
  CapacityPlanOptions,
} from "./capacity-plan-types.js";
import { smartSearch } from "./capacity-search.js";
import { feasibleStatement, infeasibleStatement } from "./capacity-statement.js";
import { checkTarget } from "./capacity-verdict.js";
import { OptionCheck } from "./errors.js";
import { checkKpis, estimateKpis } from "./estimate.js";
import { checkLimits, startControl } from "./limits.js";
import { replicationTasks, serialRunner } from "./runner.js";
import { checkSizes, MAX_PLAN_REPLICATIONS } from "./sizes.js";

export type {
  CapacityCandidate,
  CapacityPlan,
  CapacityPlanOptions,
  CapacityResource,
  CapacityTarget,
  SearchProgress,
  SearchSummary,
  SequentialCandidates,
  TargetCheck,
  TargetConfidence,
} from "./capacity-plan-types.js";

/**
 * Finds the least resource levels meeting every target condition.
 *
 * Search: evaluate the maximum levels (if they fail, the plan is infeasible); then, resource by
 * resource, binary-search the least level that still meets the target with the others fixed,
 * and repeat passes until no resource can be lowered. Candidates are cached, and all run on the
 * same seed and replications, so neighbours differ by the resource only (common random
 * numbers). The search assumes more of a resource never hurts (monotone KPIs). It ends at a
 * *minimal* plan — lowering any single resource by one breaks the target, and every such
 * neighbour was evaluated — which is not necessarily the plan with the least total: trading one
 * resource for another is not explored, and the order of `resources` can matter.
 *
 * With `search: "smart"` the same greedy order runs from `lowerBounds` up (galloping), with
 * sequential replications per candidate judged at a Bonferroni-adjusted level, one-step later
 * passes and an optional `shouldStop` budget; `plan.search` reports the replications spent and
 * the confidence (see ./capacity-search.ts).
 *
 * @throws {ExperimentError} INVALID_OPTION listing every bad option; INVALID_KPI_VALUE when a
 *   KPI reads a non-finite number.
 * @example
 * // a toy model: the wait (hours) halves when the servers double
 * const model = { name: "toy", run: (config: { servers: number }) => ({ wait: 2 / config.servers }) };
 * const wait = { key: "wait", label: "Wait", unit: "h", higherIsBetter: false,
 *   read: (result: { wait: number }) => result.wait };
 * const plan = await planCapacity({
 *   model, baseConfig: { servers: 1 }, resources: [{ name: "servers", min: 1, max: 10 }],
 *   apply: (config, levels) => ({ ...config, servers: levels.servers! }),
 *   target: [{ kpi: "wait", atMost: 0.5 }], seed: "plan", replications: 2, kpis: [wait],
 * });
 * plan.best?.levels.servers; // 4 (the least c with 2/c <= 0.5 at the CI's upper bound)
 * plan.statement; // "Least plan found: servers = 4 (total 4). Wait ≤ 0.5 h holds …"
 */
export async function planCapacity<C, R>(
  options: CapacityPlanOptions<C, R>,
): Promise<CapacityPlan> {
  checkPlanOptions(options);
  if (options.search === "smart") return smartSearch(options);
  const { resources, seed, replications: n } = options;
  const level = options.level ?? 0.95;
  const confidence = options.confidence ?? "ci";
  const runner = options.runner ?? serialRunner(options.model);
  const control = startControl("planCapacity", options);
  const cache = new Map<string, CapacityCandidate>();
  const candidates: CapacityCandidate[] = [];
  let replicationsDone = 0;

  const evaluate = async (levels: Record<string, number>): Promise<CapacityCandidate> => {
    const key = resources.map((r) => levels[r.name]).join(",");
    const cached = cache.get(key);
    if (cached !== undefined) return cached;
    const config = options.apply(options.baseConfig, { ...levels });
    const stage = `candidate ${candidates.length + 1}`;
    const before = replicationsDone;
    const results = await runner.runMany(
      replicationTasks(config, seed, 0, n),
      (done) => options.onProgress?.({ done: before + done, total: null, stage }),
      control,
    );
    replicationsDone += results.length;
    const kpis = estimateKpis(results, options.kpis, level, "planCapacity");
    const checks = options.target.flatMap((t) => checkTarget(t, kpis, confidence));
    const candidate: CapacityCandidate = {
      levels: { ...levels },
      total: resources.reduce((sum, r) => sum + levels[r.name]!, 0),
      kpis,
      meetsTarget: checks.every((c) => c.holds),
      checks,
      bottleneck: options.bottleneck === undefined ? null : options.bottleneck(results),
    };
    cache.set(key, candidate);
    candidates.push(candidate);
    return candidate;
  };

  const current: Record<string, number> = {};
  for (const r of resources) current[r.name] = r.max;
  const top = await evaluate(current);
  if (!top.meetsTarget) {
    return {
      feasible: false,
      best: null,
      candidates,
      evaluated: candidates.length,
      statement: infeasibleStatement(top, options, level, confidence),
    };
  }
  // A resource is settled once binary-searched with the others at their current levels; lowering
  // another resource unsettles it (under monotone KPIs it stays put, but estimates are noisy).
  const settled = new Set<string>();
  while (settled.size < resources.length) {
    for (const r of resources) {
      if (settled.has(r.name)) continue;
      // Invariant: `current` meets the target; find the least level of r that still does.
      let lo = r.min;
      let hi = current[r.name]!;
      while (lo < hi) {
        const mid = Math.floor((lo + hi) / 2);
        if ((await evaluate({ ...current, [r.name]: mid })).meetsTarget) hi = mid;
        else lo = mid + 1;
      }
      if (hi < current[r.name]!) {
        current[r.name] = hi;
        settled.clear();
      }
      settled.add(r.name);
    }
  }
  const best = await evaluate(current);
  return {
    feasible: true,
    best,
    candidates,
    evaluated: candidates.length,
    statement: feasibleStatement(best, cache, options, level, confidence),
  };
}

function checkPlanOptions<C, R>(options: CapacityPlanOptions<C, R>): void {
  const check = new OptionCheck("planCapacity");
  check.model(options.model);
  check.that(typeof options.apply === "function", "apply", options.apply, "a function");
  check.nonEmptyString("seed", options.seed);
  checkKpis(check, options.kpis);
  checkLimits(check, options);
  if (options.level !== undefined) check.level("level", options.level);
  const confidence = options.confidence ?? "ci";
  check.that(
    confidence === "ci" || confidence === "mean",
    "confidence",
    confidence,
    '"mean" or "ci"',
  );
  check.integer("replications", options.replications, confidence === "ci" ? 2 : 1);
  checkSmartOptions(check, options);
  if (
    check.that(
      Array.isArray(options.resources) && options.resources.length > 0,
      "resources",
      options.resources,
      "a non-empty array",
    )
  ) {
    const names = new Set<string>();
    options.resources.forEach((r, i) => {
      check.that(
        typeof r.name === "string" && r.name.length > 0 && !names.has(r.name),
        `resources[${i}].name`,
        r.name,
        "a non-empty name not used by another resource",
      );
      names.add(r.name);
      if (check.integer(`resources[${i}].min`, r.min, 0)) {
        check.integer(`resources[${i}].max`, r.max, r.min);
      }
    });
  }
  if (
    check.that(
      Array.isArray(options.target) && options.target.length > 0,
      "target",
      options.target,
      "a non-empty array",
    )
  ) {
    const keys = Array.isArray(options.kpis) ? options.kpis.map((k) => k.key) : [];
    options.target.forEach((t, i) => {
      check.that(
        keys.includes(t.kpi),
        `target[${i}].kpi`,
        t.kpi,
        `the key of one of kpis (${keys.join(", ")})`,
      );
      check.that(
        t.atMost !== undefined || t.atLeast !== undefined,
        `target[${i}]`,
        t,
        "atMost, atLeast or both",
      );
      if (t.atMost !== undefined)
        check.that(Number.isFinite(t.atMost), `target[${i}].atMost`, t.atMost, "a finite number");
      if (t.atLeast !== undefined)
        check.that(
          Number.isFinite(t.atLeast),
          `target[${i}].atLeast`,
          t.atLeast,
          "a finite number",
        );
    });
  }
  check.throwIfInvalid();
  checkSizes("planCapacity", [
    {
      path: "replications",
      count: options.replications,
      cap: MAX_PLAN_REPLICATIONS,
      what: "replications per candidate (a candidate's results are held together)",
    },
  ]);
}

/** The smart search's options: lower bounds by resource name, the sequential rule. */
function checkSmartOptions<C, R>(check: OptionCheck, options: CapacityPlanOptions<C, R>): void {
  const search = options.search ?? "greedy";
  check.that(search === "greedy" || search === "smart", "search", search, '"greedy" or "smart"');
  const names = Array.isArray(options.resources) ? options.resources.map((r) => r.name) : [];
  for (const [name, bound] of Object.entries(options.lowerBounds ?? {})) {
    if (check.that(names.includes(name), `lowerBounds.${name}`, name, "a resource's name")) {
      check.integer(`lowerBounds.${name}`, bound, 0);
    }
  }
  const rule = options.sequential;
  if (rule === undefined) return;
  const min = (options.confidence ?? "ci") === "ci" ? 2 : 1;
  if (rule.initial !== undefined) check.integer("sequential.initial", rule.initial, min);
  if (rule.batch !== undefined) check.integer("sequential.batch", rule.batch, 1);
  if (rule.max !== undefined) check.integer("sequential.max", rule.max, rule.initial ?? min);
}
