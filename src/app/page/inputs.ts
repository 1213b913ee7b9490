/// <reference lib="dom" />
/**
 * Labelled form controls bound to a field path of the draft. Every control has a label, an id
 * made from its path, and `data-field`, so a problem found at that path is shown beside it.
 */

import { el, fieldId } from "./dom.js";
import { type Draft, getAt, setAt } from "./draft.js";

/** What a control needs: the draft, and what to do after an edit. */
export interface Binding {
  /** The scenario being edited. */
  readonly draft: () => Draft;
  /** Called after a value changed (validate, update the link). */
  readonly changed: () => void;
}

/** Options of a number control. */
export interface NumberOptions {
  /** Empty input removes the key (optional fields); otherwise empty is kept as null. */
  readonly optional?: boolean;
  /** The input's step (default 1). */
  readonly step?: number | "any";
  /** The input's min attribute (a hint for the browser; the schema decides). */
  readonly min?: number;
  /** A short hint shown after the label. */
  readonly hint?: string;
}

function wrap(field: string, label: string, control: HTMLElement, hint?: string): HTMLElement {
  return el(
    "div",
    { class: "field", "data-wrap": field },
    el(
      "label",
      { for: fieldId(field) },
      label,
      hint === undefined ? null : el("span", { class: "hint" }, ` ${hint}`),
    ),
    control,
  );
}

/**
 * A number input bound to `field`. What the planner types is kept as typed when it is not a
 * number (the schema then says what was expected), never silently replaced.
 */
export function numberInput(
  binding: Binding,
  field: string,
  label: string,
  options: NumberOptions = {},
): HTMLElement {
  const value = getAt(binding.draft(), field);
  const input = el("input", {
    id: fieldId(field),
    type: "number",
    step: options.step ?? 1,
    min: options.min,
    inputmode: options.step === "any" ? "decimal" : "numeric",
    "data-field": field,
    value:
      typeof value === "number"
        ? value
        : value === undefined || value === null
          ? ""
          : String(value),
  });
  input.addEventListener("input", () => {
    const text = input.value.trim();
    const parsed = text === "" ? Number.NaN : Number(text);
    let next: unknown;
    if (Number.isFinite(parsed)) next = parsed;
    else if (text === "" && options.optional === true) next = undefined;
    else next = text === "" ? null : text;
    setAt(binding.draft(), field, next);
    binding.changed();
  });
  return wrap(field, label, input, options.hint);
}

/** A text input bound to `field`. */
export function textInput(binding: Binding, field: string, label: string): HTMLElement {
  const value = getAt(binding.draft(), field);
  const input = el("input", {
    id: fieldId(field),
    type: "text",
    "data-field": field,
    value: typeof value === "string" ? value : "",
  });
  input.addEventListener("input", () => {
    setAt(binding.draft(), field, input.value);
    binding.changed();
  });
  return wrap(field, label, input);
}

/** A select whose change calls `onChange` (structural edits re-render the form). */
export function selectInput(
  field: string,
  label: string,
  options: ReadonlyArray<{ readonly value: string; readonly label: string }>,
  selected: string,
  onChange: (value: string) => void,
): HTMLElement {
  const select = el(
    "select",
    { id: fieldId(field), "data-field": field },
    ...options.map((option) =>
      el("option", { value: option.value, selected: option.value === selected }, option.label),
    ),
  );
  select.addEventListener("change", () => onChange(select.value));
  return wrap(field, label, select);
}

/** A button with a visible label. */
export function button(
  label: string,
  onClick: () => void,
  attributes: Record<string, string> = {},
): HTMLButtonElement {
  const b = el("button", { type: "button", ...attributes }, label);
  b.addEventListener("click", onClick);
  return b;
}
