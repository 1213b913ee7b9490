import { MM1_RHO_05, MM1_RHO_09 } from "./cases/index.js";
import { describeValidationCase } from "./harness.js";

describeValidationCase(MM1_RHO_05, "quick");
describeValidationCase(MM1_RHO_09, "quick");
