import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import * as charts from "../../src/report/charts/index.js";
import * as core from "../../src/report/index.js";

const REPORT = join(import.meta.dirname, "..", "..", "src", "report");
const IMPORT = /^\s*(?:import|export)\s+(type\s+)?[^'"]*?from\s+["']([^"']+)["']/gm;

/** Files reachable from `entry` through value imports, and the packages they import. */
function importGraph(entry: string): { files: string[]; packages: string[] } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string) => {
    if (files.has(file)) return;
    files.add(file);
    for (const match of readFileSync(file, "utf8").matchAll(IMPORT)) {
      if (match[1] !== undefined) continue;
      const target = match[2]!;
      if (target.startsWith(".")) visit(resolve(dirname(file), target.replace(/\.js$/, ".ts")));
      else packages.add(target);
    }
  };
  visit(entry);
  return {
    files: [...files].map((f) => relative(REPORT, f)).sort(),
    packages: [...packages].sort(),
  };
}

describe("the report entries", () => {
  it("keep vega out of the core entry", () => {
    const graph = importGraph(join(REPORT, "index.ts"));
    expect(graph.packages).toEqual([]);
    expect(graph.files.some((file) => file.startsWith("charts"))).toBe(false);
  });

  it("load vega and vega-lite only from the charts entry", () => {
    expect(importGraph(join(REPORT, "charts", "index.ts")).packages).toEqual(["vega", "vega-lite"]);
  });

  it("use named exports only", () => {
    const sources = [
      ...readdirSync(REPORT)
        .filter((f) => f.endsWith(".ts"))
        .map((f) => join(REPORT, f)),
      ...readdirSync(join(REPORT, "charts")).map((f) => join(REPORT, "charts", f)),
    ];
    for (const file of sources) {
      const text = readFileSync(file, "utf8");
      expect(text, file).not.toMatch(/export \*|export default/);
    }
  });

  it("pin the exported names", () => {
    expect(Object.keys(core).sort()).toMatchInlineSnapshot(`
      [
        "COMPARISON_CSV_COLUMNS",
        "COMPARISON_FORMAT",
        "CSV_EOL",
        "JSON_SIGNIFICANT_DIGITS",
        "MISSING",
        "MONITOR_CSV_COLUMNS",
        "PLAN_CSV_COLUMNS",
        "PLAN_FORMAT",
        "REPLICATIONS_FORMAT",
        "RUN_FORMAT",
        "SWEEP_FORMAT",
        "TRS_SEGMENT_LABELS",
        "TRUCK_CSV_COLUMNS",
        "TRUCK_CSV_SEGMENTS",
        "autoDecimals",
        "comparisonCsv",
        "comparisonHeadline",
        "comparisonJson",
        "comparisonTable",
        "corridorHtmlReport",
        "corridorRunJson",
        "corridorRunTable",
        "csvField",
        "csvRow",
        "displayUnit",
        "escapeHtml",
        "estimateDecimals",
        "formatEstimate",
        "formatHours",
        "formatInterval",
        "formatKpiEstimate",
        "formatKpiInterval",
        "formatKpiValue",
        "formatNumber",
        "formatShare",
        "formatSigned",
        "jsonExact",
        "jsonSafe",
        "kpiHeader",
        "levelLabel",
        "monitorCsv",
        "planCsv",
        "planEstimateText",
        "planJson",
        "planLevelsText",
        "planTable",
        "replicationJson",
        "replicationRows",
        "replicationTable",
        "replicationsCsv",
        "roundForJson",
        "runJson",
        "runTable",
        "scaleEstimate",
        "sweepCsv",
        "sweepJson",
        "sweepTable",
        "textTable",
        "traceCsvHeader",
        "traceCsvRow",
        "trsBreakdown",
        "trsSegments",
        "trsTable",
        "truckRecordCsvRow",
        "truckRecordsCsvHeader",
        "varianceReductionLine",
        "verdictOf",
        "verdictText",
        "wrapText",
      ]
    `);
    expect(Object.keys(charts).sort()).toMatchInlineSnapshot(`
      [
        "ARRIVALS_LABEL",
        "CHART_CONFIG",
        "DRAIN_LABEL",
        "PLAN_COLOURS",
        "TRS_COLOURS",
        "candidateId",
        "capacityFrontierChart",
        "clearedPerDayCaption",
        "clearedPerDayChart",
        "htmlReport",
        "inputsBlock",
        "normaliseSvgIds",
        "planArrivalsLabel",
        "planHtmlReport",
        "planReportInput",
        "queueOverTimeChart",
        "renderVegaLiteSvg",
        "runHtmlReport",
        "sweepChart",
        "sweepHtmlReport",
        "thinByMax",
        "timeInSystemChart",
        "trsBreakdown",
        "trsChart",
        "trsHtmlTable",
      ]
    `);
  });
});
