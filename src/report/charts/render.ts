/**
 * Renders a Vega-Lite spec to an SVG string in Node: compiled to Vega, run in a headless view
 * (`renderer: "none"`, no canvas, no DOM, no network: data is inline), and given deterministic
 * ids. Vega's warnings are silenced (reports must not write to the console).
 */
import * as vega from "vega";
import { compile, type TopLevelSpec } from "vega-lite";
import { normaliseSvgIds } from "./svg.js";

/** A Vega-Lite spec. */
export type VegaLiteSpec = TopLevelSpec;

/** One layer of a layered Vega-Lite spec. */
export type VegaLiteLayer = Extract<TopLevelSpec, { layer: readonly unknown[] }>["layer"][number];

/**
 * Renders `spec` to SVG; the same spec always gives the same bytes.
 *
 * @throws Error from Vega-Lite or Vega when the spec is invalid.
 * @example
 * const svg = await renderVegaLiteSvg({ data: { values: [{ x: 1, y: 2 }] }, mark: "point",
 *   encoding: { x: { field: "x", type: "quantitative" }, y: { field: "y", type: "quantitative" } } }, "c-");
 * svg.startsWith("<svg"); // true
 */
export async function renderVegaLiteSvg(spec: VegaLiteSpec, idPrefix: string): Promise<string> {
  const silent = vega.logger(vega.None);
  const compiled = compile(spec, { logger: silent }).spec;
  const view = new vega.View(vega.parse(compiled), {
    renderer: "none",
    logger: silent,
    logLevel: vega.None,
  });
  try {
    return normaliseSvgIds(await view.toSVG(), idPrefix);
  } finally {
    view.finalize();
  }
}
