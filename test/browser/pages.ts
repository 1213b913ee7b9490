/**
 * The report pages the browser tests open, made in the test from small seeded runs: one run of
 * the manual gate (one replication), the manual-against-smart comparison, and a capacity plan of
 * the smart gate with two targets. The date is fixed, so the pages are the same every time.
 */

import { reportInputs } from "../../src/cli/report-inputs.js";
import { comparePaired, planCapacity, replicate, sweep } from "../../src/experiment/index.js";
import {
  GATE_KPIS,
  gateBottleneck,
  gateModel,
  preset,
  runGate,
  type Scenario,
  withParameter,
  withServers,
} from "../../src/gate/index.js";
import {
  htmlReport,
  planHtmlReport,
  planReportInput,
  runHtmlReport,
  sweepHtmlReport,
} from "../../src/report/charts/index.js";

const DATE = new Date("2026-01-15T12:00:00Z");

function scenario(name: string, days: number): Scenario {
  const found = preset(name);
  if (found === undefined) throw new Error(`no preset ${name}`);
  return { ...found, horizonDays: days };
}

/** The pages by name, as HTML. */
export async function makePages(): Promise<Record<string, string>> {
  const manual = scenario("huu-nghi-manual-2019", 3);
  const smart = scenario("huu-nghi-smart-2024", 3);
  const run = runGate(manual, { seed: "1" });
  const runPage = await runHtmlReport({
    title: manual.name,
    scenario: manual.name,
    run,
    inputs: reportInputs([manual], { seed: "1", replications: 1 }, DATE),
  });
  const summary = await replicate({
    model: gateModel,
    config: smart,
    seed: "1",
    replications: 3,
    kpis: GATE_KPIS,
    keepResults: true,
  });
  const runsPage = await runHtmlReport({
    title: smart.name,
    scenario: smart.name,
    run: summary.results![0]!,
    runs: summary.results!,
    kpis: summary.kpis,
    replications: summary.replications,
    inputs: reportInputs([smart], { seed: "1", replications: 3 }, DATE),
  });
  const comparison = await comparePaired({
    model: gateModel,
    configA: manual,
    configB: smart,
    nameA: manual.name,
    nameB: smart.name,
    seed: "1",
    replications: 3,
    kpis: GATE_KPIS,
    keepResults: true,
  });
  const comparePage = await htmlReport({
    title: `${manual.name} vs ${smart.name}`,
    comparison,
    runsA: comparison.resultsA![0]!,
    runsB: comparison.resultsB![0]!,
    inputs: reportInputs([manual, smart], { seed: "1", replications: 3 }, DATE),
  });
  const planned = scenario("huu-nghi-smart-2024", 2);
  const targets = [
    { kpi: "p90TimeInSystemHours", atMost: 1.5 },
    { kpi: "meanClearedPerDay", atLeast: 3100 },
  ];
  const current = { identity: 4, customs: 10, inspection: 13 };
  const plan = await planCapacity({
    model: gateModel,
    baseConfig: planned,
    resources: Object.entries(current).map(([name, servers]) => ({
      name,
      min: 1,
      max: servers * 2,
    })),
    apply: (config, levels) => withServers(config, levels),
    target: targets,
    seed: "1",
    replications: 3,
    kpis: GATE_KPIS,
    bottleneck: gateBottleneck,
  });
  const planPage = await planHtmlReport(
    planReportInput({
      title: `Capacity plan for ${planned.name}`,
      plan,
      targets,
      current,
      inputs: reportInputs([planned], { seed: "1", replications: 3 }, DATE),
    }),
  );
  const rows = await sweep({
    model: gateModel,
    baseConfig: planned,
    grid: { "stations.customs.servers": [8, 10] },
    apply: (config, point) =>
      withParameter(config, "stations.customs.servers", point["stations.customs.servers"]),
    seed: "1",
    replications: 2,
    kpis: GATE_KPIS,
  });
  const sweepPage = await sweepHtmlReport({
    title: `Sweep of ${planned.name}`,
    summary: "Two points, two replications each.",
    parameters: ["stations.customs.servers"],
    rows,
    kpis: GATE_KPIS.slice(0, 3).map((k) => ({ key: k.key, label: k.label, unit: k.unit })),
    inputs: reportInputs([planned], { seed: "1", replications: 2 }, DATE),
  });
  return {
    run: runPage,
    replications: runsPage,
    compare: comparePage,
    plan: planPage,
    sweep: sweepPage,
  };
}
