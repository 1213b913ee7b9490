/** Document check (yellow and red channels). */
import { plainStationKind } from "./common.js";

/** `kind: "document-check"`: the common station fields only; time counts as "inspection". */
export const documentCheck = plainStationKind(
  "document-check",
  "inspection",
  "Document check (yellow and red channels)",
);
