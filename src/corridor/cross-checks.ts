/**
 * Cross-field rules of a corridor: unique gate ids, shares summing to 1, one horizon for every
 * gate, cargo classes every gate defines, and the routing's references to gates. They read raw
 * values, so they run even when other fields failed and every problem is reported at once.
 */
import { type Context, checkSum, record, records, report } from "../gate/scenario/raw-values.js";
import { checkRouting } from "./routing/index.js";

/** The day fields every gate of a corridor shares (one calendar). */
const SHARED_DAYS = ["horizonDays", "drainDays", "warmupDays"] as const;

/** Adds an issue for every cross-field rule the corridor breaks. */
export function crossCheckCorridor(value: unknown, ctx: Context): void {
  const corridor = record(value);
  if (corridor === undefined) return;
  const gates = records(corridor.gates);
  const ids: string[] = [];
  gates.forEach((gate, index) => {
    if (typeof gate.id !== "string") return;
    if (ids.includes(gate.id))
      report(
        ctx,
        ["gates", index, "id"],
        `expected a unique gate id, received "${gate.id}" twice`,
        gate.id,
      );
    ids.push(gate.id);
  });
  const scenarios = gates.map((gate) => record(gate.scenario));
  const first = scenarios[0];
  for (const field of SHARED_DAYS) {
    const expected = first?.[field] ?? 0;
    scenarios.forEach((scenario, index) => {
      if (index === 0 || scenario === undefined) return;
      const days = scenario[field] ?? 0;
      if (days !== expected)
        report(
          ctx,
          ["gates", index, "scenario", field],
          `expected the ${field} of the first gate (${String(expected)}: the gates share one calendar), received ${String(days)}`,
          days,
        );
    });
  }
  const demand = record(corridor.demand);
  const directions = record(demand?.directionShares);
  if (directions !== undefined)
    checkSum(
      ctx,
      ["demand", "directionShares"],
      [directions.export, directions.import],
      "direction shares",
    );
  const classes = records(demand?.cargoClasses);
  if (classes.length > 0)
    checkSum(
      ctx,
      ["demand", "cargoClasses"],
      classes.map((c) => c.share),
      "cargo class shares",
    );
  classes.forEach((cargo, classIndex) => {
    if (typeof cargo.id !== "string") return;
    scenarios.forEach((scenario, gateIndex) => {
      const known = records(record(scenario?.trucks)?.cargoClasses).map((c) => c.id);
      if (scenario !== undefined && !known.includes(cargo.id))
        report(
          ctx,
          ["demand", "cargoClasses", classIndex, "id"],
          `expected a cargo class of every gate, received "${String(cargo.id)}", which gate ${String(gates[gateIndex]?.id)} does not define (it has ${known.map(String).join(", ")})`,
          cargo.id,
        );
    });
  });
  const routing = record(corridor.routing);
  if (routing !== undefined) checkRouting(ctx, routing, ids);
}
