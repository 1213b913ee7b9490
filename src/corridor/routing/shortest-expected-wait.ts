/**
 * Join the gate with the shortest expected wait, as drivers see it on an information board:
 * each gate's trucks in system over its clearing capacity (hours), read at the last refresh.
 * Every `refreshMinutes` the board is updated; in between, every driver sees the same stale
 * figures and joins the same gate (herding). `refreshMinutes` 0: the figures are always fresh
 * (join the shortest queue, weighted by capacity). Ties are broken at random.
 */
import { z } from "zod";
import { type RoutingKind, smallestAllowed } from "./kind.js";

const schema = z.strictObject({
  /** `"shortest-expected-wait"`: join the gate whose expected wait looked shortest. */
  kind: z.literal("shortest-expected-wait"),
  /** Minutes between updates of the information drivers see (0: always fresh). */
  refreshMinutes: z
    .number()
    .finite()
    .min(0)
    .max(10_080)
    .describe("Minutes between updates of the information drivers see (0: always fresh)"),
});

/** `{ kind: "shortest-expected-wait", refreshMinutes }`. */
export const shortestExpectedWaitRouting: RoutingKind<typeof schema> = {
  schema,
  create(spec, { sim, gates, stream, endSeconds }) {
    const expected = (): number[] =>
      gates.map((gate) =>
        gate.capacityTrucksPerHour > 0
          ? gate.inSystem() / gate.capacityTrucksPerHour
          : Number.POSITIVE_INFINITY,
      );
    const refreshSeconds = spec.refreshMinutes * 60;
    let board = expected();
    if (refreshSeconds > 0) {
      const refresh = (): void => {
        board = expected();
        const next = sim.now + refreshSeconds;
        if (next < endSeconds) sim.scheduleAt(next, refresh);
      };
      if (refreshSeconds < endSeconds) sim.scheduleAt(refreshSeconds, refresh);
    }
    return {
      route(readySeconds, excluded) {
        const u = stream.next();
        const seen = refreshSeconds > 0 ? board : expected();
        const gate = smallestAllowed(seen, excluded, u);
        return gate < 0 ? null : { gate, atSeconds: readySeconds };
      },
    };
  },
  check() {},
};
