/**
 * The queueing-theory validation cases of test/validation at full size: at least 10^6 customers
 * per case and 40 replications, so the confidence intervals are a few times narrower. Run with
 * `npm run test:long` (the vitest config only includes test/long when GATESIM_LONG is set).
 */
import { ALL_CASES } from "../validation/cases/index.js";
import { describeValidationCase } from "../validation/harness.js";

/** Per check; the first check of a case also runs its replications (up to ~30 s on a busy machine). */
const TIMEOUT_MS = 240_000;

for (const validationCase of ALL_CASES) {
  describeValidationCase(validationCase, "long", TIMEOUT_MS);
}
