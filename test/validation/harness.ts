/**
 * The validation harness (not a test file itself): a case runs R independent replications of a
 * queue model, each on its own RandomStreams (master seed, replication index), and
 * every claimed metric asserts that the analytic value lies inside the Student-t confidence
 * interval of the replication means: 95% per check in the everyday suite; in the long suite a
 * family-wise 95% (Bonferroni: 1 − 0.05/checks per check), because at 95% each of its ~27 checks
 * a fresh seed set fails one by chance about three times in four. No golden decimals: the seed
 * is fixed per case only so that a run is reproducible.
 *
 * With `GATESIM_VALIDATION_REPORT=1` every check appends one JSON line (case, metric, analytic
 * value, mean, CI, R, N, warm-up, seed) to `validation-report.jsonl` in `os.tmpdir()`, passing or
 * not; delete the file before a run to get a fresh table.
 */
import { appendFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { type ConfidenceInterval, confidenceInterval } from "../../src/stats/index.js";
import { masterSeedFor, replicate, type Sizing, type ValidationCase } from "./validation-case.js";

/** Identifies one check in messages and in the report. */
export interface CheckContext {
  readonly suite: "quick" | "long";
  readonly caseId: string;
  readonly title: string;
  readonly claim: string;
  readonly masterSeed: number;
  readonly sizing: Sizing;
  /** Confidence level of the interval, e.g. 0.95. */
  readonly confidence: number;
}

/**
 * Asserts that `analytic` lies in the `context.confidence` interval of `values` (one per
 * replication); the failure message names the case, the seed, the analytic value and the CI.
 */
export function expectInsideInterval(
  context: CheckContext,
  analytic: number,
  values: readonly number[],
): ConfidenceInterval {
  const ci = confidenceInterval(values, context.confidence);
  const lower = ci.lower ?? Number.NaN;
  const upper = ci.upper ?? Number.NaN;
  if (process.env.GATESIM_VALIDATION_REPORT === "1") report(context, analytic, ci);
  const { sizing } = context;
  const message =
    `${context.title}: ${context.claim}: analytic ${format(analytic)} is outside the ${levelText(context.confidence)} CI ` +
    `[${format(lower)}, ${format(upper)}] (mean ${format(ci.mean ?? Number.NaN)}; ` +
    `master seed ${context.masterSeed}, R = ${sizing.replications}, ` +
    `N = ${sizing.customers}, warm-up ${sizing.warmupCustomers})`;
  expect(analytic >= lower && analytic <= upper, message).toBe(true);
  return ci;
}

/**
 * Registers a `describe` block for the case: the replications run once (on the first check) and
 * every metric is one test.
 */
export function describeValidationCase<E>(
  validationCase: ValidationCase<E>,
  suite: "quick" | "long",
  timeoutMs?: number,
  confidence = 0.95,
): void {
  const sizing = suite === "quick" ? validationCase.quick : validationCase.long;
  const masterSeed = masterSeedFor(validationCase, suite);
  let results: E[] | undefined;
  const replications = () => {
    results ??= replicate(validationCase, sizing, masterSeed);
    return results;
  };
  describe(`${validationCase.title} (master seed ${masterSeed})`, () => {
    for (const metric of validationCase.metrics) {
      it(
        `${metric.claim}, inside the ${levelText(confidence)} CI of ${sizing.replications} replications of ${sizing.customers} customers`,
        () => {
          const values = replications().map(metric.estimate);
          expectInsideInterval(
            {
              suite,
              caseId: validationCase.id,
              title: validationCase.title,
              claim: metric.claim,
              masterSeed,
              sizing,
              confidence,
            },
            metric.analytic,
            values,
          );
        },
        timeoutMs,
      );
    }
  });
}

function report(context: CheckContext, analytic: number, ci: ConfidenceInterval): void {
  const line = {
    suite: context.suite,
    case: context.caseId,
    title: context.title,
    metric: context.claim,
    analytic,
    mean: ci.mean,
    lower: ci.lower,
    upper: ci.upper,
    halfWidth: ci.halfWidth,
    confidence: context.confidence,
    inside: ci.lower !== null && ci.upper !== null && analytic >= ci.lower && analytic <= ci.upper,
    replications: context.sizing.replications,
    customers: context.sizing.customers,
    warmupCustomers: context.sizing.warmupCustomers,
    masterSeed: context.masterSeed,
  };
  appendFileSync(join(tmpdir(), "validation-report.jsonl"), `${JSON.stringify(line)}\n`);
}

function levelText(confidence: number): string {
  return `${Number((confidence * 100).toPrecision(4))}%`;
}

function format(x: number): string {
  return Number.isFinite(x) ? x.toPrecision(6) : String(x);
}
