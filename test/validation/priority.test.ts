import { PRIORITY, PRIORITY_PREEMPTIVE } from "./cases/index.js";
import { describeValidationCase } from "./harness.js";

describeValidationCase(PRIORITY, "quick");
describeValidationCase(PRIORITY_PREEMPTIVE, "quick");
