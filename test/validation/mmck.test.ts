import { MM2K6 } from "./cases/index.js";
import { describeValidationCase } from "./harness.js";

describeValidationCase(MM2K6, "quick");
