import { describe, expect, it } from "vitest";
import { SEGMENTS } from "../../src/gate/index.js";
import {
  comparisonCsv,
  csvField,
  replicationRows,
  replicationsCsv,
  TRUCK_CSV_SEGMENTS,
  truckRecordCsvRow,
  truckRecordsCsvHeader,
} from "../../src/report/index.js";
import { makeComparison, manualRun, smartRun, truckRecord } from "./fixtures.js";

/** An RFC 4180 reader: rows of fields, CRLF line ends, quoted fields with doubled quotes. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      row.push(field);
      field = "";
    } else if (c === "\r" && text[i + 1] === "\n") {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
      i += 1;
    } else field += c;
  }
  expect(field).toBe("");
  expect(row).toEqual([]);
  return rows;
}

describe("CSV reports", () => {
  it("quotes fields only when they hold a comma, a quote or a line break", () => {
    expect(csvField("plain")).toBe("plain");
    expect(csvField("a,b")).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField("two\nlines")).toBe('"two\nlines"');
    expect(csvField(null)).toBe("");
    expect(csvField(Number.NaN)).toBe("");
    expect(csvField(0.123456789)).toBe("0.123457");
    expect(csvField(false)).toBe("false");
  });

  it("writes one comparison row per scenario and KPI plus one difference row per KPI", () => {
    const summary = makeComparison('manual, "old"', "smart");
    const text = comparisonCsv(summary);
    expect(text.endsWith("\r\n")).toBe(true);
    const rows = parseCsv(text);
    expect(rows[0]).toEqual([
      "scenario",
      "kpi",
      "unit",
      "n",
      "mean",
      "half_width",
      "lower",
      "upper",
    ]);
    expect(rows).toHaveLength(1 + 3 * summary.kpis.length);
    expect(rows.every((row) => row.length === 8)).toBe(true);
    expect(rows[1]).toEqual([
      'manual, "old"',
      "meanClearedPerDay",
      "trucks/day",
      "20",
      "1650.23",
      "12.4",
      "1637.83",
      "1662.63",
    ]);
    expect(rows.filter((row) => row[0] === "smart")).toHaveLength(5);
    expect(rows.filter((row) => row[0] === 'smart - manual, "old"')).toHaveLength(5);
    expect(rows.at(-1)).toEqual([
      'smart - manual, "old"',
      "spoiledShare",
      "share",
      "0",
      "",
      "",
      "",
      "",
    ]);
  });

  it("writes one row per replication and KPI", () => {
    const kpis = [
      {
        key: "meanClearedPerDay",
        label: "",
        unit: "trucks/day",
        higherIsBetter: true,
        read: (r: typeof manualRun) => r.throughput.meanClearedPerDay,
      },
      {
        key: "meanHours",
        label: "",
        unit: "h",
        higherIsBetter: false,
        read: (r: typeof manualRun) => r.timeInSystem.meanHours,
      },
    ];
    const rows = [
      ...replicationRows("manual", [manualRun, manualRun, manualRun], kpis),
      ...replicationRows("smart", [smartRun, smartRun, smartRun], kpis),
    ];
    // the rows carry their KPIs' units: no separate map to forget
    const parsed = parseCsv(replicationsCsv(rows));
    expect(parsed[0]).toEqual(["scenario", "replication", "kpi", "unit", "value"]);
    expect(parsed.slice(1).every((row) => row[3] !== "")).toBe(true);
    // rows built by hand without units need them, or the CSV is refused
    const bare = rows.map(({ scenario, replication, values }) => ({
      scenario,
      replication,
      values,
    }));
    expect(() => replicationsCsv(bare)).toThrow(/KPI "meanClearedPerDay" has no unit/);
    expect(replicationsCsv(bare, { meanClearedPerDay: "trucks/day", meanHours: "h" })).toBe(
      replicationsCsv(rows),
    );
    expect(parsed).toHaveLength(1 + 2 * 3 * 2);
    expect(parsed[1]).toEqual(["manual", "0", "meanClearedPerDay", "trucks/day", "1557.5"]);
    expect(parsed.at(-1)).toEqual(["smart", "2", "meanHours", "h", "0.82"]);
  });

  it("streams per-truck records under a header whose segments follow the gate's order", () => {
    expect([...TRUCK_CSV_SEGMENTS]).toEqual([...SEGMENTS]);
    const text =
      truckRecordsCsvHeader() + truckRecordCsvRow(truckRecord) + truckRecordCsvRow(truckRecord);
    const rows = parseCsv(text);
    expect(rows).toHaveLength(3);
    expect(new Set(rows[0]).size).toBe(rows[0]!.length);
    expect(rows[0]!.slice(0, 8)).toEqual([
      "id",
      "direction",
      "cargo_class",
      "channel",
      "arrival_seconds",
      "exit_seconds",
      "time_in_system_seconds",
      "spoiled",
    ]);
    expect(rows[0]!.slice(8)).toEqual(SEGMENTS.map((s) => `segment_${s}_seconds`));
    expect(rows[1]).toEqual([
      "17",
      "import",
      'durian, "fresh"',
      "green",
      "3600",
      "4521.5",
      "921.5",
      "false",
      "600",
      "15",
      "200.25",
      "0",
      "0",
      "100",
      "6.25",
    ]);
  });
});
