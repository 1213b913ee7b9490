/**
 * Public surface of the random layer: seeded streams, named substreams, distributions,
 * arrival processes and trace replay. Named exports only.
 *
 * @module
 */
export type { ArrivalProcess } from "./arrival-process.js";
export type { Distribution } from "./distribution.js";
export {
  type Deterministic,
  type DeterministicOptions,
  deterministic,
} from "./distributions/deterministic.js";
export { type Discrete, type DiscreteOptions, discrete } from "./distributions/discrete.js";
export { type Empirical, type EmpiricalOptions, empirical } from "./distributions/empirical.js";
export { type Erlang, type ErlangOptions, erlang } from "./distributions/erlang.js";
export {
  type Exponential,
  type ExponentialOptions,
  exponential,
} from "./distributions/exponential.js";
export { type Gamma, type GammaOptions, gamma } from "./distributions/gamma.js";
export { type Lognormal, type LognormalOptions, lognormal } from "./distributions/lognormal.js";
export {
  type Mixture,
  type MixtureComponent,
  type MixtureOptions,
  mixture,
} from "./distributions/mixture.js";
export { type Normal, type NormalOptions, normal } from "./distributions/normal.js";
export { normalQuantile, standardNormal } from "./distributions/standard-normal.js";
export {
  type Triangular,
  type TriangularOptions,
  triangular,
} from "./distributions/triangular.js";
export {
  type TruncatedNormal,
  type TruncatedNormalOptions,
  truncatedNormal,
} from "./distributions/truncated-normal.js";
export { type Uniform, type UniformOptions, uniform } from "./distributions/uniform.js";
export { type Weibull, type WeibullOptions, weibull } from "./distributions/weibull.js";
export { RandomError, type RandomErrorCode } from "./errors.js";
export {
  PoissonArrivals,
  type PoissonArrivalsOptions,
  poissonArrivals,
} from "./poisson-arrivals.js";
export {
  createRateProfile,
  RateProfile,
  type RateProfileSpec,
  type SeasonalMultiplier,
} from "./rate-profile.js";
export {
  createStream,
  DEFAULT_GENERATOR,
  type GeneratorName,
  RandomStream,
  type RandomStreamOptions,
} from "./stream.js";
export { RandomStreams, type RandomStreamsOptions } from "./streams.js";
export { ThinningArrivals } from "./thinning.js";
export { parseArrivalTrace, TraceArrivals, type TraceFormat } from "./trace.js";
