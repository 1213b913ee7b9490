import { MM4_RHO_05, MM4_RHO_09 } from "./cases/index.js";
import { describeValidationCase } from "./harness.js";

describeValidationCase(MM4_RHO_05, "quick");
describeValidationCase(MM4_RHO_09, "quick");
