import { TANDEM } from "./cases/index.js";
import { describeValidationCase } from "./harness.js";

describeValidationCase(TANDEM, "quick");
