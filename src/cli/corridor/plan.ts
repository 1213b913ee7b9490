/**
 * `gatesim plan <corridor> --target "meanTimeInSystemHours<=6" --resources huu-nghi.customs,tan-thanh.customs`:
 * the least servers per `<gate>.<station>` meeting the target — the planner moves lanes or staff
 * between gates, with the bottleneck (`<gate>.<station>`) of each candidate.
 */
import {
  type Corridor,
  corridorBottleneck,
  corridorKpis,
  corridorModel,
  withCorridorServers,
} from "../../corridor/index.js";
import { type CapacityTarget, planCapacity } from "../../experiment/index.js";
import { planCsv, planJson, planTable } from "../../report/index.js";
import { CliError, EXIT } from "../errors.js";
import type { CommonFlags } from "../options.js";
import { runCorridorPipeline } from "./pipeline.js";

/** Parses `kpi<=value,kpi>=value` against the corridor's KPI keys; unknown keys are usage errors. */
function parseTargets(text: string, keys: readonly string[]): CapacityTarget[] {
  return text.split(",").map((part) => {
    const match = /^\s*([A-Za-z0-9.-]+)\s*(<=|>=)\s*(-?[0-9.]+)\s*$/.exec(part);
    if (match === null || !keys.includes(match[1]!) || !Number.isFinite(Number(match[3]))) {
      throw new CliError(
        `gatesim plan: --target expected "kpi<=number" or "kpi>=number" with kpi one of ${keys.join(", ")}, received "${part}"`,
        EXIT.USAGE,
      );
    }
    const limit = Number(match[3]);
    return match[2] === "<="
      ? { kpi: match[1]!, atMost: limit }
      : { kpi: match[1]!, atLeast: limit };
  });
}

/** `<gate>.<station>` resources with fixed servers (`--resources`, default all) and their ranges. */
function plannedResources(corridor: Corridor, list: string | undefined, maxFactor: number) {
  const plannable = corridor.gates.flatMap((gate) =>
    gate.scenario.stations
      .filter((station) => station.servers !== undefined)
      .map((station) => ({ name: `${gate.id}.${station.id}`, servers: station.servers! })),
  );
  const names =
    list === undefined ? plannable.map((r) => r.name) : list.split(",").map((s) => s.trim());
  return names.map((name) => {
    const resource = plannable.find((r) => r.name === name);
    if (resource === undefined) {
      throw new CliError(
        `gatesim plan: --resources expected <gate>.<station> with fixed servers (${plannable.map((r) => r.name).join(", ")}), received "${name}"`,
        EXIT.USAGE,
      );
    }
    return { name, min: 1, max: Math.max(1, Math.ceil(resource.servers * maxFactor)) };
  });
}

/** Runs the capacity search over the corridor's gates and writes the requested outputs. */
export function corridorPlanCommand(
  corridor: Corridor,
  flags: CommonFlags,
  targetText: string,
  resourceList: string | undefined,
  maxFactor: number,
): Promise<void> {
  const kpis = corridorKpis(corridor);
  const target = parseTargets(
    targetText,
    kpis.map((kpi) => kpi.key),
  );
  const resources = plannedResources(corridor, resourceList, maxFactor);
  const title = `Capacity plan for ${corridor.name}: ${targetText}`;
  return runCorridorPipeline(
    {
      label: `plan ${corridor.name}`,
      run: ({ runner, onProgress }) =>
        planCapacity({
          model: corridorModel,
          baseConfig: corridor,
          resources,
          apply: (config, levels) => withCorridorServers(config, levels),
          target,
          seed: flags.seed,
          replications: flags.replications,
          kpis,
          bottleneck: corridorBottleneck,
          runner: runner(),
          onProgress,
        }),
      json: (plan) => planJson({ scenario: corridor.name, target, plan }),
      table: (plan) =>
        planTable({
          scenario: corridor.name,
          targetText,
          kpiKeys: target.map((t) => t.kpi),
          replications: flags.replications,
          plan,
        }),
      csv: (plan) => planCsv(plan),
      report: (plan, charts) => {
        return charts.planHtmlReport(charts.planReportInput({ title, plan, targets: target }));
      },
    },
    flags,
  );
}
