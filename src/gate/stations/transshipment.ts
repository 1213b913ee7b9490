/** Transshipment of cargo between the two sides' trucks. */
import { plainStationKind } from "./common.js";

/** `kind: "transshipment"`: the common station fields only; time counts as "release". */
export const transshipment = plainStationKind(
  "transshipment",
  "release",
  "Transshipment of cargo between the two sides' trucks",
);
