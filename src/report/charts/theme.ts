/**
 * The look shared by every chart: white background, readable font sizes, and a colour-blind-safe
 * palette (Okabe–Ito) assigned to plans in the order they are given, so configuration A has the
 * same colour in every chart of a report.
 */

/** Colours for plans, in order (Okabe–Ito). */
export const PLAN_COLOURS = [
  "#E69F00",
  "#0072B2",
  "#009E73",
  "#CC79A7",
  "#56B4E9",
  "#D55E00",
  "#F0E442",
  "#000000",
] as const;

/** Grey for context series (demand, targets, drain period). */
export const CONTEXT_GREY = "#7a7a7a";

/** Options every chart takes. */
export interface ChartOptions {
  /** Title above the chart (each chart has a default). */
  readonly title?: string;
  /** Width of the plotting area in pixels (default 640). */
  readonly width?: number;
  /** Height of the plotting area in pixels (default 260). */
  readonly height?: number;
  /**
   * Prefix of the ids inside the SVG (clip paths). Give each chart of one HTML page its own;
   * each chart function has a distinct default.
   */
  readonly idPrefix?: string;
}

/** The colour of the i-th plan. */
export function planColour(index: number): string {
  return PLAN_COLOURS[index % PLAN_COLOURS.length]!;
}

/** Vega-Lite config shared by every chart. */
export const CHART_CONFIG = {
  /** Chart background colour. */
  background: "white",
  /** Padding around the chart, in pixels. */
  padding: 8,
  /** Font family of every text. */
  font: "Helvetica, Arial, sans-serif",
  /** Chart titles. */
  title: {
    /** Title size, in pixels. */
    fontSize: 15,
    /** Titles start at the left edge. */
    anchor: "start",
    /** Space between the title and the plot, in pixels. */
    offset: 10,
  },
  /** Axes. */
  axis: {
    /** Tick label size, in pixels. */
    labelFontSize: 11,
    /** Axis title size, in pixels. */
    titleFontSize: 12,
    /** Colour of the grid lines. */
    gridColor: "#e6e6e6",
  },
  /** Legends. */
  legend: {
    /** Entry label size, in pixels. */
    labelFontSize: 11,
    /** Legend title size, in pixels. */
    titleFontSize: 12,
    /** Legends sit under the plot. */
    orient: "bottom",
    /** Longest entry label before it is cut, in pixels. */
    labelLimit: 480,
    /** Legend symbols fully opaque, whatever the marks' opacity. */
    symbolOpacity: 1,
  },
  /** The plotting area. */
  view: {
    /** No frame around the plotting area. */
    stroke: null,
  },
} as const;

/** Size and config of a chart, from its options. */
export function frame(options: ChartOptions, defaultTitle: string) {
  return {
    title: options.title ?? defaultTitle,
    width: options.width ?? 640,
    height: options.height ?? 260,
    config: CHART_CONFIG,
  };
}
