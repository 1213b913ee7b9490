import { describe, expect, it } from "vitest";
import { parseScenario, runGate, type Scenario } from "../../src/gate/index.js";
import { confidenceInterval } from "../../src/stats/index.js";
import { singleStation } from "./fixtures.js";

function fixedGate(
  intervalSeconds: number,
  meanServiceSeconds: number,
  horizonDays: number,
): Scenario {
  return {
    ...singleStation({ trucksPerDay: 1, servers: 1, meanServiceSeconds, horizonDays }),
    arrivals: { kind: "fixed-interval", intervalSeconds },
  };
}

/** D/M/1: σ solves σ = exp(−μT(1 − σ)); the mean wait in queue is σ / (μ(1 − σ)). */
function dm1MeanWait(intervalSeconds: number, meanServiceSeconds: number): number {
  const mu = 1 / meanServiceSeconds;
  let sigma = 0.5;
  for (let i = 0; i < 10_000; i++) sigma = Math.exp(-mu * intervalSeconds * (1 - sigma));
  return sigma / (mu * (1 - sigma));
}

describe("fixed-interval arrivals", () => {
  it("bring exactly one truck per interval from the start time until the horizon", () => {
    const one = runGate(fixedGate(3600, 60, 1), { seed: 1 });
    expect(one.throughput.arrivedPerDay).toEqual([24]);
    const late = runGate(
      {
        ...fixedGate(3600, 60, 2),
        arrivals: { kind: "fixed-interval", intervalSeconds: 3600, startSeconds: 86_000 },
      },
      { seed: 1 },
    );
    expect(late.throughput.arrivedPerDay).toEqual([1, 24]);
  });

  it("match the D/M/1 mean wait inside the 95% CI of 20 replications (seed dm1)", () => {
    const analytic = dm1MeanWait(60, 48); // ρ = 0.8
    const waits = Array.from({ length: 20 }, (_, replication) => {
      const result = runGate(fixedGate(60, 48, 10), { seed: "dm1", replication });
      return result.stations[0]!.meanWaitMinutes! * 60;
    });
    const ci = confidenceInterval(waits);
    expect(
      analytic >= ci.lower! && analytic <= ci.upper!,
      `D/M/1 wait ${analytic} s outside [${ci.lower}, ${ci.upper}]`,
    ).toBe(true);
  });

  it("reject a first truck after the horizon, naming the field", () => {
    const parsed = parseScenario({
      ...fixedGate(60, 48, 1),
      arrivals: { kind: "fixed-interval", intervalSeconds: 60, startSeconds: 90_000 },
    });
    expect(parsed.ok ? [] : parsed.issues.map((issue) => issue.message)).toEqual([
      "arrivals.startSeconds: expected a first truck before the horizon (86400 s), received 90000",
    ]);
  });
});
