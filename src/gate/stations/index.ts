/**
 * The station kinds: the registry, the schema accepting any station (a discriminated union on
 * `kind`, so kind-specific fields exist only where they apply), and the dispatch from a station
 * to its kind's module. A new kind: one module, one registry line; nothing else switches on it.
 */
import { z } from "zod";
import type { Context } from "../scenario/raw-values.js";
import { type Path, report } from "../scenario/raw-values.js";
import { booth } from "./booth.js";
import { checkCommonReferences, checkStaffing } from "./common.js";
import { customs } from "./customs.js";
import { documentCheck } from "./document-check.js";
import { identityCheck } from "./identity-check.js";
import { inspection } from "./inspection.js";
import type { StationKind, StationReferences } from "./kind.js";
import { otherStation } from "./other.js";
import { quarantine } from "./quarantine.js";
import { shuttle } from "./shuttle.js";
import { transshipment } from "./transshipment.js";
import { xRayPortal } from "./x-ray-portal.js";

/** Every station kind by name. */
export const STATION_KINDS = {
  "identity-check": identityCheck,
  customs,
  "document-check": documentCheck,
  inspection,
  quarantine,
  transshipment,
  shuttle,
  booth,
  other: otherStation,
  "x-ray-portal": xRayPortal,
} as const;

type StationKindSchema = (typeof STATION_KINDS)[keyof typeof STATION_KINDS]["schema"];

/** A station of a scenario, tagged by `kind`. */
export const StationSchema = z.discriminatedUnion(
  "kind",
  Object.values(STATION_KINDS).map((kind) => kind.schema) as [
    StationKindSchema,
    ...StationKindSchema[],
  ],
);

/**
 * A station as configured, tagged by `kind`: the common fields plus its kind's own.
 * @useDeclaredType
 */
export type StationSpec = z.infer<typeof StationSchema>;
/** The names of the station kinds. */
export type StationKindName = StationSpec["kind"];

// The registry typed as a complete record: a kind in the schema without a module (or the other
// way round) fails to compile here.
const COMPLETE: {
  readonly [K in StationKindName]: StationKind<
    z.ZodType<Extract<StationSpec, { kind: K }>>,
    Extract<StationSpec, { kind: K }>
  >;
} = STATION_KINDS;

/** The module of a configured station's kind. */
export function stationKind(spec: StationSpec): AnyStationKind {
  // The registry holds each kind's module under its own name, so the cast only forgets which.
  return COMPLETE[spec.kind] as unknown as AnyStationKind;
}

/** A station kind's module seen through the union of all stations. */
type AnyStationKind = StationKind<z.ZodType<StationSpec>, StationSpec>;

/** The module of a raw `kind` value, or undefined (own properties only: "constructor" is no kind). */
function kindOfRaw(kind: unknown): AnyStationKind | undefined {
  return typeof kind === "string" && Object.hasOwn(COMPLETE, kind)
    ? (COMPLETE[kind as StationKindName] as unknown as AnyStationKind)
    : undefined;
}

/** Adds an issue for every cross-field rule the raw stations break: common ones, then their kind's. */
export function checkStations(
  ctx: Context,
  stations: readonly Readonly<Record<string, unknown>>[],
  refs: StationReferences,
): void {
  const seen = new Set<string>();
  stations.forEach((station, index) => {
    const path: Path = ["stations", index];
    const id = station.id;
    if (typeof id === "string") {
      if (seen.has(id))
        report(ctx, [...path, "id"], `expected a unique station id, received "${id}" twice`, id);
      seen.add(id);
    }
    checkStaffing(ctx, station, path);
    kindOfRaw(station.kind)?.check?.(ctx, station, path, refs);
    checkCommonReferences(ctx, station, path, refs);
  });
}
