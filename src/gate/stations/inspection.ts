/** Physical inspection or X-ray scan (red channel). */
import { plainStationKind } from "./common.js";

/** `kind: "inspection"`: the common station fields only; time counts as "inspection". */
export const inspection = plainStationKind(
  "inspection",
  "inspection",
  "Physical inspection or X-ray scan (red channel)",
);
