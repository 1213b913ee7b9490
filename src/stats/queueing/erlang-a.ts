/**
 * Palm's M/M/c+M queue ("Erlang-A"): Poisson arrivals, exponential service, c servers, FCFS,
 * unlimited waiting room, and customers who abandon the queue after an exponential patience.
 */
import { StatsError } from "../errors.js";
import { integerAtLeast, nonNegative, positive } from "../validate.js";
import { erlangBUnchecked } from "./erlang.js";

/** Options of {@link erlangA}. Rates are per unit time, in any one consistent time unit. */
export interface ErlangAOptions {
  /** λ, arrivals per unit time, >= 0. */
  readonly arrivalRate: number;
  /** μ, services per unit time per server (1 / mean service time), > 0. */
  readonly serviceRate: number;
  /** c, an integer >= 1. */
  readonly servers: number;
  /** θ, abandonments per unit time per waiting customer (1 / mean patience), > 0. */
  readonly abandonmentRate: number;
}

/**
 * Steady-state metrics of an M/M/c+M queue. Always stable (θ > 0 bounds the queue).
 * Times are in the time unit of the rates; probabilities are per arrival (PASTA).
 */
export interface ErlangAMetrics {
  /** P(an arrival finds all c servers busy and waits) = Σ_{n>=c} p_n. */
  readonly probabilityWait: number;
  /** P(an arrival abandons before service) = θ·Lq / λ. */
  readonly abandonmentProbability: number;
  /** Served customers per unit time, λ·(1 − P(abandon)) = μ·E[busy servers]. */
  readonly throughput: number;
  /** Mean busy servers / c, in [0, 1] (equals throughput / (c·μ)). */
  readonly utilisation: number;
  /** Lq, mean number waiting = Σ (n − c)⁺·p_n. */
  readonly meanQueueLength: number;
  /** L, mean number in system = E[busy servers] + Lq. */
  readonly meanNumberInSystem: number;
  /** Wq over all arrivals, abandoned ones counted until they leave: Lq / λ = P(abandon) / θ. */
  readonly meanWaitInQueue: number;
  /** Mean wait of the customers who are served (those not waiting count 0). */
  readonly meanWaitInQueueServed: number;
  /**
   * Mean time to abandonment of the customers who abandon. Defined for every input (as a limit
   * when abandonment is vanishingly rare: then it is the wait of one abandoning at the head).
   */
  readonly meanWaitInQueueAbandoned: number;
}

/** Queue states summed at most, per call; beyond it the tail is rejected, not truncated. */
const MAX_QUEUE_STATES = 10_000_000;
/** A tail bound below this share of a sum ends the summation. */
const TAIL_EPSILON = 1e-17;
/** Queue states whose weight is below this share of the largest one are left out. */
const NEGLIGIBLE = 1e-300;

/**
 * Steady-state metrics of Palm's M/M/c+M queue ("Erlang-A"): arrival rate λ, c servers of rate
 * μ, and each waiting customer abandons at rate θ (exponential patience from arrival; customers
 * in service never abandon). The birth–death chain has death rate nμ for n <= c and cμ + kθ with
 * k = n − c waiting. Its head n <= c is the Erlang loss distribution (from the Erlang B
 * recursion); its queue tail is summed outward from its largest term, scaled to 1 so nothing
 * overflows, and truncated once a geometric bound on every remaining sum is below 1e-17 of it.
 * Then P(abandon) = θ·Lq/λ and Wq = Lq/λ. The waits of the served and of the abandoning are exact
 * too: a customer finding k waiting is served with probability cμ/(cμ + (k+1)θ), after
 * Σ_{j=1}^{k+1} 1/(cμ + jθ) on average. Cost O(c + queue states): about (λ − cμ)/θ plus a few
 * √(λ/θ) states in overload, a few dozen otherwise.
 * @throws {StatsError} INVALID_ARGUMENT for a negative or non-finite arrival rate, a service or
 *   abandonment rate not finite and > 0, servers not an integer >= 1, a load λ/μ that
 *   overflows, or an abandonment rate so small against the overload that the queue spans more
 *   than 10^7 states (about (λ − cμ)/θ plus a few √(λ/θ)): use {@link mmc} when θ is negligible.
 * @example
 * // 10 trucks/h at 10 lanes of 1 truck/h each; drivers give up after 2 h on average
 * erlangA({ arrivalRate: 10, serviceRate: 1, servers: 10, abandonmentRate: 0.5 })
 *   .abandonmentProbability; // ≈ 0.104
 * erlangA({ arrivalRate: 1, serviceRate: 1, servers: 1, abandonmentRate: 1e9 })
 *   .abandonmentProbability; // ≈ 0.5 = erlangB(1, 1), patience too short to wait
 */
export function erlangA(options: ErlangAOptions): ErlangAMetrics {
  const api = "erlangA";
  const lambda = nonNegative(api, "arrivalRate", options.arrivalRate);
  const mu = positive(api, "serviceRate", options.serviceRate);
  const c = integerAtLeast(api, "servers", options.servers, 1);
  const theta = positive(api, "abandonmentRate", options.abandonmentRate);
  const a = lambda / mu;
  if (!Number.isFinite(a)) {
    throw new StatsError("INVALID_ARGUMENT", {
      api,
      path: "serviceRate",
      received: mu,
      expected: `a rate for which arrivalRate / serviceRate is finite (arrivalRate ${lambda})`,
    });
  }
  const cMu = c * mu;
  const tail = queueTail(api, lambda, cMu, theta);

  // Head n <= c: the Erlang loss distribution q_n ∝ a^n/n!. With B' = B(c−1, a),
  // q_c / Σ_{n<c} q_n = a·B'/c and the mean of n over n < c is a·(1 − B').
  const bPrev = erlangBUnchecked(c - 1, a);
  // log(p_{n>=c} mass / p_{n<c} mass) = log(a·B'/c) + log(Σ_k p_{c+k} / p_c)
  const logOdds = Math.log((a * bPrev) / c) + tail.logPeak + Math.log(tail.mass);
  const probabilityWait = 1 / (1 + Math.exp(-logOdds));
  const probabilityNoWait = 1 / (1 + Math.exp(logOdds));

  const abandonmentProbability = (probabilityWait * tail.abandon) / tail.mass;
  const servedProbability = probabilityNoWait + (probabilityWait * tail.served) / tail.mass;
  const meanQueueLength = (probabilityWait * tail.waiting) / tail.mass;
  const meanBusy = probabilityNoWait * a * (1 - bPrev) + c * probabilityWait;
  return {
    probabilityWait,
    abandonmentProbability,
    throughput: lambda * servedProbability,
    // clamped against rounding just above 1
    utilisation: Math.min(1, meanBusy / c),
    meanQueueLength,
    meanNumberInSystem: meanBusy + meanQueueLength,
    meanWaitInQueue: abandonmentProbability / theta,
    meanWaitInQueueServed: (probabilityWait * tail.servedWait) / tail.mass / servedProbability,
    meanWaitInQueueAbandoned: tail.abandonedWait / tail.abandon,
  };
}

/**
 * Sums over the queue states n = c + k, k >= 0, of w_k = p_{c+k} / p_c = Π_{j<=k} λ/(cμ + jθ),
 * each sum divided by e^logPeak, the largest w_k (+∞ when w_0 is below 1e-300 of it). Per
 * state: k waiting, the probability that an arrival then is served or abandons, and the mean
 * wait of those outcomes.
 */
interface QueueTail {
  readonly logPeak: number;
  readonly mass: number;
  readonly waiting: number;
  readonly served: number;
  readonly abandon: number;
  readonly servedWait: number;
  readonly abandonedWait: number;
}

function tooLong(api: string, theta: number, lambda: number, cMu: number): never {
  throw new StatsError("INVALID_ARGUMENT", {
    api,
    path: "abandonmentRate",
    received: theta,
    expected:
      `a rate large enough for the queue to fit in ${MAX_QUEUE_STATES} states ` +
      `(it grows like (arrivalRate − servers·serviceRate) / abandonmentRate + √(arrivalRate / ` +
      `abandonmentRate); arrivalRate ${lambda}, servers·serviceRate ${cMu})`,
  });
}

function queueTail(api: string, lambda: number, cMu: number, theta: number): QueueTail {
  // w_k rises while λ >= cμ + kθ, so its largest term is at the mode k* = ⌊(λ − cμ)/θ⌋. Past
  // it, log w falls like −m²θ/(2λ) after m more states, or at least by −ln ρ per state when
  // ρ = λ/(cμ) < 1: an estimate of the states needed rejects hopeless inputs before any loop.
  const excess = Math.max(0, (lambda - cMu) / theta);
  const width = Math.min(
    15 * Math.sqrt(lambda / theta),
    lambda < cMu ? 100 / -Math.log(lambda / cMu) : Number.POSITIVE_INFINITY,
  );
  if (excess + width > MAX_QUEUE_STATES) tooLong(api, theta, lambda, cMu);
  let mode = Math.floor(excess);
  while (mode > 0 && lambda < cMu + mode * theta) mode--;
  while (lambda >= cMu + (mode + 1) * theta) mode++;

  // Scaled so that w = 1 at the mode; down from it by w_{k−1} = w_k·(cμ + kθ)/λ to state 0,
  // or to the first state `low` below which every term is under 1e-300 (negligible).
  let w = 1;
  let low = mode;
  while (low > 0) {
    const below = (w * (cMu + low * theta)) / lambda;
    if (below < NEGLIGIBLE) break;
    w = below;
    low--;
  }
  const logPeak = low === 0 ? -Math.log(w) : Number.POSITIVE_INFINITY;

  let mass = 0;
  let waiting = 0;
  let served = 0;
  let abandon = 0;
  let servedWait = 0;
  let abandonedWait = 0;
  // h = Σ_{j=1}^{k+1} 1/(cμ + jθ): the mean time to reach service from position k + 1, given
  // it is reached; g = E[wait · 1{abandons}] from position k + 1. Both are running sums from
  // k = 0, so they are carried through the negligible states too.
  let h = 0;
  let g = 0;
  for (let k = 0; ; k++) {
    if (k >= MAX_QUEUE_STATES) tooLong(api, theta, lambda, cMu);
    const ahead = cMu + k * theta; // leaving rate of those ahead of a newcomer at position k+1
    const rate = cMu + (k + 1) * theta; // its own: those ahead plus its patience
    h += 1 / rate;
    // reaches position 1 with probability cμ/(cμ + kθ), abandons there with θ/rate after h
    g += (cMu / ahead) * (theta / rate) * h;
    if (k < low) continue;
    const pServed = 1 / (1 + ((k + 1) * theta) / cMu); // cμ / (cμ + (k+1)θ), telescoped
    const pAbandon = 1 / (1 + cMu / ((k + 1) * theta));
    mass += w;
    waiting += k * w;
    served += w * pServed;
    abandon += w * pAbandon;
    servedWait += w * pServed * h;
    abandonedWait += w * g;

    const ratio = lambda / rate; // w_{k+1} / w_k; decreasing in k
    if (ratio < 1) {
      // every later term is at most w·ratio^i: geometric bounds on what is left of each sum
      const rest = (w * ratio) / (1 - ratio);
      const restWaiting = w * ((k * ratio) / (1 - ratio) + ratio / (1 - ratio) ** 2);
      // a later state's mean waits are at most (k + 1)/(cμ), and the abandoning's also 1/θ
      const restTime = (restWaiting + rest) / cMu;
      if (
        rest <= TAIL_EPSILON * Math.min(mass, abandon) &&
        rest * pServed <= TAIL_EPSILON * served &&
        restWaiting <= TAIL_EPSILON * waiting &&
        restTime <= TAIL_EPSILON * servedWait &&
        Math.min(restTime, rest / theta) <= TAIL_EPSILON * abandonedWait
      ) {
        return { logPeak, mass, waiting, served, abandon, servedWait, abandonedWait };
      }
    }
    w *= ratio;
  }
}
