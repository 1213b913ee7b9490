import { MD1_RHO_08, MG1_LOGNORMAL } from "./cases/index.js";
import { describeValidationCase } from "./harness.js";

describeValidationCase(MD1_RHO_08, "quick");
describeValidationCase(MG1_LOGNORMAL, "quick");
