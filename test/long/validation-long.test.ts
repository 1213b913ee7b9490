/**
 * The queueing-theory validation cases of test/validation at full size: at least 10^6 customers
 * per case and 40 replications, so the confidence intervals are a few times narrower. Run with
 * `npm run test:long` (the vitest config only includes test/long when GATESIM_LONG is set).
 */
import { ALL_CASES } from "../validation/cases/index.js";
import { describeValidationCase } from "../validation/harness.js";

/** Per check; the first check of a case also runs its replications (up to ~30 s on a busy machine). */
const TIMEOUT_MS = 240_000;

/**
 * Family-wise 95% over every check of the suite (Bonferroni). At 95% per check, ~27 checks on a
 * fresh seed set fail one by chance about three times in four: the heavy-tailed M/G/1 case did
 * after the normal draws changed (seed 101302: 3.7917 just below [3.7930, 3.8642]), while eight
 * other seed sets of it gave a grand mean of 3.7992 ± 0.0125 around the analytic 3.7917.
 */
const CHECKS = ALL_CASES.reduce(
  (count, validationCase) => count + validationCase.metrics.length,
  0,
);
const FAMILY_WISE_CONFIDENCE = 1 - 0.05 / CHECKS;

for (const validationCase of ALL_CASES) {
  describeValidationCase(validationCase, "long", TIMEOUT_MS, FAMILY_WISE_CONFIDENCE);
}
