/** Any other station. */
import { plainStationKind } from "./common.js";

/** `kind: "other"`: the common station fields only; time counts as "release". */
export const otherStation = plainStationKind("other", "release", "Any other station");
