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
import { runPipeline } from "../pipeline.js";
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

/** Runs the capacity search and writes the requested outputs. */
export function planCommand(
  arg: string,
  flags: CommonFlags,
  targetText: string,
  resourceList: string | undefined,
  maxFactor: number,
): Promise<void> {
  return runPipeline([arg], flags, ([scenario]) => {
    const target = parseTargets(targetText);
    const resources = plannedResources(scenario, resourceList, maxFactor);
    const title = `Capacity plan for ${scenario.name}: ${targetText}`;
    return {
      label: `plan ${scenario.name}`,
      run: ({ runner, onProgress }) =>
        planCapacity({
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
          onProgress,
        }),
      json: (plan) => planJson({ scenario: scenario.name, target, plan }),
      table: (plan) =>
        planTable({
          scenario: scenario.name,
          targetText,
          kpiKeys: target.map((t) => t.kpi),
          replications: flags.replications,
          plan,
        }),
      csv: (plan) => planCsv(plan),
      report: (plan, charts) => {
        const charted = target[0]!;
        const kpi = GATE_KPIS.find((k) => k.key === charted.kpi)!;
        return charts.planHtmlReport(charts.planReportInput({ title, plan, target: charted, kpi }));
      },
    };
  });
}
