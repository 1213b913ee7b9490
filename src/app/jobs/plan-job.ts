/**
 * The capacity planner on the page: the least servers per station meeting one target, searched
 * serially in the worker within a time budget. The budget is checked between batches of
 * replications (never inside the simulator); a search it stops reports that, not a plan.
 */
import {
  type CapacityPlan,
  type CapacityTarget,
  planCapacity,
} from "../../experiment/capacity-plan.js";
import type { Runner } from "../../experiment/runner.js";
import { serialRunner } from "../../experiment/runner.js";
import {
  GATE_KPIS,
  type GateRunResult,
  gateBottleneck,
  gateModel,
  type Scenario,
  withServers,
} from "../../gate/index.js";
import { planCsv, planJson, planTable } from "../../report/index.js";
import type { OnProgress } from "./run-job.js";

/** The one target of a plan on the page. */
export interface PlanTarget {
  /** A headline KPI key. */
  readonly kpi: string;
  /** At most or at least. */
  readonly relation: "<=" | ">=";
  /** The limit, in the KPI's unit. */
  readonly limit: number;
}

/** What a plan on the page produces. */
export interface PlanOutcome {
  /** The `gatesim plan --json` document. */
  readonly json: string;
  /** The `gatesim plan --csv` text. */
  readonly csv: string;
  /** The plan's statement in words. */
  readonly statement: string;
  /** The table `gatesim plan` prints. */
  readonly text: string;
  /** The plan, for the frontier chart. */
  readonly plan: CapacityPlan;
  /** The target as the planner took it. */
  readonly target: CapacityTarget;
}

/** Thrown when the time budget runs out before the search ends. */
export class BudgetExceeded extends Error {
  override readonly name = "BudgetExceeded";
}

/** A serial runner that refuses new batches once `deadline()` says the time is up. */
function budgetRunner(budgetSeconds: number, now: () => number): Runner<Scenario, GateRunResult> {
  const inner = serialRunner(gateModel);
  const started = now();
  return {
    concurrency: 1,
    runMany: (tasks, onTasksDone) => {
      if ((now() - started) / 1000 > budgetSeconds) {
        throw new BudgetExceeded(
          `the time budget of ${budgetSeconds} s ran out before the planner finished; no plan is claimed (raise the budget, lower the replications or narrow the range)`,
        );
      }
      return inner.runMany(tasks, onTasksDone);
    },
    close: inner.close,
  };
}

/**
 * Plans the servers of every station with a fixed server count, from 1 to `maxFactor` times
 * today's, for `target`.
 *
 * @param now - the page's clock in milliseconds (performance.now), used for the budget only.
 * @throws BudgetExceeded when the budget runs out; Error for a KPI that is not a headline KPI.
 */
export async function planScenario(
  scenario: Scenario,
  seed: string,
  replications: number,
  target: PlanTarget,
  options: {
    readonly maxFactor: number;
    readonly budgetSeconds: number;
    readonly now: () => number;
  },
  onProgress?: OnProgress,
): Promise<PlanOutcome> {
  if (!GATE_KPIS.some((kpi) => kpi.key === target.kpi)) {
    throw new Error(
      `target.kpi: expected one of ${GATE_KPIS.map((k) => k.key).join(", ")}, received "${target.kpi}"`,
    );
  }
  const targets: CapacityTarget[] = [
    target.relation === "<="
      ? { kpi: target.kpi, atMost: target.limit }
      : { kpi: target.kpi, atLeast: target.limit },
  ];
  const resources = scenario.stations
    .filter((station) => station.servers !== undefined)
    .map((station) => ({
      name: station.id,
      min: 1,
      max: Math.max(1, Math.ceil(station.servers! * options.maxFactor)),
    }));
  const plan = await planCapacity({
    model: gateModel,
    baseConfig: scenario,
    resources,
    apply: (config, levels) => withServers(config, levels),
    target: targets,
    seed,
    replications,
    kpis: GATE_KPIS,
    bottleneck: gateBottleneck,
    runner: budgetRunner(options.budgetSeconds, options.now),
    ...(onProgress === undefined
      ? {}
      : { onProgress: (p) => onProgress(p.done, p.total, p.stage) }),
  });
  const targetText = `${target.kpi}${target.relation}${target.limit}`;
  return {
    json: planJson({ scenario: scenario.name, target: targets, plan }),
    csv: planCsv(plan),
    statement: plan.statement,
    text: planTable({
      scenario: scenario.name,
      targetText,
      kpiKeys: [target.kpi],
      replications,
      plan,
    }),
    plan,
    target: targets[0]!,
  };
}
