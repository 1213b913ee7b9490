/**
 * `gatesim plan <scenario> --target "p90TimeInSystemHours<=6,meanClearedPerDay>=6600"`:
 * the least servers per station meeting the target, with the bottleneck of each candidate.
 */
import { type CapacityTarget, planCapacity } from "../../experiment/index.js";
import {
  GATE_KPIS,
  gateBottleneck,
  gateModel,
  type Scenario,
  ScenarioError,
  withServers,
} from "../../gate/index.js";
import { planCsv, planJson, planTable } from "../../report/index.js";
import { CliError, EXIT } from "../errors.js";
import type { CommonFlags } from "../options.js";
import { note, terminalWidth } from "../output.js";
import { runPipeline } from "../pipeline.js";
import {
  budgetRule,
  candidateLine,
  planEstimate,
  planHorizon,
  planLowerBounds,
} from "../plan-session.js";
import { reportInputs } from "../report-inputs.js";
import { shownPath } from "../shown.js";

/** Parses `kpi<=value,kpi>=value` into targets; unknown KPIs are usage errors. */
export function parseTargets(text: string): CapacityTarget[] {
  const keys = GATE_KPIS.map((kpi) => kpi.key);
  return text.split(",").map((part) => {
    const match = /^\s*([A-Za-z0-9]+)\s*(<=|>=)\s*(-?[0-9.]+)\s*$/.exec(part);
    if (match === null || !keys.includes(match[1]!) || !Number.isFinite(Number(match[3]))) {
      throw new CliError(
        `gatesim plan: --target expected "kpi<=number" or "kpi>=number" with kpi one of ${keys.join(", ")}, received ${shownPath(part)}`,
        EXIT.USAGE,
      );
    }
    const limit = Number(match[3]);
    return match[2] === "<="
      ? { kpi: match[1]!, atMost: limit }
      : { kpi: match[1]!, atLeast: limit };
  });
}

/**
 * The stations to size (`--resources`, default every station with fixed servers) and their
 * ranges. A station named twice, or a range whose top (today's servers × `--max-factor`) the
 * scenario would refuse, is a usage error before anything runs.
 */
function plannedResources(scenario: Scenario, resourceList: string | undefined, maxFactor: number) {
  const plannable = scenario.stations.filter((station) => station.servers !== undefined);
  const names =
    resourceList === undefined
      ? plannable.map((s) => s.id)
      : resourceList.split(",").map((s) => s.trim());
  const seen = new Set<string>();
  return names.map((name) => {
    const station = plannable.find((s) => s.id === name);
    if (station === undefined) {
      throw new CliError(
        `gatesim plan: --resources expected station ids with fixed servers (${plannable.map((s) => s.id).join(", ")}), received ${shownPath(name)}`,
        EXIT.USAGE,
      );
    }
    if (seen.has(name)) {
      throw new CliError(
        `gatesim plan: --resources expected each station once, received ${shownPath(name)} twice`,
        EXIT.USAGE,
      );
    }
    seen.add(name);
    const max = Math.max(1, Math.ceil(station.servers! * maxFactor));
    try {
      withServers(scenario, { [name]: max });
    } catch (error) {
      if (!(error instanceof ScenarioError)) throw error;
      throw new CliError(
        `gatesim plan: --max-factor ${maxFactor} expected a search range the scenario accepts, received ${station.servers} × ${maxFactor} = ${max} servers at ${name}: ${error.issues[0]?.message ?? "invalid"}`,
        EXIT.USAGE,
      );
    }
    return { name, min: 1, max };
  });
}

/** What `gatesim plan` takes beyond the common flags. */
export interface PlanFlags {
  /** The `--target` text. */
  readonly target: string;
  /** `--resources`: station ids, comma-separated (default: every station with fixed servers). */
  readonly resources: string | undefined;
  /** `--max-factor`: the search's upper bound, × today's servers. */
  readonly maxFactor: number;
  /** `--budget` in seconds: the search ends there with the best plan found. */
  readonly budgetSeconds: number | undefined;
  /** `--search`: "smart" (default) or "greedy" (every candidate gets --replications). */
  readonly search: "smart" | "greedy";
}

/**
 * Runs the capacity search and writes the requested outputs.
 * @throws {CliError} exit 4 (after the outputs) when no plan within the ranges meets the target.
 */
export async function planCommand(
  arg: string,
  flags: CommonFlags,
  planFlags: PlanFlags,
): Promise<void> {
  const started = performance.now();
  const talk = (text: string) => note(flags.quiet, text);
  let infeasible: string | null = null;
  await runPipeline([arg], flags, ([given]) => {
    const targetText = planFlags.target;
    const target = parseTargets(targetText);
    const resources = plannedResources(given, planFlags.resources, planFlags.maxFactor);
    const smart = planFlags.search === "smart";
    const keep = !smart || flags.days !== undefined || flags.warmupDays !== undefined;
    // The bounds do not depend on the horizon; the pilot runs at them (the most loaded plan
    // the search can reach: the longest transient), or as given for the greedy search.
    const lower = smart ? planLowerBounds(given, resources) : {};
    const horizon = planHorizon(given, flags.seed, keep, smart ? lower : undefined);
    const scenario = horizon.scenario;
    const initial = Math.min(4, flags.replications);
    talk(
      smart
        ? planEstimate({
            resources,
            lower,
            horizon,
            initial,
            cap: flags.replications,
            workers: flags.workers,
            budgetSeconds: planFlags.budgetSeconds,
          })
        : `Planning greedily: every candidate gets ${flags.replications} replications of ${horizon.secondsPerReplication.toFixed(1)} s; horizon ${horizon.how}.`,
    );
    const budget =
      planFlags.budgetSeconds === undefined ? null : budgetRule(planFlags.budgetSeconds, started);
    const title = `Capacity plan for ${scenario.name}`;
    return {
      label: `plan ${scenario.name}`,
      run: async ({ runner, onProgress, limits }) => {
        const plan = await planCapacity({
          ...limits,
          model: gateModel,
          baseConfig: scenario,
          resources,
          apply: (config, levels) => withServers(config, levels),
          target,
          seed: flags.seed,
          replications: flags.replications,
          kpis: GATE_KPIS,
          bottleneck: gateBottleneck,
          runner: runner(flags.replications),
          search: planFlags.search,
          // The greedy search's replications per candidate are known: keep its bar.
          ...(smart
            ? {
                lowerBounds: lower,
                ...(budget === null ? {} : { shouldStop: budget.shouldStop }),
                onCandidate: (candidate, progress) => {
                  budget?.candidateDone();
                  talk(candidateLine(candidate, progress, (performance.now() - started) / 1000));
                },
              }
            : { onProgress }),
        });
        if (!plan.feasible) infeasible = plan.statement;
        return plan;
      },
      json: (plan) => planJson({ scenario: scenario.name, target, plan }),
      table: (plan) =>
        planTable({
          scenario: scenario.name,
          targetText,
          kpiKeys: target.map((t) => t.kpi),
          replications: flags.replications,
          plan,
          width: terminalWidth(),
        }),
      csv: (plan) => planCsv(plan),
      report: (plan, charts) => {
        const current = Object.fromEntries(
          scenario.stations.flatMap((s) => (s.servers === undefined ? [] : [[s.id, s.servers]])),
        );
        return charts.planHtmlReport(
          charts.planReportInput({
            title,
            plan,
            targets: target,
            current,
            inputs: reportInputs([scenario], flags),
          }),
        );
      },
      note: (plan, seconds) =>
        `plan: ${plan.evaluated} candidates, ${plan.search?.replications ?? plan.evaluated * flags.replications} replications, ${seconds.toFixed(1)} s` +
        (plan.search?.complete === false
          ? " (stopped at the --budget: the plan may not be minimal)"
          : ""),
    };
  });
  if (infeasible !== null) {
    throw new CliError(
      "gatesim plan: no plan within the searched ranges meets the target (exit 4); raise --max-factor or relax --target",
      EXIT.INFEASIBLE,
    );
  }
}
