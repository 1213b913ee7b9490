/**
 * The greedy capacity search (every candidate gets the same replications, binary search over
 * each station's whole range from 1) on smart-doubled, on a given horizon and at a given
 * confidence level: the reference the smart search is compared with, on the same horizon and
 * at the same per-verdict level. Prints one JSON line.
 *
 *   node --import tsx bench/plan/greedy.ts DAYS WARMUP_DAYS LEVEL REPLICATIONS WORKERS
 */
import {
  GATE_KPIS,
  gateBottleneck,
  gateModel,
  loadScenario,
  planCapacity,
  preset,
  withServers,
} from "../../dist/index.js";
import { gateRunner } from "../scenarios/replications.js";

const [days, warmup, level, replications, workers] = process.argv.slice(2).map(Number);
const base = loadScenario({
  ...preset("smart-doubled")!,
  horizonDays: days!,
  warmupDays: warmup!,
});
const resources = base.stations.map((s) => ({ name: s.id, min: 1, max: 2 * s.servers! }));
const started = performance.now();
const runner = gateRunner("workers", workers!);
try {
  const plan = await planCapacity({
    model: gateModel,
    baseConfig: base,
    resources,
    apply: withServers,
    target: [{ kpi: "p90TimeInSystemHours", atMost: 6 }],
    seed: "1",
    replications: replications!,
    level: level!,
    kpis: GATE_KPIS,
    bottleneck: gateBottleneck,
    runner,
  });
  console.log(
    JSON.stringify({
      seconds: (performance.now() - started) / 1000,
      evaluated: plan.evaluated,
      replications: plan.evaluated * replications!,
      levels: plan.best?.levels ?? null,
      statement: plan.statement,
    }),
  );
} finally {
  await runner.close();
}
