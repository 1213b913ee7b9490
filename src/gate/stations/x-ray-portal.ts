/**
 * A drive-through X-ray scanner portal: a truck is scanned without unloading; an officer reads
 * the image, and a flagged truck makes a detour to `flaggedStationId` (physical inspection)
 * before its next step. How often an image is flagged depends on the cargo: a share per cargo
 * class, `defaultFlaggedShare` for classes not listed.
 */
import { z } from "zod";
import { ownValue } from "../../common/index.js";
import { identifier, share } from "../scenario/fields.js";
import { isNumber, record, report } from "../scenario/raw-values.js";
import { checkStationReference, stationSchema } from "./common.js";
import type { StationKind } from "./kind.js";

const schema = stationSchema("x-ray-portal", {
  /** Share of scans flagged for physical inspection, by cargo class id. */
  flaggedShareByCargoClass: z
    .record(z.string(), share)
    .optional()
    .describe("Share of scans flagged for physical inspection, by cargo class id"),
  /** Share of scans flagged for cargo classes not listed (default 0). */
  defaultFlaggedShare: share
    .optional()
    .describe("Share flagged for cargo classes not listed (default 0)"),
  /** Where flagged trucks go before their next step (required when a share is > 0). */
  flaggedStationId: identifier
    .optional()
    .describe("Where flagged trucks go before their next step (required when a share is > 0)"),
});

type Spec = z.infer<typeof schema>;

/** The flagged share of each cargo class, in scenario order. */
function flaggedShares(spec: Spec, cargoClassIds: readonly string[]): number[] {
  return cargoClassIds.map(
    (id) => ownValue(spec.flaggedShareByCargoClass, id) ?? spec.defaultFlaggedShare ?? 0,
  );
}

/** `kind: "x-ray-portal"`. */
export const xRayPortal: StationKind<typeof schema> = {
  schema,
  description: "Drive-through X-ray scanner; flagged trucks detour to physical inspection",
  segment: "inspection",
  check(ctx, raw, path, refs) {
    const byClass = record(raw.flaggedShareByCargoClass) ?? {};
    for (const id of Object.keys(byClass)) {
      if (!refs.cargoClassIds.has(id)) {
        report(
          ctx,
          [...path, "flaggedShareByCargoClass", id],
          `expected a cargo class id (${[...refs.cargoClassIds].join(", ")}), received "${id}"`,
          id,
        );
      }
    }
    const shares = [raw.defaultFlaggedShare, ...Object.values(byClass)];
    if (raw.flaggedStationId === undefined && shares.some((s) => isNumber(s) && s > 0)) {
      report(
        ctx,
        [...path, "flaggedStationId"],
        "expected a station for flagged trucks when a flagged share is above 0",
        undefined,
      );
    }
    checkStationReference(ctx, [...path, "flaggedStationId"], raw.flaggedStationId, raw.id, refs);
  },
  detourRule(spec, { streams, stationIndex, cargoClassIds }) {
    if (spec.flaggedStationId === undefined) return null;
    const shares = Float64Array.from(flaggedShares(spec, cargoClassIds));
    const target = stationIndex(spec.flaggedStationId);
    const stream = streams.stream(`x-ray-flag:${spec.id}`);
    // One draw per scanned truck, flagged or not, so changing a share shifts no later draw.
    return (truck) => (stream.next() < shares[truck.cargoClass]! ? target : -1);
  },
  detours(spec, cargoClassIds) {
    if (spec.flaggedStationId === undefined) return [];
    return [
      {
        stationId: spec.flaggedStationId,
        shareByCargoClass: flaggedShares(spec, cargoClassIds),
      },
    ];
  },
};
