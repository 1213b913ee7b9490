/** Cross-field checks of a scenario's pathway: station references, conditions, channel steps. */
import { hasDemand } from "../arrivals/index.js";
import { neverOpens } from "../stations/common.js";
import { type Context, type Path, record, records, report } from "./raw-values.js";

export function checkPathway(
  ctx: Context,
  scenario: Record<string, unknown>,
  stationsById: Map<string, Record<string, unknown>>,
  classIds: Set<string>,
): void {
  let channelAssigned = false;
  const demand = hasDemand(record(scenario.arrivals));
  records(scenario.pathway).forEach((step, index) => {
    const path: Path = ["pathway", index];
    const stationId = step.stationId;
    const station = typeof stationId === "string" ? stationsById.get(stationId) : undefined;
    if (typeof stationId === "string" && station === undefined) {
      report(
        ctx,
        [...path, "stationId"],
        `expected the id of a station (${[...stationsById.keys()].join(", ")}), received "${stationId}"`,
        stationId,
      );
    }
    const when = record(step.when);
    if (when?.channels !== undefined && !channelAssigned) {
      report(
        ctx,
        [...path, "when", "channels"],
        "expected a channel condition after a step with assignsChannel",
        when.channels,
      );
    }
    if (Array.isArray(when?.cargoClassIds)) {
      when.cargoClassIds.forEach((classId, classIndex) => {
        if (typeof classId === "string" && !classIds.has(classId)) {
          report(
            ctx,
            [...path, "when", "cargoClassIds", classIndex],
            `expected a cargo class id, received "${classId}"`,
            classId,
          );
        }
      });
    }
    if (step.assignsChannel === true) {
      if (channelAssigned)
        report(
          ctx,
          [...path, "assignsChannel"],
          "expected one step that assigns the channel, received a second",
          true,
        );
      if (station !== undefined && station.channelShares === undefined) {
        report(
          ctx,
          [...path, "assignsChannel"],
          `expected station "${String(stationId)}" to have channelShares`,
          true,
        );
      }
      channelAssigned = true;
    }
    if (station !== undefined && demand) {
      const reason = neverOpens(station);
      if (reason !== null) {
        report(
          ctx,
          [...path, "stationId"],
          `expected a station that opens while trucks need it: "${String(stationId)}" never serves (${reason})`,
          stationId,
        );
      }
    }
  });
}
