/**
 * Open Jackson networks of M/M/c stations: solve the traffic equations, then treat every
 * station as an independent M/M/c queue (Jackson's theorem).
 */
import { StatsError } from "../errors.js";
import { integerAtLeast, nonNegative, positive } from "../validate.js";
import type { QueueMetrics } from "./metrics.js";
import { mmcUnchecked } from "./mmc.js";

/** One station of a {@link jackson} network. */
export interface JacksonStationOptions {
  /** c, an integer >= 1. */
  readonly servers: number;
  /** μ, services per unit time per server, > 0. */
  readonly serviceRate: number;
  /**
   * `routing[j]` = probability that a customer leaving this station goes next to station j;
   * the rest (1 - Σ) leave the network. Length = number of stations, entries in [0, 1], sum
   * <= 1. Default: tandem — on to the next station with probability 1, out after the last.
   */
  readonly routing?: readonly number[];
}

/** Options of {@link jackson}. Rates are per unit time, in any one consistent time unit. */
export interface JacksonOptions {
  /**
   * External (Poisson) arrivals per unit time: a number enters at station 0, or one rate
   * per station. The total must be > 0.
   */
  readonly externalArrivalRate: number | readonly number[];
  /** The stations, at least one; station i is `stations[i]` in routing vectors. */
  readonly stations: readonly JacksonStationOptions[];
}

/** Per-station result: M/M/c metrics at the station's total arrival rate. */
export type JacksonStationMetrics = QueueMetrics & {
  /** λ_i, total arrival rate at the station (external + routed). */
  readonly arrivalRate: number;
  /** Mean visits per customer entering the network, λ_i / Σγ. */
  readonly visitRatio: number;
};

/** Result of {@link jackson}. Network totals are `null` if any station is unstable. */
export interface JacksonMetrics {
  /** True when every station has ρ_i < 1. */
  readonly stable: boolean;
  /** Σγ, total external arrival rate. */
  readonly totalArrivalRate: number;
  /** Each station's metrics, in the order of the options. */
  readonly stations: readonly JacksonStationMetrics[];
  /** Σ L_i, mean number in the network. */
  readonly meanNumberInSystem: number | null;
  /** Mean time from entering to leaving the network, Σ L_i / Σγ (Little's law). */
  readonly meanTimeInSystem: number | null;
}

/**
 * Open Jackson network of M/M/c stations (e.g. gate → document check → customs, with some
 * trucks sent back or on to inspection). Solves λ = γ + Pᵀλ by Gaussian elimination with
 * partial pivoting, then applies M/M/c at each station.
 * @throws {StatsError} INVALID_ARGUMENT for bad rates, servers or routing (the parameter is
 *   named, e.g. `stations[1].routing[0]`); SINGULAR_ROUTING if customers can never leave.
 * @example
 * // two stations in tandem: time in system is the sum of the two M/M/1 times
 * jackson({ externalArrivalRate: 0.5, stations: [{ servers: 1, serviceRate: 1 },
 *   { servers: 1, serviceRate: 2 }] }).meanTimeInSystem; // 2.6666... = 1/(1 − 0.5) + 1/(2 − 0.5)
 */
export function jackson(options: JacksonOptions): JacksonMetrics {
  const api = "jackson";
  const m = options.stations.length;
  integerAtLeast(api, "stations.length", m, 1);
  const gamma = externalRates(api, options.externalArrivalRate, m);
  let totalArrivalRate = 0;
  for (const g of gamma) totalArrivalRate += g;
  if (!(totalArrivalRate > 0)) {
    positive(api, "externalArrivalRate (total)", totalArrivalRate);
  }
  // A = I - Pᵀ, so that A·λ = γ.
  const a: number[][] = [];
  for (let i = 0; i < m; i++) a.push(new Array<number>(m).fill(0));
  options.stations.forEach((s, i) => {
    integerAtLeast(api, `stations[${i}].servers`, s.servers, 1);
    positive(api, `stations[${i}].serviceRate`, s.serviceRate);
    const row = routingRow(api, s.routing, i, m);
    a[i]![i]! += 1;
    for (let j = 0; j < m; j++) a[j]![i]! -= row[j]!;
  });
  const lambda = solve(a, gamma);
  let stable = true;
  let totalNumber = 0;
  const stations = options.stations.map((s, i) => {
    const rate = Math.max(0, lambda[i]!);
    const metrics = mmcUnchecked(rate, s.serviceRate, s.servers);
    if (metrics.stable) totalNumber += metrics.meanNumberInSystem;
    else stable = false;
    return { ...metrics, arrivalRate: rate, visitRatio: rate / totalArrivalRate };
  });
  return {
    stable,
    totalArrivalRate,
    stations,
    meanNumberInSystem: stable ? totalNumber : null,
    meanTimeInSystem: stable ? totalNumber / totalArrivalRate : null,
  };
}

function externalRates(api: string, rate: number | readonly number[], m: number): number[] {
  if (typeof rate === "number") {
    const out = new Array<number>(m).fill(0);
    out[0] = nonNegative(api, "externalArrivalRate", rate);
    return out;
  }
  if (!Array.isArray(rate) || rate.length !== m) {
    throw new StatsError("INVALID_ARGUMENT", {
      api,
      path: "externalArrivalRate",
      received: rate,
      ...(Array.isArray(rate) ? { receivedText: `an array of length ${rate.length}` } : {}),
      expected: `a number or an array of ${m} rates (one per station)`,
    });
  }
  return rate.map((r, i) => nonNegative(api, `externalArrivalRate[${i}]`, r));
}

function routingRow(
  api: string,
  routing: readonly number[] | undefined,
  i: number,
  m: number,
): readonly number[] {
  if (routing === undefined) {
    const row = new Array<number>(m).fill(0);
    if (i + 1 < m) row[i + 1] = 1;
    return row;
  }
  const path = `stations[${i}].routing`;
  if (!Array.isArray(routing) || routing.length !== m) {
    throw new StatsError("INVALID_ARGUMENT", {
      api,
      path,
      received: routing,
      ...(Array.isArray(routing) ? { receivedText: `an array of length ${routing.length}` } : {}),
      expected: `an array of ${m} probabilities (one per station)`,
    });
  }
  let sum = 0;
  routing.forEach((p, j) => {
    if (!(p >= 0 && p <= 1)) {
      throw new StatsError("INVALID_ARGUMENT", {
        api,
        path: `${path}[${j}]`,
        received: p,
        expected: "a probability in [0, 1]",
      });
    }
    sum += p;
  });
  if (sum > 1 + 1e-9) {
    throw new StatsError("INVALID_ARGUMENT", {
      api,
      path,
      received: routing,
      receivedText: `probabilities summing to ${sum}`,
      expected: "probabilities summing to at most 1",
    });
  }
  return routing;
}

/** Solves a·x = b in place (a is m×m), Gaussian elimination with partial pivoting. */
function solve(a: number[][], b: number[]): number[] {
  const m = b.length;
  for (let col = 0; col < m; col++) {
    let pivot = col;
    for (let r = col + 1; r < m; r++) {
      if (Math.abs(a[r]![col]!) > Math.abs(a[pivot]![col]!)) pivot = r;
    }
    if (Math.abs(a[pivot]![col]!) < 1e-12) {
      throw new StatsError("SINGULAR_ROUTING", {
        api: "jackson",
        path: "stations[].routing",
        received: undefined,
        receivedText: `a routing with no exit reachable from station ${col}`,
        expected: "a routing from which every customer eventually leaves the network",
      });
    }
    [a[col], a[pivot]] = [a[pivot]!, a[col]!];
    [b[col], b[pivot]] = [b[pivot]!, b[col]!];
    const rowC = a[col]!;
    for (let r = col + 1; r < m; r++) {
      const rowR = a[r]!;
      const f = rowR[col]! / rowC[col]!;
      if (f === 0) continue;
      for (let k = col; k < m; k++) rowR[k]! -= f * rowC[k]!;
      b[r]! -= f * b[col]!;
    }
  }
  const x = new Array<number>(m).fill(0);
  for (let r = m - 1; r >= 0; r--) {
    const row = a[r]!;
    let s = b[r]!;
    for (let k = r + 1; k < m; k++) s -= row[k]! * x[k]!;
    x[r] = s / row[r]!;
  }
  return x;
}
