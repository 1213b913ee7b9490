/// <reference lib="dom" />
/**
 * Shows each problem beside its field: the control gets `aria-invalid` and `aria-describedby`
 * pointing at the message; a problem whose field has no control goes to the nearest group
 * (a station, a surge), else to the list above the form. Nothing is dropped.
 */
import type { PageIssue } from "../protocol.js";
import { el, fieldId } from "./dom.js";

/** Removes the problems shown before. */
function clear(root: HTMLElement): void {
  for (const node of root.querySelectorAll(".issue")) node.remove();
  for (const control of root.querySelectorAll("[aria-invalid]")) {
    control.removeAttribute("aria-invalid");
    control.removeAttribute("aria-describedby");
  }
}

function place(
  root: HTMLElement,
  field: string,
): { host: Element; control: Element | null } | null {
  const control = root.querySelector(`[data-field="${CSS.escape(field)}"]`);
  if (control !== null) return { host: control.closest("[data-wrap]") ?? control, control };
  const parts = field.split(".");
  for (let n = parts.length; n > 0; n--) {
    const group = root.querySelector(`[data-group="${CSS.escape(parts.slice(0, n).join("."))}"]`);
    if (group !== null) return { host: group, control: null };
  }
  return null;
}

/** Shows `issues` in the form `root`; the rest go to `general`. Returns how many were shown. */
export function showIssues(
  root: HTMLElement,
  general: HTMLElement,
  issues: readonly PageIssue[],
): void {
  clear(root);
  general.replaceChildren();
  issues.forEach((issue, index) => {
    const where = place(root, issue.field);
    const id = `issue-${index}`;
    const message = el("p", { class: "issue", id, "data-issue-field": issue.field }, issue.message);
    if (where === null) {
      general.append(el("li", {}, message));
      return;
    }
    where.host.append(message);
    if (where.control !== null) {
      where.control.setAttribute("aria-invalid", "true");
      const before = where.control.getAttribute("aria-describedby");
      where.control.setAttribute("aria-describedby", before === null ? id : `${before} ${id}`);
    }
  });
}

/** The id of the control of `field` (for tests and links). */
export function controlId(field: string): string {
  return fieldId(field);
}
