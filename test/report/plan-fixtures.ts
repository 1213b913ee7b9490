/**
 * Hand-built capacity plans and sweep rows for the report tests, shaped like `planCapacity`'s
 * and `sweep`'s answers, with unrounded numbers and the awkward cases (NaN and Infinity where a
 * buggy KPI could put them, a candidate without a bottleneck, a string grid value) on purpose.
 * Nothing here runs the simulator.
 */
import type {
  CapacityCandidate,
  CapacityPlan,
  CapacityTarget,
} from "../../src/experiment/capacity-plan.js";
import type { LabelledKpiEstimate } from "../../src/experiment/estimate.js";
import type { SweepRow } from "../../src/experiment/sweep.js";
import { estimate } from "./fixtures.js";

function labelled(
  label: string,
  unit: string,
  mean: number | null,
  halfWidth: number | null,
): LabelledKpiEstimate {
  return { ...estimate(mean, halfWidth, 6), label, unit };
}

function kpis(hours: number, hoursHalfWidth: number, cleared: number): CapacityCandidate["kpis"] {
  return {
    meanClearedPerDay: labelled(
      "Trucks cleared per day",
      "trucks/day",
      cleared,
      29.925354422712847,
    ),
    meanTimeInSystemHours: labelled("Time in system, mean", "h", hours, hoursHalfWidth),
  };
}

function candidate(
  servers: number,
  hours: number,
  hoursHalfWidth: number,
  bottleneck: string | null,
): CapacityCandidate {
  const upper = hours + hoursHalfWidth;
  return {
    levels: { check: servers, booth: 2 },
    total: servers + 2,
    kpis: kpis(hours, hoursHalfWidth, 701.2718253968254),
    meetsTarget: upper <= 0.3,
    checks: [
      {
        kpi: "meanTimeInSystemHours",
        relation: "≤",
        limit: 0.3,
        basis: "upper",
        value: upper,
        holds: upper <= 0.3,
      },
    ],
    bottleneck,
  };
}

/** The target of {@link makePlan}, with a limit that six significant digits would change. */
export const planTarget: readonly CapacityTarget[] = [
  { kpi: "meanTimeInSystemHours", atMost: 0.3 },
  { kpi: "meanClearedPerDay", atLeast: 600.1234567 },
];

/** A feasible plan of three candidates; the second has no bottleneck. */
export function makePlan(): CapacityPlan {
  const top = candidate(20, 0.16957912457912458, 0.0031234567, "check");
  const mid = candidate(10, 0.17013468013468014, 0.0042, null);
  const low = candidate(5, 0.8412351, 0.98123, "check");
  return {
    feasible: true,
    best: mid,
    candidates: [top, mid, low],
    evaluated: 3,
    statement: "Least plan found: check = 10, booth = 2 (total 12).",
  };
}

/** A plan whose KPI estimates hold NaN and ±Infinity (a KPI gone wrong) and no best plan. */
export function makeBrokenPlan(): CapacityPlan {
  const broken: CapacityCandidate = {
    ...candidate(4, 1, 1, "check"),
    kpis: {
      meanTimeInSystemHours: {
        ...labelled("Time in system, mean", "h", Number.NaN, Number.POSITIVE_INFINITY),
        sd: Number.NEGATIVE_INFINITY,
        lower: -0,
      },
    },
    meetsTarget: false,
    checks: [
      {
        kpi: "meanTimeInSystemHours",
        relation: "≤",
        limit: 0.3,
        basis: "upper",
        value: Number.NaN,
        holds: false,
      },
    ],
  };
  return {
    feasible: false,
    best: null,
    candidates: [broken],
    evaluated: 1,
    statement: "No plan within the ranges meets the target.",
  };
}

/** Four grid points over two parameters; the second parameter takes a string and a long decimal. */
export function makeSweepRows(): SweepRow[] {
  const row = (servers: number, rate: number | string, hours: number): SweepRow => ({
    point: { "stations.check.servers": servers, "arrivals.trucksPerDay": rate },
    kpis: kpis(hours, 0.0437037755497497, 600.3333333333334),
  });
  return [
    row(6, 600.123456789, 0.19733333333333333),
    row(6, "peak", 0.24706123653146136),
    row(8, 600.123456789, 0.16931216931216933),
    row(8, "peak", 0.17394179894179895),
  ];
}
