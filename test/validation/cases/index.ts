/** Every validation case (not a test file itself). */
import type { ValidationCase } from "../validation-case.js";
import { MD1_RHO_08, MG1_LOGNORMAL } from "./mg1.js";
import { MM1_RHO_05, MM1_RHO_09, MM4_RHO_05, MM4_RHO_09, MM8_PROCESSES } from "./mmc.js";
import { MM2K6 } from "./mmck.js";
import { PRIORITY, PRIORITY_PREEMPTIVE } from "./priority.js";
import { TANDEM } from "./tandem.js";

export {
  MD1_RHO_08,
  MG1_LOGNORMAL,
  MM1_RHO_05,
  MM1_RHO_09,
  MM2K6,
  MM4_RHO_05,
  MM4_RHO_09,
  MM8_PROCESSES,
  PRIORITY,
  PRIORITY_PREEMPTIVE,
  TANDEM,
};

/** Every case, for the long suite. */
export const ALL_CASES: readonly ValidationCase<any>[] = [
  MM1_RHO_05,
  MM1_RHO_09,
  MM4_RHO_05,
  MM4_RHO_09,
  MD1_RHO_08,
  MG1_LOGNORMAL,
  MM2K6,
  TANDEM,
  PRIORITY,
  PRIORITY_PREEMPTIVE,
  MM8_PROCESSES,
];
