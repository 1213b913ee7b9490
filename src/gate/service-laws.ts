/**
 * A station's service laws as a table indexed by [direction][cargoClass]: by cargo class first,
 * then by direction, then the station's default — so the hot path does one array lookup per truck.
 */
import { ownValue } from "../common/index.js";
import type { Distribution } from "../random/index.js";
import { durationLaw } from "./durations/index.js";
import type { CargoClassSpec } from "./scenario/schema.js";
import type { StationSpec } from "./stations/index.js";

/** The service law of every direction × cargo class at `station`. */
export function serviceLawTable(
  station: StationSpec,
  classes: readonly CargoClassSpec[],
): Distribution[][] {
  const base = durationLaw(station.serviceSeconds);
  const byDirection = [station.serviceByDirection?.export, station.serviceByDirection?.import].map(
    (spec) => (spec === undefined ? base : durationLaw(spec)),
  );
  const byClass = classes.map((cargo) => {
    const spec = ownValue(station.serviceByCargoClass, cargo.id);
    return spec === undefined ? null : durationLaw(spec);
  });
  return [0, 1].map((direction) =>
    classes.map((_, index) => byClass[index] ?? byDirection[direction]!),
  );
}
