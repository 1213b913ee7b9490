/** A manual booth: the identity check by hand, or the fallback for rejected smart scans. */
import { plainStationKind } from "./common.js";

/** `kind: "booth"`: the common station fields only; time counts as "identity". */
export const booth = plainStationKind(
  "booth",
  "identity",
  "A manual booth: the identity check by hand, or the fallback for rejected smart scans",
);
