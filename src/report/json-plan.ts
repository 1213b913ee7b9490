/** A capacity plan as the `gatesim.plan/1` document (its fields are listed in ./json.ts). */
import type {
  CapacityCandidate,
  CapacityPlan,
  CapacityTarget,
} from "../experiment/capacity-plan.js";
import { labelledEstimatesJson } from "./json-estimate.js";
import { type JsonValue, jsonExact, jsonNumber, jsonText } from "./json-value.js";

/** Format tag of {@link planJson}. */
export const PLAN_FORMAT = "gatesim.plan/1";

/**
 * What {@link planJson} writes: the plan and what it was asked.
 *
 * @inline
 */
export interface PlanJsonInput {
  /** The planned scenario's name. */
  readonly scenario: string;
  /** The conditions the plan was searched for, as given. */
  readonly target: readonly CapacityTarget[];
  readonly plan: CapacityPlan;
}

function targetJson(target: CapacityTarget): JsonValue {
  const out: Record<string, JsonValue> = { kpi: target.kpi };
  if (target.atMost !== undefined) out.atMost = jsonExact(target.atMost);
  if (target.atLeast !== undefined) out.atLeast = jsonExact(target.atLeast);
  return out;
}

function levelsJson(levels: Readonly<Record<string, number>>): JsonValue {
  const out: Record<string, JsonValue> = {};
  for (const [name, level] of Object.entries(levels)) out[name] = jsonExact(level);
  return out;
}

function candidateJson(candidate: CapacityCandidate): JsonValue {
  return {
    levels: levelsJson(candidate.levels),
    total: jsonExact(candidate.total),
    kpis: labelledEstimatesJson(candidate.kpis),
    meetsTarget: candidate.meetsTarget,
    checks: candidate.checks.map((check) => ({
      kpi: check.kpi,
      relation: check.relation,
      limit: jsonExact(check.limit),
      basis: check.basis,
      value: jsonNumber(check.value),
      holds: check.holds,
    })),
    bottleneck: candidate.bottleneck,
  };
}

/**
 * The `gatesim.plan/1` document of a capacity plan (fields in this file's header).
 *
 * @example
 * const model = { name: "toy", run: (config: { servers: number }) => ({ wait: 2 / config.servers }) };
 * const wait = { key: "wait", label: "Wait", unit: "h", higherIsBetter: false,
 *   read: (result: { wait: number }) => result.wait };
 * const target = [{ kpi: "wait", atMost: 0.5 }];
 * const plan = await planCapacity({
 *   model, baseConfig: { servers: 1 }, resources: [{ name: "servers", min: 1, max: 10 }],
 *   apply: (config, levels) => ({ ...config, servers: levels.servers! }),
 *   target, seed: "plan", replications: 2, kpis: [wait],
 * });
 * const doc = JSON.parse(planJson({ scenario: "toy", target, plan }));
 * doc.best?.levels; // { servers: 4 }
 */
export function planJson(input: PlanJsonInput): string {
  const { plan } = input;
  return jsonText({
    format: PLAN_FORMAT,
    scenario: input.scenario,
    target: input.target.map(targetJson),
    feasible: plan.feasible,
    best: plan.best === null ? null : candidateJson(plan.best),
    candidates: plan.candidates.map(candidateJson),
    evaluated: plan.evaluated,
    statement: plan.statement,
  });
}
