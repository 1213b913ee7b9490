import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

/**
 * Memory stays bounded on long runs: the smart-doubled preset for 30, 90 and 365 simulated days
 * (about 0.2, 0.6 and 2.4 million trucks), each in a fresh process, peak RSS read from the OS.
 * Streaming statistics mean the peak must not grow with the horizon. Run by `npm run test:long`.
 */
const ROOT = join(import.meta.dirname, "..", "..");

function peakMemory(days: number): {
  days: number;
  trucks: number;
  peakRssMb: number;
  seconds: number;
} {
  const script = `
    const { preset, runGate } = await import(${JSON.stringify(join(ROOT, "dist", "index.js"))});
    const started = performance.now();
    const result = runGate({ ...preset("smart-doubled"), horizonDays: ${days} }, { seed: 1 });
    const seconds = (performance.now() - started) / 1000;
    console.log(JSON.stringify({ days: ${days}, trucks: result.trucks.arrived, peakRssMb: process.resourceUsage().maxRSS / 1024, seconds }));
  `;
  const run = spawnSync("node", ["--input-type=module", "-e", script], {
    encoding: "utf8",
    timeout: 600_000,
  });
  if (run.status !== 0) throw new Error(run.stderr);
  return JSON.parse(run.stdout);
}

describe("memory on long runs", () => {
  it("does not grow with the horizon for the smart-doubled preset (30, 90, 365 days)", () => {
    const runs = [30, 90, 365].map(peakMemory);
    console.log(JSON.stringify(runs, null, 2));
    const [month, , year] = runs;
    expect(year!.trucks).toBeGreaterThan(2_000_000);
    expect(year!.peakRssMb).toBeLessThan(month!.peakRssMb * 1.25 + 20);
  }, 900_000);
});
