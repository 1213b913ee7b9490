import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { GATE_KPIS } from "../../src/gate/index.js";
import {
  csvField,
  csvRow,
  replicationRows,
  replicationsCsv,
  traceCsvRow,
} from "../../src/report/index.js";
import { manualRun } from "./fixtures.js";

/**
 * CSV formula injection (OWASP): a text cell a spreadsheet would run as a formula is written
 * with a leading `'`; numbers, and text that is a plain number, stay as they are.
 */
const RISKY = ["=", "+", "-", "@", "\t", "\r"];

/** The text a spreadsheet sees in a field (RFC 4180 quotes removed). */
function unquoted(field: string): string {
  return field.startsWith('"') ? field.slice(1, -1).replace(/""/g, '"') : field;
}

describe("CSV cells from input", () => {
  it("start with no formula character, whatever the text (property)", () => {
    fc.assert(
      fc.property(fc.constantFrom(...RISKY), fc.string(), (first, rest) => {
        const seen = unquoted(csvField(first + rest));
        const plainNumber = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(first + rest);
        if (plainNumber) expect(seen).toBe(first + rest);
        else {
          expect(RISKY).not.toContain(seen[0]);
          expect(seen).toBe(`'${first}${rest}`);
        }
      }),
      { seed: 4, numRuns: 500 },
    );
  });

  it("keep numbers as numbers, negative ones included", () => {
    expect(csvField(-5)).toBe("-5");
    expect(csvField("-5")).toBe("-5");
    expect(csvField("+1.5e3")).toBe("+1.5e3");
    expect(csvField("=1+2")).toBe("'=1+2");
    expect(csvField('=HYPERLINK("http://x","y")')).toBe('"\'=HYPERLINK(""http://x"",""y"")"');
    expect(csvField("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(csvField("-cmd")).toBe("'-cmd");
    expect(csvRow(["safe", "=evil", 3])).toBe("safe,'=evil,3\r\n");
  });

  it("are neutralised in every writer: replications (scenario names) and trace rows (station ids)", () => {
    const csv = replicationsCsv(replicationRows("=cmd|' /C calc'!A0", [manualRun], GATE_KPIS), {});
    expect(csv).not.toMatch(/(^|\n)=/);
    expect(csv).toContain("'=cmd");
    const row = traceCsvRow({
      timeSeconds: 1,
      event: "arrive",
      truckId: 0,
      stationId: "@x",
      queueLength: 0,
      servers: 1,
    } as Parameters<typeof traceCsvRow>[0]);
    expect(row).toContain(",'@x,");
  });
});
