/// <reference lib="dom" />
/**
 * The form of one station: servers and opening hours, or shifts; the customs channel shares.
 * A station keeps whatever else it has (service laws, outages) as loaded.
 */

import { el, fieldId } from "./dom.js";
import { type Draft, getAt, setAt } from "./draft.js";
import { type Binding, button, numberInput } from "./inputs.js";

/** What the station form needs besides the binding: how to re-render after a structural edit. */
export interface StationContext extends Binding {
  /** Re-renders the whole form (after adding or removing rows). */
  readonly rebuild: () => void;
}

function shiftRows(context: StationContext, path: string): HTMLElement {
  const shifts = (getAt(context.draft(), `${path}.shifts`) as unknown[] | undefined) ?? [];
  const rows = shifts.map((_, j) =>
    el(
      "div",
      { class: "row", "data-group": `${path}.shifts.${j}` },
      numberInput(context, `${path}.shifts.${j}.fromHour`, `Shift ${j + 1} from hour`, {
        step: "any",
      }),
      numberInput(context, `${path}.shifts.${j}.toHour`, "to hour", { step: "any" }),
      numberInput(context, `${path}.shifts.${j}.servers`, "servers"),
      button(
        `Remove shift ${j + 1}`,
        () => {
          shifts.splice(j, 1);
          context.rebuild();
        },
        { class: "small" },
      ),
    ),
  );
  return el(
    "div",
    { class: "shifts", "data-group": `${path}.shifts` },
    ...rows,
    button(
      "Add a shift",
      () => {
        shifts.push({ fromHour: 8, toHour: 16, servers: 1 });
        setAt(context.draft(), `${path}.shifts`, shifts);
        context.rebuild();
      },
      { class: "small" },
    ),
    button(
      "Use fixed servers instead",
      () => {
        const first = shifts[0] as { servers?: number } | undefined;
        setAt(context.draft(), `${path}.shifts`, undefined);
        setAt(context.draft(), `${path}.servers`, first?.servers ?? 1);
        context.rebuild();
      },
      { class: "small" },
    ),
  );
}

function hoursFields(context: StationContext, path: string): HTMLElement {
  const hours = getAt(context.draft(), `${path}.openHours`);
  const allDay = hours === undefined;
  const toggle = el("input", {
    type: "checkbox",
    id: fieldId(`${path}.allDay`),
    checked: allDay,
  });
  toggle.addEventListener("change", () => {
    setAt(
      context.draft(),
      `${path}.openHours`,
      toggle.checked ? undefined : { fromHour: 7, toHour: 21 },
    );
    context.rebuild();
  });
  return el(
    "div",
    { class: "row", "data-group": `${path}.openHours` },
    el(
      "div",
      { class: "field check" },
      toggle,
      el("label", { for: fieldId(`${path}.allDay`) }, "open 24 h"),
    ),
    allDay
      ? null
      : numberInput(context, `${path}.openHours.fromHour`, "opens at hour", { step: "any" }),
    allDay
      ? null
      : numberInput(context, `${path}.openHours.toHour`, "closes at hour", { step: "any" }),
  );
}

function channelFields(context: StationContext, path: string): HTMLElement {
  return el(
    "div",
    { class: "row", "data-group": `${path}.channelShares` },
    ...["green", "yellow", "red"].map((channel) =>
      numberInput(context, `${path}.channelShares.${channel}`, `${channel} channel share`, {
        step: "any",
        min: 0,
      }),
    ),
  );
}

/** The fieldset of station `index`. */
export function stationFieldset(context: StationContext, index: number): HTMLElement {
  const path = `stations.${index}`;
  const station = getAt(context.draft(), path) as Draft;
  const title = `${String(station.id)} (${String(station.kind)})`;
  const staffing =
    station.shifts !== undefined
      ? shiftRows(context, path)
      : el(
          "div",
          {},
          el(
            "div",
            { class: "row" },
            numberInput(context, `${path}.servers`, "Servers while open", { min: 0 }),
            button(
              "Use shifts",
              () => {
                const servers = typeof station.servers === "number" ? station.servers : 1;
                setAt(context.draft(), `${path}.servers`, undefined);
                setAt(context.draft(), `${path}.openHours`, undefined);
                setAt(context.draft(), `${path}.shifts`, [{ fromHour: 0, toHour: 24, servers }]);
                context.rebuild();
              },
              { class: "small" },
            ),
          ),
          hoursFields(context, path),
        );
  return el(
    "fieldset",
    { class: "station", "data-group": path },
    el("legend", {}, title),
    typeof station.label === "string" ? el("p", { class: "hint" }, station.label) : null,
    staffing,
    station.channelShares !== undefined ? channelFields(context, path) : null,
  );
}
