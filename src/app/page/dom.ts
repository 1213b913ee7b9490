/// <reference lib="dom" />
/**
 * A tiny element builder for the page (no framework): `el("p", { class: "x" }, "text")`.
 */

/** Attributes: strings set as attributes; `false`/undefined leave them out. */
export type Attributes = Readonly<Record<string, string | number | boolean | undefined>>;

/** Creates an element with attributes and children (strings become text nodes). */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Attributes = {},
  ...children: ReadonlyArray<Node | string | null | undefined>
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === false) continue;
    element.setAttribute(name, value === true ? "" : String(value));
  }
  for (const child of children) {
    if (child === null || child === undefined) continue;
    element.append(typeof child === "string" ? document.createTextNode(child) : child);
  }
  return element;
}

/** An element's id made from a field path (`stations.0.servers` → `f-stations-0-servers`). */
export function fieldId(field: string): string {
  return `f-${field.replace(/[^A-Za-z0-9]+/g, "-")}`;
}

/** Replaces an element's children. */
export function replaceChildren(parent: Element, ...children: ReadonlyArray<Node | string>): void {
  parent.replaceChildren(...children);
}

/** A container for SVG text rendered by the worker (the report layer's charts). */
export function svgFigure(svg: string, caption: string, attributes: Attributes = {}): HTMLElement {
  const figure = el("figure", { class: "chart", ...attributes });
  const holder = el("div", { class: "svg" });
  holder.innerHTML = svg;
  figure.append(holder, el("figcaption", {}, caption));
  return figure;
}
