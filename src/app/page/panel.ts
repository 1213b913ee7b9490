/// <reference lib="dom" />
/**
 * The page's frame: where to start (preset, file), the form, the run settings and buttons,
 * progress, exports and the results area. Returns the handles main.ts drives.
 */
import type { PresetInfo } from "../protocol.js";
import { el } from "./dom.js";
import { button } from "./inputs.js";

/** What the frame calls back. */
export interface PanelEvents {
  readonly presets: readonly PresetInfo[];
  readonly onPreset: (name: string) => void;
  readonly onFile: (text: string, name: string) => void;
  readonly onRun: () => void;
  readonly onPin: () => void;
  readonly onCompare: () => void;
  readonly onPlan: () => void;
  readonly onSettings: () => void;
  readonly onExportScenario: () => void;
  readonly onExportJson: () => void;
  readonly onExportCsv: () => void;
}

/** The handles of the frame. */
export interface Controls {
  readonly form: HTMLElement;
  readonly generalIssues: HTMLElement;
  readonly results: HTMLElement;
  seed(): string;
  replications(): number;
  setSettings(seed: string, replications: number): void;
  planSettings(): {
    target: { kpi: string; relation: "<=" | ">="; limit: number };
    maxFactor: number;
    budgetSeconds: number;
  };
  status(text: string): void;
  progress(done: number, total: number | null): void;
  busy(on: boolean, text?: string): void;
  validity(problems: number, warnings: readonly string[]): void;
  baseline(name: string): void;
  exportsReady(on: boolean): void;
  /** Shows which preset the form started from ("" for none). */
  presetShown(name: string): void;
}

function labelled(id: string, label: string, control: HTMLElement): HTMLElement {
  control.id = id;
  return el("div", { class: "field" }, el("label", { for: id }, label), control);
}

const PLAN_KPIS = [
  ["p90TimeInSystemHours", "90th percentile time in system (h)", "<=", "6"],
  ["meanTimeInSystemHours", "mean time in system (h)", "<=", "4"],
  ["meanClearedPerDay", "trucks cleared per day", ">=", "3300"],
] as const;

/** Builds the frame into document.body. */
export function controls(events: PanelEvents): Controls {
  const presetSelect = el(
    "select",
    {},
    el("option", { value: "" }, "— choose a preset —"),
    ...events.presets.map((p) => el("option", { value: p.name }, `${p.name}: ${p.description}`)),
  );
  presetSelect.addEventListener(
    "change",
    () => presetSelect.value && events.onPreset(presetSelect.value),
  );
  const file = el("input", { type: "file", accept: ".json,application/json" });
  const readFile = (f: File) => void f.text().then((text) => events.onFile(text, f.name));
  file.addEventListener("change", () => file.files?.[0] && readFile(file.files[0]));
  const drop = el("div", { class: "drop", id: "drop-zone" }, "…or drop a scenario JSON file here");
  drop.addEventListener("dragover", (e) => e.preventDefault());
  drop.addEventListener("drop", (e) => {
    e.preventDefault();
    const f = e.dataTransfer?.files[0];
    if (f) readFile(f);
  });
  const seed = el("input", { type: "text", value: "1" });
  const replications = el("input", { type: "number", min: 1, max: 1000, step: 1, value: 10 });
  for (const input of [seed, replications]) input.addEventListener("input", events.onSettings);
  const planKpi = el(
    "select",
    {},
    ...PLAN_KPIS.map(([key, label]) => el("option", { value: key }, label)),
  );
  const planRelation = el(
    "select",
    {},
    el("option", { value: "<=" }, "at most"),
    el("option", { value: ">=" }, "at least"),
  );
  const planLimit = el("input", { type: "number", step: "any", value: PLAN_KPIS[0][3] });
  planKpi.addEventListener("change", () => {
    const entry = PLAN_KPIS.find(([key]) => key === planKpi.value)!;
    planRelation.value = entry[2];
    planLimit.value = entry[3];
  });
  const budget = el("input", { type: "number", min: 1, step: 1, value: 60 });
  const maxFactor = el("input", { type: "number", min: 1, step: "any", value: 2 });
  const runButton = button("Run", events.onRun, { id: "run", class: "primary" });
  const pinButton = button("Pin as baseline A", events.onPin, { id: "pin" });
  const compareButton = button("Compare with A", events.onCompare, { id: "compare", disabled: "" });
  const planButton = button("Plan capacity", events.onPlan, { id: "plan" });
  const exports = [
    button("Scenario JSON", events.onExportScenario, { id: "export-scenario" }),
    button("Results JSON", events.onExportJson, { id: "export-json", disabled: "" }),
    button("Results CSV", events.onExportCsv, { id: "export-csv", disabled: "" }),
  ];
  const progress = el("progress", { id: "progress", max: 1, value: 0, "aria-label": "progress" });
  const statusLine = el("p", { id: "status", role: "status", "aria-live": "polite" });
  const baselineLine = el(
    "p",
    { id: "baseline", class: "hint" },
    "No baseline pinned: pin the current scenario, change it, then compare.",
  );
  const validityLine = el("p", { id: "validity", "aria-live": "polite" });
  const warningList = el("div", { id: "warnings" });
  const form = el("form", { id: "form", "aria-label": "Scenario", novalidate: true });
  form.addEventListener("submit", (e) => e.preventDefault());
  const generalIssues = el("ul", { id: "general-issues" });
  const results = el("div", { id: "results" });

  document.body.append(
    el(
      "header",
      {},
      el("h1", {}, "gatesim: what if?"),
      el(
        "p",
        {},
        "The border-gate simulation engine running in your browser, offline: change the gate, run, compare.",
      ),
    ),
    el(
      "main",
      {},
      el(
        "div",
        { class: "left" },
        el(
          "section",
          { class: "card", "aria-label": "Start from" },
          labelled("preset", "Start from a preset", presetSelect),
          labelled("scenario-file", "Open a scenario JSON file", file),
          drop,
        ),
        el(
          "section",
          { class: "card", "aria-label": "Problems" },
          validityLine,
          warningList,
          generalIssues,
        ),
        form,
      ),
      el(
        "div",
        { class: "right" },
        el(
          "section",
          { class: "card", "aria-label": "Run" },
          el(
            "div",
            { class: "row" },
            labelled("run-seed", "Seed", seed),
            labelled("run-replications", "Replications", replications),
          ),
          el("div", { class: "row buttons" }, runButton, pinButton, compareButton),
          baselineLine,
          el(
            "details",
            { id: "plan-controls" },
            el("summary", {}, "Plan capacity (least servers meeting a target)"),
            el(
              "div",
              { class: "row" },
              labelled("plan-kpi", "Target KPI", planKpi),
              labelled("plan-relation", "must be", planRelation),
              labelled("plan-limit", "limit", planLimit),
            ),
            el(
              "div",
              { class: "row" },
              labelled("plan-budget", "Time budget (s)", budget),
              labelled("plan-max-factor", "Up to × today's servers", maxFactor),
              planButton,
            ),
          ),
          progress,
          statusLine,
          el(
            "div",
            { class: "row buttons", role: "group", "aria-label": "Export" },
            el("span", { class: "hint" }, "Download:"),
            ...exports,
          ),
        ),
        results,
      ),
    ),
  );
  const allButtons = [runButton, pinButton, planButton];
  let hasBaseline = false;
  return {
    form,
    generalIssues,
    results,
    seed: () => seed.value,
    replications: () => Math.max(1, Math.floor(Number(replications.value) || 1)),
    setSettings: (s, r) => {
      seed.value = s;
      replications.value = String(r);
    },
    planSettings: () => ({
      target: {
        kpi: planKpi.value,
        relation: planRelation.value as "<=" | ">=",
        limit: Number(planLimit.value),
      },
      maxFactor: Number(maxFactor.value) || 2,
      budgetSeconds: Number(budget.value) || 60,
    }),
    status: (text) => {
      statusLine.textContent = text;
    },
    progress: (done, total) => {
      if (total === null) progress.removeAttribute("value");
      else {
        progress.max = total;
        progress.value = done;
      }
      statusLine.textContent =
        total === null ? `${done} replications run…` : `${done} of ${total} replications…`;
    },
    busy: (on, text) => {
      for (const b of allButtons) b.disabled = on;
      compareButton.disabled = on || !hasBaseline;
      document.documentElement.dataset.busy = String(on);
      if (text !== undefined) statusLine.textContent = text;
      if (on) progress.value = 0;
    },
    validity: (problems, warnings) => {
      validityLine.textContent =
        problems === 0
          ? "The scenario is valid."
          : `${problems} problem${problems === 1 ? "" : "s"}: each is shown beside its field.`;
      validityLine.className = problems === 0 ? "ok" : "bad";
      warningList.replaceChildren(
        ...warnings.map((w) => el("p", { class: "warning", role: "note" }, `Warning: ${w}`)),
      );
    },
    baseline: (name) => {
      hasBaseline = true;
      compareButton.disabled = false;
      baselineLine.textContent = `Baseline A: ${name} (pinned). Change the form, then compare.`;
    },
    presetShown: (name) => {
      presetSelect.value = name;
    },
    exportsReady: (on) => {
      exports[1]!.disabled = !on;
      exports[2]!.disabled = !on;
    },
  };
}
