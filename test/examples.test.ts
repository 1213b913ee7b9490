import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

/** The example scripts run as users run them (`npx tsx examples/<name>.ts`); their output is checked. */
const ROOT = join(import.meta.dirname, "..");
const TSX = join(ROOT, "node_modules", "tsx", "dist", "cli.mjs");

function example(name: string): string {
  return execFileSync("node", [TSX, join("examples", `${name}.ts`)], {
    cwd: ROOT,
    encoding: "utf8",
    timeout: 120_000,
  });
}

function value(output: string, label: string): number {
  const line = output.split("\n").find((l) => l.startsWith(label));
  if (line === undefined) throw new Error(`no line "${label}" in:\n${output}`);
  return Number(
    line.slice(label.length).trim().split(/\s+/)[0]!.replace(/,/g, "").replace("%", ""),
  );
}

describe("the examples", () => {
  it("smart 2024 clears about 3,300 trucks/day", () => {
    const output = example("huu-nghi-smart-2024");
    expect(Math.abs(value(output, "Trucks cleared per day (mean)") - 3300)).toBeLessThan(100);
  });

  it("manual 2019 clears about 1,650 trucks/day", () => {
    const output = example("huu-nghi-manual-2019");
    expect(Math.abs(value(output, "Trucks cleared per day (mean)") - 1650)).toBeLessThan(80);
  });

  it("smart-doubled clears about 6,600 trucks/day", () => {
    const output = example("smart-doubled");
    expect(Math.abs(value(output, "Trucks cleared per day (mean)") - 6600)).toBeLessThan(200);
  });

  it("the record day clears all 2,005 trucks", () => {
    const output = example("lang-son-record-day");
    expect(value(output, "Trucks arrived")).toBe(2005);
    expect(value(output, "Trucks cleared")).toBe(2005);
  });

  it("the fruit season builds a backlog of thousands of trucks", () => {
    const output = example("huu-nghi-manual-fruit-season");
    expect(value(output, "Backlog, largest")).toBeGreaterThan(5000);
  });

  it("the custom gate and the quarantine comparison print their tables", () => {
    expect(example("custom-gate")).toContain("Stations");
    expect(example("quarantine-saving")).toMatch(/intelligent quarantine better/);
  });

  it("answers the morning-backlog question in words, on the day the fluid law gives (18, ±1)", () => {
    const output = example("morning-backlog");
    const day = Number(/gone .* on day (\d+)/.exec(output)?.[1]);
    expect(Math.abs(day - 18)).toBeLessThanOrEqual(1);
    expect(output).toMatch(/About \d+ fruit trucks spoil \(95% CI \d+–\d+\)/);
  });

  it("counts the fruit trucks that give up and the shorter waits of those that stay", () => {
    const output = example("reneging-perishables");
    const gaveUp = Number(
      /^([\d,]+) fresh-fruit trucks give up/m.exec(output)?.[1]?.replace(/,/g, ""),
    );
    expect(gaveUp).toBeGreaterThan(0);
    const [stay, all] = (/wait ([\d.]+) h on average, against ([\d.]+) h/.exec(output) ?? [])
      .slice(1)
      .map(Number);
    expect(stay!).toBeLessThan(all!);
  });

  it("answers the fruit-season corridor question: a row per gate, diversions, and what a 4-hour board costs", () => {
    const output = example("fruit-season-corridor");
    for (const gate of ["huu-nghi", "tan-thanh", "chi-ma"]) {
      expect(output).toMatch(
        new RegExp(`^${gate}\\s+[\\d,]+\\s+[\\d,]+\\s+[\\d,]+\\s+[\\d.]+$`, "m"),
      );
    }
    expect(value(output, "Trucks diverted (hourly board)")).toBeGreaterThan(0);
    const [fresh, stale] = ["fresh", "every 4 hours"].map((label) =>
      Number(
        new RegExp(`Board refreshed ${label}\\s+time in corridor ([\\d.]+) h`).exec(output)?.[1],
      ),
    );
    expect(stale!).toBeGreaterThan(fresh!);
    expect(output).toMatch(
      /every 4 hours costs each truck [\d.]+ h more than fresh information \(95% CI [\d.]+ to [\d.]+ h\)/,
    );
  });
});
