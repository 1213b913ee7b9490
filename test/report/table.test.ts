import { describe, expect, it } from "vitest";
import { comparisonTable, replicationTable, runTable, textTable } from "../../src/report/index.js";
import { makeComparison, makeReplicationSummary, manualRun } from "./fixtures.js";

/** Lines of the table proper: the header, the dashes and the rows (title and footer dropped). */
function tableLines(text: string): string[] {
  const lines = text.trimEnd().split("\n");
  const dashes = lines.findIndex((line) => /^-+( +-+)*$/.test(line));
  const end = lines.findIndex((line, i) => i > dashes && line.startsWith("±"));
  return lines.slice(dashes - 1, end === -1 ? undefined : end);
}

/** [start, end) of each column, read off the dashes line. */
function columnSpans(dashes: string): Array<[number, number]> {
  return [...dashes.matchAll(/-+/g)].map((m) => [m.index, m.index + m[0].length]);
}

describe("plain-text tables", () => {
  it("aligns text left and numbers right under a dashed header", () => {
    const text = textTable({
      title: "Stations",
      columns: [{ header: "station" }, { header: "served", align: "right" }],
      rows: [
        ["identity", "3,309"],
        ["x-ray", "12"],
      ],
    });
    expect(text).toBe(
      "Stations\nstation   served\n--------  ------\nidentity   3,309\nx-ray         12\n",
    );
  });

  it("keeps each row on one line and leaves no trailing spaces", () => {
    const text = textTable({
      columns: [{ header: "a" }, { header: "b" }],
      rows: [["line\nbreak", ""]],
    });
    expect(text.split("\n")).toEqual(["a           b", "----------  -", "line break", ""]);
  });

  it("shows every KPI of a comparison with both sides, the difference and a verdict", () => {
    const text = comparisonTable(makeComparison());
    expect(text.split("\n")[0]).toBe(
      'Comparison: A = manual-2019, B = smart-2024 (20 paired replications, seed "42")',
    );
    expect(text).toContain("A: manual-2019");
    expect(text).toContain("B − A");
    expect(text).toContain("95% CI");
    const row = text.split("\n").find((line) => line.startsWith("Trucks cleared per day"))!;
    expect(row).toMatch(/1,650 ± 12 +3,309 ± 15 +\+1,659 +\[1,640, 1,679\] +smart-2024 better$/);
    expect(text).toMatch(/Identity queue, max .* no clear difference/);
  });

  it("right-aligns every number column of the comparison table", () => {
    const lines = tableLines(comparisonTable(makeComparison()));
    const spans = columnSpans(lines[1]!);
    expect(spans).toHaveLength(7);
    for (const line of [lines[0]!, ...lines.slice(2)]) {
      for (const column of [2, 3, 4]) {
        const [start, end] = spans[column]!;
        const cell = line.slice(start, end);
        expect(cell.length).toBe(end - start);
        expect(cell.endsWith(" ")).toBe(false);
        expect(line[end]).toBe(" ");
      }
    }
  });

  it("shows shares as percentages and missing KPIs as dashes", () => {
    const text = comparisonTable(makeComparison());
    const share = text.split("\n").find((line) => line.startsWith("Cleared within 24 h"))!;
    expect(share).toContain(" % ");
    expect(share).toContain("12.3 ± 1.1");
    expect(share).toContain("99.51 ± 0.11");
    const missing = text.split("\n").find((line) => line.startsWith("Spoiled share"))!;
    expect(missing.match(/—/g)).toHaveLength(5);
  });

  it("lists a replication summary with its stopping reason", () => {
    const text = replicationTable(makeReplicationSummary());
    expect(text.split("\n")[0]).toBe('Replications: 12, seed "7", half-width reached');
    expect(text).toMatch(/Trucks cleared per day +trucks\/day +12 +3,309 ± 15 +\[3,294, 3,324\]/);
    expect(text).toMatch(/Spoiled trucks +trucks +1 +4 +— +—/);
  });

  it("summarises one run and its stations", () => {
    const text = runTable(manualRun);
    expect(text).toContain(
      'Run: scenario "manual-2019", seed "42", replication 0, 4 days + 1 drain days',
    );
    expect(text).toMatch(/Time in system, p90 +145 +h/);
    expect(text).toMatch(/Cleared within 24 h +12\.0% +of cleared/);
    expect(text).toMatch(/identity +identity +1,000 +4\.5 +9\.0 +83\.0%/);
    expect(text).toMatch(/customs, docs +declaration +1,000 +— +— +45\.7%/);
  });
});
