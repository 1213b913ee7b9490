/**
 * Turns duration specs of a scenario into distributions of the random layer, and picks the law
 * for a truck: by cargo class first, then by direction, then the station's default.
 */
import {
  type Distribution,
  deterministic,
  empirical,
  erlang,
  exponential,
  gamma,
  lognormal,
  mixture,
  triangular,
  truncatedNormal,
  uniform,
  weibull,
} from "../random/index.js";
import type { DurationSpec } from "./scenario/duration.js";
import type { CargoClassSpec, StationSpec } from "./scenario/schema.js";

/** The random-layer law for a duration spec (seconds). */
export function durationLaw(spec: DurationSpec): Distribution {
  switch (spec.kind) {
    case "deterministic":
      return deterministic({ value: spec.seconds });
    case "exponential":
      return exponential({ mean: spec.meanSeconds });
    case "uniform":
      return uniform({ min: spec.minSeconds, max: spec.maxSeconds });
    case "triangular":
      return triangular({ min: spec.minSeconds, mode: spec.modeSeconds, max: spec.maxSeconds });
    case "erlang":
      return erlang({ k: spec.k, mean: spec.meanSeconds });
    case "gamma":
      return gamma({ shape: spec.shape, mean: spec.meanSeconds });
    case "lognormal":
      return lognormal({ mean: spec.meanSeconds, sd: spec.sdSeconds });
    case "normal":
      return truncatedNormal({ mean: spec.meanSeconds, sd: spec.sdSeconds, min: 0 });
    case "weibull":
      return weibull({ shape: spec.shape, scale: spec.scaleSeconds });
    case "empirical":
      return empirical({ samples: spec.samplesSeconds, interpolate: spec.interpolate });
    case "mixture":
      return mixture({
        components: spec.components.map((part) => ({
          weight: part.weight,
          distribution: durationLaw(part.law),
        })),
      });
  }
}

/**
 * Service laws of one station as a table indexed by [direction][cargoClass], so the hot path
 * does one array lookup per truck.
 */
export function serviceLawTable(
  station: StationSpec,
  classes: readonly CargoClassSpec[],
): Distribution[][] {
  const base = durationLaw(station.serviceSeconds);
  const byDirection = [station.serviceByDirection?.export, station.serviceByDirection?.import].map(
    (spec) => (spec === undefined ? base : durationLaw(spec)),
  );
  const byClass = classes.map((cargo) => {
    const spec = station.serviceByCargoClass?.[cargo.id];
    return spec === undefined ? null : durationLaw(spec);
  });
  return [0, 1].map((direction) =>
    classes.map((_, index) => byClass[index] ?? byDirection[direction]!),
  );
}
