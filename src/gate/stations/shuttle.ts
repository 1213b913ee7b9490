/** Shuttles or tractors crossing the border line. */
import { plainStationKind } from "./common.js";

/** `kind: "shuttle"`: the common station fields only; time counts as "release". */
export const shuttle = plainStationKind(
  "shuttle",
  "release",
  "Shuttles or tractors crossing the border line",
);
