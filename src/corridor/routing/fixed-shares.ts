/**
 * Fixed shares: each truck goes to a gate drawn with the given shares, whatever the queues (a
 * random split). A refused truck diverted from a gate draws among the gates left, with their
 * shares renormalised.
 */
import { z } from "zod";
import { share } from "../../gate/scenario/fields.js";
import { checkSum, isNumber, record, report } from "../../gate/scenario/raw-values.js";
import type { RoutingKind } from "./kind.js";

const schema = z.strictObject({
  /** `"fixed-shares"`: each truck goes to a gate drawn with fixed shares. */
  kind: z.literal("fixed-shares"),
  /** Share of the corridor's trucks sent to each gate, by gate id (they sum to 1). */
  sharesByGate: z
    .record(z.string(), share)
    .describe("Share of the corridor's trucks sent to each gate, by gate id (they sum to 1)"),
});

/** `{ kind: "fixed-shares", sharesByGate }`. */
export const fixedSharesRouting: RoutingKind<typeof schema> = {
  schema,
  create(spec, { gates, stream }) {
    const shares = gates.map((gate) => spec.sharesByGate[gate.id] ?? 0);
    return {
      route(readySeconds, excluded) {
        const u = stream.next();
        let total = 0;
        for (let i = 0; i < shares.length; i++) if (!excluded.has(i)) total += shares[i]!;
        if (!(total > 0)) return null;
        let cumulative = 0;
        let last = -1;
        for (let i = 0; i < shares.length; i++) {
          if (excluded.has(i) || shares[i] === 0) continue;
          last = i;
          cumulative += shares[i]! / total;
          if (u < cumulative) return { gate: i, atSeconds: readySeconds };
        }
        return { gate: last, atSeconds: readySeconds };
      },
    };
  },
  check(ctx, raw, gateIds) {
    const shares = record(raw.sharesByGate);
    if (shares === undefined) return;
    for (const id of Object.keys(shares)) {
      if (!gateIds.includes(id))
        report(
          ctx,
          ["routing", "sharesByGate", id],
          `expected a gate id of the corridor (${gateIds.join(", ")}), received "${id}"`,
          id,
        );
    }
    const values = Object.values(shares);
    if (values.length > 0 && values.every(isNumber))
      checkSum(ctx, ["routing", "sharesByGate"], values, "gate shares");
  },
};
