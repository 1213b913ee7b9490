import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, expectTypeOf, it } from "vitest";
import type {
  DeterministicOptions,
  DiscreteOptions,
  EmpiricalOptions,
  ErlangOptions,
  ExponentialOptions,
  GammaOptions,
  Issue,
  LognormalOptions,
  MixtureOptions,
  NormalOptions,
  PoissonArrivalsOptions,
  StatsErrorDetails,
  TriangularOptions,
  TruncatedNormalOptions,
  UniformOptions,
  WeibullOptions,
} from "../../src/index.js";
import * as gatesim from "../../src/index.js";

/** The public surface is hand-picked: adding or removing an export is a deliberate change here. */
const EXPECTED = [
  "AllOf",
  "AnyOf",
  "BufferRequestStatus",
  "CHANNELS",
  "CORRIDOR_KPIS",
  "CapacitySchedule",
  "Container",
  "CorridorError",
  "CorridorSchema",
  "DEFAULT_GENERATOR",
  "DEFAULT_MAX_TRUCKS_IN_SYSTEM",
  "DIRECTIONS",
  "EventState",
  "ExactQuantiles",
  "ExperimentError",
  "GATE_KPIS",
  "Interrupt",
  "MAX_PRIORITY",
  "MIN_PRIORITY",
  "PoissonArrivals",
  "Preempted",
  "Priority",
  "Process",
  "QuantileSketch",
  "RandomError",
  "RandomStream",
  "RandomStreams",
  "RateProfile",
  "Request",
  "RequestStatus",
  "Resource",
  "ResourceMonitor",
  "SEGMENTS",
  "ScenarioError",
  "ScenarioSchema",
  "ScheduledEvent",
  "SimEvent",
  "Simulation",
  "SimulationError",
  "StatsError",
  "Store",
  "Tally",
  "ThinningArrivals",
  "TimeWeighted",
  "Timeout",
  "TraceArrivals",
  "batchMeans",
  "comparePaired",
  "comparisonCsv",
  "comparisonJson",
  "comparisonTable",
  "confidenceInterval",
  "confidenceIntervalFromSnapshot",
  "corridorBottleneck",
  "corridorJsonSchema",
  "corridorKpis",
  "corridorModel",
  "corridorPreset",
  "corridorPresetNames",
  "corridorResourceNames",
  "createRateProfile",
  "createRunner",
  "createStream",
  "deterministic",
  "discrete",
  "empirical",
  "erlang",
  "erlangA",
  "erlangB",
  "erlangC",
  "exponential",
  "gamma",
  "gateBottleneck",
  "gateDetailKpis",
  "gateEventBudget",
  "gateLoad",
  "gateModel",
  "gateWarnings",
  "isCorridorShaped",
  "jackson",
  "lag1Autocorrelation",
  "loadCorridor",
  "loadScenario",
  "lognormal",
  "md1",
  "mg1",
  "mixture",
  "mm1PriorityNonPreemptive",
  "mmc",
  "mmck",
  "monitorCsv",
  "mser5",
  "nominalTrucksPerDay",
  "normal",
  "normalQuantile",
  "pairedDifference",
  "parseArrivalTrace",
  "parseCorridor",
  "parseCorridorJson",
  "parseScenario",
  "parseScenarioJson",
  "planCapacity",
  "planCsv",
  "planJson",
  "planTable",
  "poissonArrivals",
  "preset",
  "presetNames",
  "replicate",
  "replicateSync",
  "replicationJson",
  "replicationTable",
  "replicationsCsv",
  "runCorridor",
  "runGate",
  "runJson",
  "runTable",
  "scenarioJsonSchema",
  "serialRunner",
  "standardNormal",
  "studentT",
  "sweep",
  "sweepCsv",
  "sweepJson",
  "sweepTable",
  "textTable",
  "triangular",
  "truckRecordCsvRow",
  "truckRecordsCsvHeader",
  "truncatedNormal",
  "uniform",
  "weibull",
  "welchMovingAverage",
  "withCorridorParameter",
  "withCorridorServers",
  "withParameter",
  "withServers",
];

describe("the public API", () => {
  it("exports exactly the pinned names", () => {
    expect(Object.keys(gatesim).sort()).toEqual(EXPECTED);
  });

  it("exports by name the options type of every factory of the random layer", () => {
    expectTypeOf(gatesim.deterministic).parameters.toEqualTypeOf<[DeterministicOptions]>();
    expectTypeOf(gatesim.discrete).parameters.toEqualTypeOf<[DiscreteOptions]>();
    expectTypeOf(gatesim.empirical).parameters.toEqualTypeOf<[EmpiricalOptions]>();
    expectTypeOf(gatesim.erlang).parameters.toEqualTypeOf<[ErlangOptions]>();
    expectTypeOf(gatesim.exponential).parameters.toEqualTypeOf<[ExponentialOptions]>();
    expectTypeOf(gatesim.gamma).parameters.toEqualTypeOf<[GammaOptions]>();
    expectTypeOf(gatesim.lognormal).parameters.toEqualTypeOf<[LognormalOptions]>();
    expectTypeOf(gatesim.mixture).parameters.toEqualTypeOf<[MixtureOptions]>();
    expectTypeOf(gatesim.normal).parameters.toEqualTypeOf<[NormalOptions]>();
    expectTypeOf(gatesim.poissonArrivals).parameters.toEqualTypeOf<[PoissonArrivalsOptions]>();
    expectTypeOf(gatesim.triangular).parameters.toEqualTypeOf<[TriangularOptions]>();
    expectTypeOf(gatesim.truncatedNormal).parameters.toEqualTypeOf<[TruncatedNormalOptions]>();
    expectTypeOf(gatesim.uniform).parameters.toEqualTypeOf<[UniformOptions]>();
    expectTypeOf(gatesim.weibull).parameters.toEqualTypeOf<[WeibullOptions]>();
  });

  it("exports the one issue shape that the random and statistics errors carry", () => {
    expectTypeOf<gatesim.RandomError["issues"]>().toEqualTypeOf<readonly Issue[]>();
    expectTypeOf<gatesim.StatsError["issues"]>().toEqualTypeOf<readonly Issue[]>();
    expectTypeOf<StatsErrorDetails>().toHaveProperty("path").toEqualTypeOf<string>();
  });

  it("exports every type, class and function of src/ that the README names", () => {
    const declared = new Map<string, string>();
    for (const file of sourceFiles(join(ROOT, "src"))) {
      const text = readFileSync(file, "utf8");
      for (const match of text.matchAll(DECLARATION)) declared.set(match[1]!, file);
    }
    const readme = readFileSync(join(ROOT, "README.md"), "utf8");
    const entries =
      readFileSync(join(ROOT, "src", "index.ts"), "utf8") +
      readFileSync(join(ROOT, "src", "report", "charts", "index.ts"), "utf8");
    const missing = [...readme.matchAll(/`([A-Za-z_$][\w$]*)(\()?/g)]
      // Type and class names start upper-case; a function is named with its call, `name(`.
      .filter((match) => /^[A-Z]/.test(match[1]!) || match[2] === "(")
      .map((match) => match[1]!)
      .filter((name) => declared.has(name) && !new RegExp(`\\b${name}\\b`).test(entries));
    expect([...new Set(missing)]).toEqual([]);
  });
});

const ROOT = join(import.meta.dirname, "..", "..");
const DECLARATION =
  /^export (?:declare )?(?:abstract )?(?:class|interface|type|function|const|enum) ([A-Za-z_$][\w$]*)/gm;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return path.endsWith(".ts") ? [path] : [];
  });
}
