import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  COMPARISON_FORMAT,
  comparisonJson,
  REPLICATIONS_FORMAT,
  RUN_FORMAT,
  replicationJson,
  roundForJson,
  runJson,
} from "../../src/report/index.js";
import { estimate, makeComparison, makeReplicationSummary, smartRun } from "./fixtures.js";

const ESTIMATE_KEYS = ["n", "mean", "sd", "halfWidth", "lower", "upper", "level"];

describe("JSON reports", () => {
  it("writes a comparison with the documented fields in a fixed order", () => {
    const doc = JSON.parse(comparisonJson(makeComparison(), { tool: "gatesim 0.1.0" }));
    expect(Object.keys(doc)).toEqual([
      "format",
      "meta",
      "seed",
      "replications",
      "nameA",
      "nameB",
      "kpis",
    ]);
    expect(doc.format).toBe(COMPARISON_FORMAT);
    expect(doc.format).toBe("gatesim.comparison/1");
    expect(doc.kpis).toHaveLength(5);
    const kpi = doc.kpis[0];
    expect(Object.keys(kpi)).toEqual([
      "key",
      "label",
      "unit",
      "higherIsBetter",
      "a",
      "b",
      "difference",
      "varianceReduction",
      "verdict",
    ]);
    for (const side of ["a", "b", "difference"])
      expect(Object.keys(kpi[side])).toEqual(ESTIMATE_KEYS);
    expect(doc.kpis.map((k: { verdict: string }) => k.verdict)).toEqual([
      "b-better",
      "b-better",
      "b-better",
      "no-clear-difference",
      "undetermined",
    ]);
  });

  it("turns NaN and infinities into null and never writes them", () => {
    const summary = makeComparison();
    const broken = {
      ...summary,
      kpis: [
        {
          ...summary.kpis[0]!,
          a: { ...estimate(1, 1), mean: Number.NaN, upper: Number.POSITIVE_INFINITY },
          varianceReduction: Number.NEGATIVE_INFINITY,
        },
      ],
    };
    const text = comparisonJson(broken, { ratio: Number.NaN });
    expect(text).not.toMatch(/NaN|Infinity/);
    const doc = JSON.parse(text);
    expect(doc.kpis[0].a.mean).toBeNull();
    expect(doc.kpis[0].a.upper).toBeNull();
    expect(doc.kpis[0].varianceReduction).toBeNull();
    expect(doc.meta.ratio).toBeNull();
  });

  it("rounds to six significant digits but keeps integers exact", () => {
    expect(roundForJson(3309.456789)).toBe(3309.46);
    expect(roundForJson(1234567.89)).toBe(1234568);
    expect(roundForJson(0.000123456789)).toBe(0.000123457);
    expect(roundForJson(123456789)).toBe(123456789);
    expect(Object.is(roundForJson(-0), 0)).toBe(true);
    const doc = JSON.parse(comparisonJson(makeComparison()));
    expect(doc.kpis[0].b.sd).toBe(31.542);
  });

  it("rounds exactly like toPrecision on its arithmetic fast path, ties and digit carries included", () => {
    // The reference is the definition: six significant digits, never fewer than the integer part.
    const reference = (value: number) => {
      const magnitude = Math.abs(value);
      const integerDigits = magnitude < 1 ? 1 : String(Math.trunc(magnitude)).length;
      const rounded = Number(value.toPrecision(Math.min(21, Math.max(6, integerDigits))));
      return rounded === 0 ? 0 : rounded;
    };
    const ties = [
      1.000005, 2.5, -2.5, 100000.5, -100000.5, 12345.65, 99999.95, 9.999995, 0.5, 99999999999999.8,
    ];
    for (const x of ties) expect(roundForJson(x), `x = ${x}`).toBe(reference(x));
    fc.assert(
      fc.property(
        fc.double({ min: -1, max: 1, noNaN: true }),
        fc.integer({ min: -4, max: 16 }),
        (mantissa, exponent) => {
          const x = mantissa * 10 ** exponent;
          expect(roundForJson(x)).toBe(reference(x));
        },
      ),
      { seed: 20261123, numRuns: 20_000 },
    );
  });

  it("sorts the caller's meta keys so the output does not depend on their order", () => {
    const one = comparisonJson(makeComparison(), { b: 1, a: { d: 2, c: 3 } });
    const two = comparisonJson(makeComparison(), { a: { c: 3, d: 2 }, b: 1 });
    expect(one).toBe(two);
    expect(Object.keys(JSON.parse(one).meta)).toEqual(["a", "b"]);
    expect(JSON.parse(comparisonJson(makeComparison())).meta).toEqual({});
  });

  it("writes a replication summary as a list of KPIs", () => {
    const doc = JSON.parse(replicationJson(makeReplicationSummary()));
    expect(doc.format).toBe(REPLICATIONS_FORMAT);
    expect(doc.stoppedBecause).toBe("half-width reached");
    expect(doc.kpis.map((k: { key: string }) => k.key)).toEqual([
      "meanClearedPerDay",
      "shareWithin24h",
      "spoiled",
    ]);
    expect(Object.keys(doc.kpis[0])).toEqual(["key", "label", "unit", ...ESTIMATE_KEYS]);
    expect(doc.kpis[2].halfWidth).toBeNull();
  });

  it("writes one run with every result field in the interface's order", () => {
    const text = runJson(smartRun, { command: "gatesim run" });
    const doc = JSON.parse(text);
    expect(doc.format).toBe(RUN_FORMAT);
    expect(Object.keys(doc)).toEqual(["format", "meta", "run"]);
    expect(Object.keys(doc.run)).toEqual(Object.keys(smartRun));
    expect(Object.keys(doc.run.stations[0])).toEqual(Object.keys(smartRun.stations[0]!));
    expect(doc.run.timeInSystem.meanHours).toBe(0.82);
    expect(doc.run.byCargoClass.general.meanHours).toBeNull();
    expect(doc.run.segments.meanMinutes.quarantine).toBeNull();
    expect(doc.run.queueOverTime.stations["customs, docs"]).toHaveLength(20);
    expect(doc.run.events).toBe(123456789);
    expect(text.endsWith("}\n")).toBe(true);
  });

  it("leaves out the queue series of a run when asked", () => {
    const doc = JSON.parse(runJson(smartRun, {}, { includeQueueOverTime: false }));
    expect(doc.run).not.toHaveProperty("queueOverTime");
    expect(doc.run).toHaveProperty("events");
  });
});
