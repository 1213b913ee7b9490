/// <reference lib="dom" />
/**
 * The scenario form: what a planner changes — horizon, demand and its seasonal surge, direction
 * shares, smart or manual identity check and quarantine, servers, shifts and hours per station,
 * channel shares. Structural edits re-render it; value edits only update the draft.
 */

import { el } from "./dom.js";
import { type Draft, getAt } from "./draft.js";
import { type Binding, button, numberInput, selectInput, textInput } from "./inputs.js";
import { applyMode, currentMode, MODE_SWITCHES, type StationTemplates } from "./modes.js";
import { type StationContext, stationFieldset } from "./station-fields.js";

/** What the form needs from the page. */
export interface FormContext extends Binding {
  /** Station templates for the mode switches (null: no switches). */
  readonly templates: StationTemplates | null;
  /** Re-renders the form. */
  readonly rebuild: () => void;
}

function section(title: string, ...children: ReadonlyArray<Node | null>): HTMLElement {
  return el("fieldset", { class: "section" }, el("legend", {}, title), ...children);
}

function seasons(context: FormContext): HTMLElement {
  const list = getAt(context.draft(), "arrivals.seasons") as unknown[] | undefined;
  const rows = (list ?? []).map((_, i) => {
    const path = `arrivals.seasons.${i}`;
    return el(
      "div",
      { class: "row", "data-group": path },
      textInput(context, `${path}.name`, `Surge ${i + 1}`),
      numberInput(context, `${path}.fromDay`, "from day"),
      numberInput(context, `${path}.toDay`, "to day (exclusive)"),
      numberInput(context, `${path}.multiplier`, "demand ×", { step: "any", min: 0 }),
      button(
        `Remove surge ${i + 1}`,
        () => {
          list!.splice(i, 1);
          if (list!.length === 0) delete (context.draft().arrivals as Draft).seasons;
          context.rebuild();
        },
        { class: "small" },
      ),
    );
  });
  return el(
    "div",
    { "data-group": "arrivals.seasons" },
    ...rows,
    button(
      "Add a seasonal surge",
      () => {
        const arrivals = context.draft().arrivals as Draft;
        const next = (arrivals.seasons as unknown[] | undefined) ?? [];
        next.push({ name: "surge", fromDay: 0, toDay: 7, multiplier: 1.3 });
        arrivals.seasons = next;
        context.rebuild();
      },
      { class: "small" },
    ),
  );
}

function demand(context: FormContext): HTMLElement {
  const kind = getAt(context.draft(), "arrivals.kind");
  const body =
    kind === "profile"
      ? [
          numberInput(context, "arrivals.trucksPerDay", "Trucks arriving per day", {
            step: "any",
            min: 0,
            hint: "(before surges)",
          }),
          seasons(context),
        ]
      : [
          el(
            "p",
            { class: "hint" },
            `Arrivals of kind "${String(kind)}": edit them in the JSON file.`,
          ),
        ];
  return section(
    "Demand",
    ...body,
    el(
      "div",
      { class: "row", "data-group": "trucks.directionShares" },
      numberInput(context, "trucks.directionShares.export", "Export share", {
        step: "any",
        min: 0,
      }),
      numberInput(context, "trucks.directionShares.import", "Import share", {
        step: "any",
        min: 0,
      }),
    ),
  );
}

function modes(context: FormContext): HTMLElement | null {
  const templates = context.templates;
  if (templates === null) return null;
  const switches = MODE_SWITCHES.flatMap((mode) => {
    const current = currentMode(context.draft(), mode, templates);
    if (current === "none") return [];
    const options = [
      ...mode.choices.map((c) => ({ value: c.value, label: c.label })),
      ...(current === "custom" ? [{ value: "custom", label: "as loaded (custom)" }] : []),
    ];
    return [
      selectInput(`mode.${mode.stationId}`, mode.label, options, current, (value) => {
        applyMode(context.draft(), mode, value, templates);
        context.rebuild();
      }),
    ];
  });
  return switches.length === 0 ? null : section("Technology", ...switches);
}

/** The whole form for the draft. */
export function scenarioForm(context: FormContext): HTMLElement {
  const stations = (getAt(context.draft(), "stations") as unknown[] | undefined) ?? [];
  const stationContext: StationContext = context;
  return el(
    "div",
    { class: "scenario-form" },
    section(
      "Scenario",
      textInput(context, "name", "Name"),
      el(
        "div",
        { class: "row" },
        numberInput(context, "horizonDays", "Days simulated", { min: 1 }),
        numberInput(context, "warmupDays", "Warm-up days", { optional: true, min: 0 }),
        numberInput(context, "drainDays", "Drain days", { optional: true, min: 0 }),
      ),
    ),
    demand(context),
    modes(context),
    section(
      "Stations: servers, shifts and hours",
      ...stations.map((_, index) => stationFieldset(stationContext, index)),
    ),
  );
}
