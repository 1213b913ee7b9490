/** Plant, animal or food quarantine of agricultural cargo. */
import { plainStationKind } from "./common.js";

/** `kind: "quarantine"`: the common station fields only; time counts as "quarantine". */
export const quarantine = plainStationKind(
  "quarantine",
  "quarantine",
  "Plant, animal or food quarantine of agricultural cargo",
);
