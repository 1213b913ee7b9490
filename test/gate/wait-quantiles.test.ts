import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { WaitQuantiles } from "../../src/gate/wait-quantiles.js";

describe("zero-inflated wait quantiles", () => {
  it("lie between the order statistics around p of all waits, zeros included", () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.constant(0), fc.double({ min: 1, max: 1e6, noNaN: true })), {
          minLength: 200,
          maxLength: 2000,
        }),
        fc.constantFrom(0.1, 0.5, 0.9, 0.99),
        (waits, p) => {
          const sketch = new WaitQuantiles();
          for (const w of waits) sketch.add(w);
          const n = waits.length;
          const sorted = [...waits].sort((a, b) => a - b);
          // the sketch interpolates within the positive part; compare against the order
          // statistics around p, widened by the sketch's 0.1% relative error and 1 s resolution
          const lo = sorted[Math.max(0, Math.floor(p * (n - 1)) - 1)]!;
          const hi = sorted[Math.min(n - 1, Math.ceil(p * (n - 1)) + 1)]!;
          const q = sketch.quantile(p)!;
          expect(q).toBeGreaterThanOrEqual(lo * 0.999 - 1);
          expect(q).toBeLessThanOrEqual(hi * 1.001 + 1);
        },
      ),
      { numRuns: 200 },
    );
  });

  it("is null when empty and zero when most waits are zero", () => {
    const waits = new WaitQuantiles();
    expect(waits.quantile(0.5)).toBeNull();
    for (let i = 0; i < 95; i++) waits.add(0);
    for (let i = 1; i <= 5; i++) waits.add(i * 60);
    expect(waits.quantile(0.9)).toBe(0);
    expect(waits.quantile(0.99)).toBeGreaterThan(0);
  });
});
