/**
 * The smart capacity search: the greedy order of {@link planCapacity} (from the maximum,
 * resource by resource, the least level that still meets the target with the others fixed),
 * made cheap where it decides nothing:
 * - never below the lower bounds a model's theory supplies (e.g. fewer servers than the offered
 *   load: the queue grows without bound), so hopeless candidates are not run; the bounds are
 *   tried first (if they meet the target, the greedy search would end there); and the least
 *   level is sought by galloping up from the bound (bound, +2, +6, … then bisection), since
 *   good bounds put it a few steps above;
 * - sequential replications per candidate: a clear winner or loser stops after a few, only a
 *   candidate whose interval straddles a limit gets more, up to the cap; every look is judged
 *   at a Bonferroni-adjusted level, so the statement holds with the stated overall confidence;
 * - common random numbers (replication i runs on (seed, i) for every candidate) and a cache;
 * - after a resource's first binary search, later passes try one step down only: with the
 *   others lowered, a lower level can newly hold only by noise (monotone KPIs).
 * With the same verdicts per candidate it returns the greedy search's plan.
 */
import type {
  CapacityCandidate,
  CapacityPlan,
  CapacityPlanOptions,
  SearchSummary,
} from "./capacity-plan-types.js";
import { smartFeasibleStatement, smartInfeasibleStatement } from "./capacity-smart-statement.js";
import {
  checkTarget,
  lookCounts,
  perLookLevel,
  sequentialRule,
  targetDecided,
} from "./capacity-verdict.js";
import { estimateKpis } from "./estimate.js";
import { replicationTasks, serialRunner } from "./runner.js";

/** Runs the smart search; options are already checked by `planCapacity`. */
export async function smartSearch<C, R>(options: CapacityPlanOptions<C, R>): Promise<CapacityPlan> {
  const { resources, seed, target } = options;
  const overall = options.level ?? 0.95;
  const confidence = options.confidence ?? "ci";
  const rule = sequentialRule(options.sequential ?? {}, options.replications);
  const looks = confidence === "ci" ? lookCounts(rule) : [rule.max];
  const conditions = target.reduce(
    (n, t) => n + (t.atMost === undefined ? 0 : 1) + (t.atLeast === undefined ? 0 : 1),
    0,
  );
  const claims = conditions + resources.length;
  const level = perLookLevel(overall, claims, looks.length);
  const lower: Record<string, number> = {};
  for (const r of resources)
    lower[r.name] = Math.max(r.min, options.lowerBounds?.[r.name] ?? r.min);
  const runner = options.runner ?? serialRunner(options.model);
  const cache = new Map<string, CapacityCandidate>();
  const candidates: CapacityCandidate[] = [];
  let replicationsDone = 0;
  let best: CapacityCandidate | null = null;
  const keyOf = (levels: Record<string, number>) => resources.map((r) => levels[r.name]).join(",");
  const summary = (complete: boolean): SearchSummary => ({
    replications: replicationsDone,
    complete,
    lowerBounds: { ...lower },
    perLookLevel: level,
    overallLevel: overall,
    claims,
    looks: looks.length,
  });

  /** The candidate at `levels` (cached); null when `shouldStop` says so before a new one. */
  const evaluate = async (levels: Record<string, number>): Promise<CapacityCandidate | null> => {
    const key = keyOf(levels);
    const cached = cache.get(key);
    if (cached !== undefined) return cached;
    // The budget ends the search only once a plan meeting the target is known.
    if (best !== null && options.shouldStop?.() === true) return null;
    const config = options.apply(options.baseConfig, { ...levels });
    const stage = `candidate ${candidates.length + 1}`;
    const results: R[] = [];
    let kpis = estimateKpis(results, options.kpis, level, "planCapacity");
    for (const n of looks) {
      const before = replicationsDone;
      const batch = await runner.runMany(
        replicationTasks(config, seed, results.length, n),
        (done) => options.onProgress?.({ done: before + done, total: null, stage }),
      );
      replicationsDone += batch.length;
      results.push(...batch);
      kpis = estimateKpis(results, options.kpis, level, "planCapacity");
      if (confidence === "ci" && targetDecided(target, kpis)) break;
    }
    const checks = target.flatMap((t) => checkTarget(t, kpis, confidence));
    const candidate: CapacityCandidate = {
      levels: { ...levels },
      total: resources.reduce((sum, r) => sum + levels[r.name]!, 0),
      kpis,
      meetsTarget: checks.every((c) => c.holds),
      checks,
      bottleneck: options.bottleneck === undefined ? null : options.bottleneck(results),
      replications: results.length,
    };
    cache.set(key, candidate);
    candidates.push(candidate);
    if (candidate.meetsTarget && (best === null || candidate.total < best.total)) best = candidate;
    options.onCandidate?.(candidate, {
      evaluated: candidates.length,
      replications: replicationsDone,
      best,
    });
    return candidate;
  };

  const context = { resources, lower, level, overall, claims, looks: looks.length, rule };
  const beyond = resources.filter((r) => lower[r.name]! > r.max);
  const current: Record<string, number> = {};
  for (const r of resources) current[r.name] = r.max;
  // The bounds themselves first: if they meet the target, so does every plan above them, and
  // the greedy search would lower each resource to its bound (monotone KPIs): done.
  const floor = beyond.length > 0 ? null : await evaluate({ ...lower });
  if (floor?.meetsTarget === true) {
    return {
      feasible: true,
      best: floor,
      candidates,
      evaluated: candidates.length,
      statement: smartFeasibleStatement(floor, cache, keyOf, context, summary(true)),
      search: summary(true),
    };
  }
  const top = beyond.length > 0 ? null : await evaluate(current);
  if (top === null || !top.meetsTarget) {
    return {
      feasible: false,
      best: null,
      candidates,
      evaluated: candidates.length,
      statement: smartInfeasibleStatement(top, beyond, context, summary(true)),
      search: summary(true),
    };
  }
  const searched = new Set<string>();
  const settled = new Set<string>();
  let complete = true;
  search: while (settled.size < resources.length) {
    for (const r of resources) {
      if (settled.has(r.name)) continue;
      // Invariant: `current` meets the target; find the least level of r that still does.
      let lo = lower[r.name]!;
      let hi = current[r.name]!;
      if (searched.has(r.name) && lo < hi) {
        const step = await evaluate({ ...current, [r.name]: hi - 1 });
        if (step === null) {
          complete = false;
          break search;
        }
        if (step.meetsTarget) hi -= 1;
        else lo = hi;
      }
      // First pass: gallop up from the lower bound (lo, lo + 2, lo + 6, …), where the least
      // level usually is, then bisect; monotone verdicts give the same least level as a
      // binary search over the whole range.
      for (let gap = 1; !searched.has(r.name) && lo < hi; gap *= 2) {
        const probe = Math.min(hi - 1, lo + gap - 1);
        const candidate = await evaluate({ ...current, [r.name]: probe });
        if (candidate === null) {
          complete = false;
          current[r.name] = hi;
          break search;
        }
        if (candidate.meetsTarget) {
          hi = probe;
          break;
        }
        lo = probe + 1;
      }
      while (lo < hi) {
        const mid = Math.floor((lo + hi) / 2);
        const candidate = await evaluate({ ...current, [r.name]: mid });
        if (candidate === null) {
          complete = false;
          current[r.name] = hi; // hi is the least level seen to meet the target
          break search;
        }
        if (candidate.meetsTarget) hi = mid;
        else lo = mid + 1;
      }
      searched.add(r.name);
      if (hi < current[r.name]!) {
        current[r.name] = hi;
        settled.clear();
      }
      settled.add(r.name);
    }
  }
  const plan = cache.get(keyOf(current))!;
  return {
    feasible: true,
    best: plan,
    candidates,
    evaluated: candidates.length,
    statement: smartFeasibleStatement(plan, cache, keyOf, context, summary(complete)),
    search: summary(complete),
  };
}
