/**
 * `gatesim plan <scenario> --target "p90TimeInSystemHours<=6,meanClearedPerDay>=6600"`:
 * the least servers per station meeting the target, with the bottleneck of each candidate.
 */
import { type CapacityTarget, planCapacity } from "../../experiment/index.js";
import {
  GATE_KPIS,
  type GateRunResult,
  gateBottleneck,
  gateExperimentModel,
  type Scenario,
  withServers,
} from "../../gate/index.js";
import { textTable } from "../../report/index.js";
import { CliError, EXIT } from "../errors.js";
import { loadScenarioArg } from "../load-scenario.js";
import type { CommonFlags } from "../options.js";
import { print, writeOutputFile } from "../output.js";
import { createProgress } from "../progress.js";
import { gateRunner } from "../runner.js";

/** Parses `kpi<=value,kpi>=value` into targets; unknown KPIs are usage errors. */
export function parseTargets(text: string): CapacityTarget[] {
  const keys = GATE_KPIS.map((kpi) => kpi.key);
  return text.split(",").map((part) => {
    const match = /^\s*([A-Za-z0-9]+)\s*(<=|>=)\s*(-?[0-9.]+)\s*$/.exec(part);
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

/** Runs the capacity search and prints the plan. */
export async function planCommand(
  arg: string,
  flags: CommonFlags,
  targetText: string,
  resourceList: string | undefined,
  maxFactor: number,
): Promise<void> {
  const scenario = loadScenarioArg(arg, flags);
  const target = parseTargets(targetText);
  const plannable = scenario.stations.filter((station) => station.servers !== undefined);
  const names =
    resourceList === undefined
      ? plannable.map((s) => s.id)
      : resourceList.split(",").map((s) => s.trim());
  const resources = names.map((name) => {
    const station = plannable.find((s) => s.id === name);
    if (station === undefined) {
      throw new CliError(
        `gatesim plan: --resources expected station ids with fixed servers (${plannable.map((s) => s.id).join(", ")}), received "${name}"`,
        EXIT.USAGE,
      );
    }
    return { name, min: 1, max: Math.max(1, Math.ceil(station.servers! * maxFactor)) };
  });
  const runner = gateRunner(flags.workers);
  const progress = createProgress(`plan ${scenario.name}`, flags.quiet);
  try {
    const plan = await planCapacity<Scenario, GateRunResult>({
      model: gateExperimentModel,
      baseConfig: scenario,
      resources,
      apply: (config, levels) => withServers(config, levels),
      target,
      seed: flags.seed,
      replications: flags.replications,
      kpis: GATE_KPIS,
      bottleneck: gateBottleneck,
      runner,
      onProgress: ({ done, total }) => progress.update(done, total),
    });
    progress.finish();
    if (flags.json) {
      print(
        JSON.stringify(
          { format: "gatesim.plan/1", scenario: scenario.name, target, ...plan },
          null,
          2,
        ),
      );
    } else {
      const kpiKeys = target.map((t) => t.kpi);
      const table = textTable({
        title: `Capacity plan for ${scenario.name}: ${targetText}`,
        columns: [
          { header: "candidate (servers per station)" },
          { header: "total", align: "right" },
          ...kpiKeys.map((key) => ({ header: key, align: "right" as const })),
          { header: "meets", align: "right" },
          { header: "bottleneck" },
        ],
        rows: plan.candidates.map((candidate) => [
          Object.entries(candidate.levels)
            .map(([id, n]) => `${id}=${n}`)
            .join(" "),
          String(candidate.total),
          ...kpiKeys.map((key) => {
            const estimate = candidate.kpis[key];
            return estimate?.mean === null || estimate === undefined
              ? "—"
              : `${estimate.mean.toFixed(2)} ± ${(estimate.halfWidth ?? 0).toFixed(2)}`;
          }),
          candidate.meetsTarget ? "yes" : "no",
          candidate.bottleneck ?? "—",
        ]),
        footer: [
          plan.statement,
          `Evaluated ${plan.evaluated} candidates × ${flags.replications} replications.`,
        ],
      });
      print(table);
      if (plan.best !== null) {
        print(
          `Least plan found: ${Object.entries(plan.best.levels)
            .map(([id, n]) => `${id} ${n}`)
            .join(", ")} (total ${plan.best.total}).`,
        );
      } else {
        print("No plan within the searched ranges meets the target.");
      }
    }
    if (flags.report !== undefined) {
      const { planHtmlReport } = await import("../../report/charts/index.js");
      const first = target[0]!;
      const kpi = GATE_KPIS.find((k) => k.key === first.kpi)!;
      const levelsText = (levels: Record<string, number>) =>
        Object.entries(levels)
          .map(([id, n]) => `${id}=${n}`)
          .join(" ");
      const html = await planHtmlReport({
        title: `Capacity plan for ${scenario.name}: ${targetText}`,
        statement: plan.statement,
        kpiTitle: `${kpi.label} (${kpi.unit})`,
        rows: plan.candidates.map((c) => {
          const e = c.kpis[first.kpi];
          return {
            levels: levelsText(c.levels),
            total: c.total,
            kpi: e?.mean == null ? "—" : `${e.mean.toFixed(2)} ± ${(e.halfWidth ?? 0).toFixed(2)}`,
            meetsTarget: c.meetsTarget,
            bottleneck: c.bottleneck ?? "—",
          };
        }),
        candidates: plan.candidates.flatMap((c) => {
          const e = c.kpis[first.kpi];
          return e === undefined ? [] : [{ label: levelsText(c.levels), total: c.total, kpi: e }];
        }),
        target: {
          value: first.atMost ?? first.atLeast!,
          higherIsBetter: first.atLeast !== undefined,
        },
      });
      writeOutputFile(flags.report, html, "HTML report");
    }
    if (flags.csv !== undefined) {
      const header = "candidate,total,meets_target,bottleneck\r\n";
      const rows = plan.candidates.map(
        (c) =>
          `"${Object.entries(c.levels)
            .map(([id, n]) => `${id}=${n}`)
            .join(" ")}",${c.total},${c.meetsTarget},${c.bottleneck ?? ""}\r\n`,
      );
      writeOutputFile(flags.csv, header + rows.join(""), "CSV");
    }
  } finally {
    progress.finish();
    await runner.close();
  }
}
