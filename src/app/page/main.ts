/// <reference lib="dom" />
/**
 * The what-if page: start from a preset, a dropped scenario file or a link; edit; run, compare
 * against a pinned baseline, plan; export. The engine runs in two workers of the same inlined
 * source: one checks the form as the planner types, one runs experiments.
 */
import type { PresetInfo } from "../protocol.js";
import { el } from "./dom.js";
import { copy, type Draft } from "./draft.js";
import { download, EngineClient, workerUrl } from "./engine-client.js";
import { scenarioForm } from "./form.js";
import { showIssues } from "./issues-view.js";
import { type StationTemplates, templatesFrom } from "./modes.js";
import { type Controls, controls } from "./panel.js";
import { compareView, planView, runView } from "./results-view.js";
import { decodeState, encodeState } from "./url-state.js";

/** The page's state. */
interface State {
  draft: Draft;
  baseline: Draft | null;
  templates: StationTemplates | null;
  lastResult: { json: string; csv: string; name: string } | null;
}

/** The preset the page opens with when the link names no scenario. */
const DEFAULT_PRESET = "huu-nghi-smart-2024";

const url = workerUrl();
const checker = new EngineClient(url);
/** The experiments' worker, started once the page is ready so it does not slow the first paint. */
let engineWorker: EngineClient | undefined;
const engine = (): EngineClient => {
  engineWorker ??= new EngineClient(url);
  return engineWorker;
};
const state: State = { draft: {}, baseline: null, templates: null, lastResult: null };
let ui: Controls;
let checkCounter = 0;
let checkTimer: ReturnType<typeof setTimeout> | undefined;

function updateLink(): void {
  const hash = encodeState({
    scenario: state.draft,
    seed: ui.seed(),
    replications: ui.replications(),
  });
  history.replaceState(null, "", hash);
}

async function check(): Promise<boolean> {
  const mine = ++checkCounter;
  const reply = await checker.ask({ type: "validate", scenario: state.draft });
  if (mine !== checkCounter) return false;
  if (reply.type !== "issues") {
    ui.status(reply.type === "error" ? reply.message : "unexpected reply");
    return false;
  }
  showIssues(ui.form, ui.generalIssues, reply.issues);
  ui.validity(reply.issues.length, reply.warnings);
  return reply.issues.length === 0;
}

/** Results on screen stay, marked as no longer those of the form, until the next job. */
function markStale(): void {
  const shown = ui.results.firstElementChild;
  if (shown === null || ui.results.querySelector(".stale") !== null) return;
  shown.prepend(
    el(
      "p",
      { class: "warning stale", role: "note" },
      "The scenario changed after these results were computed: run again to update them.",
    ),
  );
}

/** A job starts: earlier results and their downloads go, so nothing shown is left over. */
function startJob(text: string): void {
  ui.busy(true, text);
  ui.results.replaceChildren();
  state.lastResult = null;
  ui.exportsReady(false);
}

function changed(): void {
  markStale();
  updateLink();
  clearTimeout(checkTimer);
  checkTimer = setTimeout(() => void check(), 120);
}

function rebuild(): void {
  ui.form.replaceChildren(
    scenarioForm({ draft: () => state.draft, changed, templates: state.templates, rebuild }),
  );
  changed();
}

function load(scenario: unknown): void {
  state.draft = (scenario !== null && typeof scenario === "object" ? copy(scenario) : {}) as Draft;
  rebuild();
}

async function run(): Promise<void> {
  startJob("Running…");
  const replications = ui.replications();
  const reply = await engine().ask(
    { type: "run", scenario: state.draft, seed: ui.seed(), replications },
    (done, total) => ui.progress(done, total),
  );
  ui.busy(false);
  if (reply.type === "run") {
    state.lastResult = {
      json: reply.json,
      csv: reply.csv,
      name: String(state.draft.name ?? "scenario"),
    };
    ui.results.replaceChildren(runView(reply, replications));
    const rate = replications / reply.seconds;
    ui.status(
      `Done: ${replications} replication${replications === 1 ? "" : "s"} in ${reply.seconds.toFixed(1)} s (${rate.toFixed(2)} per second).`,
    );
    ui.results.firstElementChild?.setAttribute("data-run-seconds", String(reply.seconds));
    ui.exportsReady(true);
  } else if (reply.type === "issues") {
    showIssues(ui.form, ui.generalIssues, reply.issues);
    ui.validity(reply.issues.length, []);
    ui.status("The scenario has problems; see beside the fields.");
  } else ui.status(reply.type === "error" ? `Error: ${reply.message}` : "unexpected reply");
}

async function compare(): Promise<void> {
  const baseline = state.baseline;
  if (baseline === null) return;
  startJob("Comparing…");
  const reply = await engine().ask(
    {
      type: "compare",
      a: baseline,
      b: state.draft,
      seed: ui.seed(),
      replications: ui.replications(),
    },
    (done, total) => ui.progress(done, total),
  );
  ui.busy(false);
  if (reply.type === "compare") {
    state.lastResult = { json: reply.json, csv: reply.csv, name: "comparison" };
    ui.results.replaceChildren(
      compareView(reply, String(baseline.name ?? "A"), String(state.draft.name ?? "B")),
    );
    ui.status("Done: comparison.");
    ui.exportsReady(true);
  } else ui.status(reply.type === "error" ? `Error: ${reply.message}` : "unexpected reply");
}

async function plan(): Promise<void> {
  startJob("Planning…");
  const settings = ui.planSettings();
  const reply = await engine().ask(
    {
      type: "plan",
      scenario: state.draft,
      seed: ui.seed(),
      replications: ui.replications(),
      ...settings,
    },
    (done) => ui.progress(done, null),
  );
  ui.busy(false);
  if (reply.type === "plan") {
    state.lastResult = { json: reply.json, csv: reply.csv, name: "plan" };
    ui.results.replaceChildren(planView(reply));
    ui.status("Done: plan.");
    ui.exportsReady(true);
  } else ui.status(reply.type === "error" ? `Error: ${reply.message}` : "unexpected reply");
}

async function start(): Promise<void> {
  const reply = await checker.ask({ type: "presets" });
  const presets: readonly PresetInfo[] = reply.type === "presets" ? reply.presets : [];
  const find = (name: string) => presets.find((p) => p.name === name)?.scenario;
  state.templates = templatesFrom(find("huu-nghi-smart-2024"), find("huu-nghi-manual-2019"));
  ui = controls({
    presets,
    onPreset: (name) => load(find(name)),
    onFile: (text, name) => {
      ui.presetShown("");
      try {
        load(JSON.parse(text));
        ui.status(`Loaded ${name}.`);
      } catch (error) {
        ui.status(`${name} is not JSON: ${error instanceof Error ? error.message : String(error)}`);
      }
    },
    onRun: () => void run(),
    onPin: () => {
      state.baseline = copy(state.draft);
      ui.baseline(String(state.draft.name ?? "scenario"));
    },
    onCompare: () => void compare(),
    onPlan: () => void plan(),
    onSettings: updateLink,
    onExportScenario: () =>
      download(
        `${String(state.draft.name ?? "scenario")}.json`,
        `${JSON.stringify(state.draft, null, 2)}\n`,
        "application/json",
      ),
    onExportJson: () =>
      state.lastResult &&
      download(`${state.lastResult.name}.json`, state.lastResult.json, "application/json"),
    onExportCsv: () =>
      state.lastResult &&
      download(`${state.lastResult.name}.csv`, state.lastResult.csv, "text/csv"),
  });
  const linked = decodeState(location.hash);
  if (typeof linked === "string") ui.status(linked);
  if (linked !== null && typeof linked === "object") {
    ui.setSettings(linked.seed, linked.replications);
    load(linked.scenario);
  } else {
    const first = find(DEFAULT_PRESET) === undefined ? (presets[0]?.name ?? "") : DEFAULT_PRESET;
    load(find(first) ?? {});
    ui.presetShown(first);
  }
  await check();
  document.documentElement.dataset.readyMs = String(performance.now());
  document.documentElement.dataset.ready = "true";
  engine();
}

void start().catch((error: unknown) => {
  document.body.append(
    el("p", { class: "issue", role: "alert" }, `The page could not start: ${String(error)}`),
  );
});
