/**
 * The engine worker of the what-if page: answers the page's requests (see ./protocol.ts) with
 * the library's own model, experiments, JSON and charts, one request at a time, posting
 * progress as replications finish. Bundled into the page as a Blob URL (scripts/build-app.mjs).
 */
import { preset, presetNames } from "../gate/index.js";
import { comparisonChart, frontierChart, runCharts } from "./jobs/charts.js";
import { compareScenarios } from "./jobs/compare-job.js";
import { checkScenario, requireScenario } from "./jobs/issues.js";
import { planScenario } from "./jobs/plan-job.js";
import { runScenario } from "./jobs/run-job.js";
import type { Reply, Request } from "./protocol.js";

/** The part of a worker's global scope this file uses. */
interface WorkerScope {
  postMessage(message: Reply): void;
  onmessage: ((event: { readonly data: Request }) => void) | null;
}

const scope = globalThis as unknown as WorkerScope;

async function answer(request: Request): Promise<Reply> {
  const { id } = request;
  const progress = (done: number, total: number | null, stage: string) =>
    scope.postMessage({ id, type: "progress", done, total, stage });
  switch (request.type) {
    case "presets":
      return {
        id,
        type: "presets",
        presets: presetNames().map((name) => {
          const scenario = preset(name)!;
          return { name, description: scenario.description ?? "", scenario };
        }),
      };
    case "validate": {
      const checked = checkScenario(request.scenario);
      return checked.ok
        ? { id, type: "issues", issues: [], warnings: checked.warnings }
        : { id, type: "issues", issues: checked.issues, warnings: [] };
    }
    case "run": {
      const checked = checkScenario(request.scenario);
      if (!checked.ok) return { id, type: "issues", issues: checked.issues, warnings: [] };
      const scenario = checked.scenario;
      // The page's clock, for the speed shown to the planner; the simulation never reads it.
      const started = performance.now();
      const outcome = await runScenario(scenario, request.seed, request.replications, progress);
      const seconds = (performance.now() - started) / 1000;
      return {
        id,
        type: "run",
        json: outcome.json,
        csv: outcome.csv,
        rows: outcome.rows,
        charts: await runCharts(scenario.name, outcome.charted),
        warnings: checked.warnings,
        seconds,
      };
    }
    case "compare": {
      const a = requireScenario(request.a, "variant A");
      const b = requireScenario(request.b, "variant B");
      const outcome = await compareScenarios(a, b, request.seed, request.replications, progress);
      const { summary } = outcome;
      return {
        id,
        type: "compare",
        json: outcome.json,
        csv: outcome.csv,
        text: outcome.text,
        rows: outcome.rows,
        chart: await comparisonChart(
          { name: summary.nameA, run: summary.resultsA![0]! },
          { name: summary.nameB, run: summary.resultsB![0]! },
        ),
      };
    }
    case "plan": {
      const scenario = requireScenario(request.scenario, "the scenario");
      const outcome = await planScenario(
        scenario,
        request.seed,
        request.replications,
        request.target,
        {
          maxFactor: request.maxFactor,
          budgetSeconds: request.budgetSeconds,
          now: () => performance.now(),
        },
        progress,
      );
      return {
        id,
        type: "plan",
        json: outcome.json,
        csv: outcome.csv,
        statement: outcome.statement,
        text: outcome.text,
        chart: await frontierChart(outcome.plan, outcome.target),
      };
    }
  }
}

scope.onmessage = (event) => {
  const request = event.data;
  answer(request).then(
    (reply) => scope.postMessage(reply),
    (error: unknown) =>
      scope.postMessage({
        id: request.id,
        type: "error",
        message: error instanceof Error ? error.message : String(error),
      }),
  );
};
