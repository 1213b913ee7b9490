/**
 * The identity check of drivers and vehicles: paper documents at a manual gate, or QR code +
 * face + fingerprint in about 15 s at a smart gate. A smart check rejects a share of scans
 * (`falseRejectShare`); those trucks also pass the `fallbackStationId` station (a manual booth)
 * before their next step.
 */
import type { z } from "zod";
import { identifier, share } from "../scenario/fields.js";
import { isNumber, report } from "../scenario/raw-values.js";
import { checkStationReference, stationSchema } from "./common.js";
import type { StationKind } from "./kind.js";

const schema = stationSchema("identity-check", {
  /** Share of trucks a smart check rejects; they also pass `fallbackStationId`. */
  falseRejectShare: share
    .optional()
    .describe("Share of trucks a smart check rejects; they also pass fallbackStationId"),
  /**
   * The station (a manual booth) rejected trucks pass before their next step; required when
   * `falseRejectShare` is > 0.
   */
  fallbackStationId: identifier.optional(),
});

/** An identity-check station as configured. */
export type IdentityCheckSpec = z.infer<typeof schema>;

/** `kind: "identity-check"`. */
export const identityCheck: StationKind<typeof schema> = {
  schema,
  description: "Identity check of driver and vehicle; rejected scans detour to a fallback booth",
  segment: "identity",
  check(ctx, raw, path, refs) {
    const fallback = raw.fallbackStationId;
    if (isNumber(raw.falseRejectShare) && raw.falseRejectShare > 0 && fallback === undefined) {
      report(
        ctx,
        [...path, "fallbackStationId"],
        "expected a fallback station for a positive falseRejectShare",
        undefined,
      );
    }
    checkStationReference(ctx, [...path, "fallbackStationId"], fallback, raw.id, refs);
  },
  detourRule(spec, { streams, stationIndex }) {
    const rejectShare = spec.falseRejectShare ?? 0;
    if (rejectShare <= 0) return null;
    const booth = stationIndex(spec.fallbackStationId!);
    const stream = streams.stream(`false-reject:${spec.id}`);
    return () => (stream.next() < rejectShare ? booth : -1);
  },
  detours(spec, cargoClassIds) {
    const rejectShare = spec.falseRejectShare ?? 0;
    if (rejectShare <= 0 || spec.fallbackStationId === undefined) return [];
    return [
      {
        stationId: spec.fallbackStationId,
        shareByCargoClass: cargoClassIds.map(() => rejectShare),
      },
    ];
  },
};
