/**
 * The customs declaration. The pathway step that visits it with `assignsChannel` draws each
 * truck's risk channel (green, yellow, red) from its `channelShares`; later steps may apply to
 * some channels only (document check, physical inspection).
 */
import { z } from "zod";
import { share } from "../scenario/fields.js";
import { checkSum, record } from "../scenario/raw-values.js";
import { stationSchema } from "./common.js";
import type { StationKind } from "./kind.js";

const schema = stationSchema("customs", {
  /**
   * Customs risk channels: the share of trucks drawn into each (sums to 1). Which steps a
   * channel passes is up to the pathway (`when.channels`).
   */
  channelShares: z
    .strictObject({
      /** Share of trucks in the green channel (usually released on the declaration alone). */
      green: share,
      /** Share of trucks in the yellow channel (usually a document check). */
      yellow: share,
      /** Share of trucks in the red channel (usually a physical inspection). */
      red: share,
    })
    .describe("Customs risk channels; sums to 1"),
});

/** A customs station as configured. */
export type CustomsSpec = z.infer<typeof schema>;

/** `kind: "customs"`. */
export const customs: StationKind<typeof schema> = {
  schema,
  description: "Customs declaration; assigns the risk channel (green, yellow, red)",
  segment: "declaration",
  check(ctx, raw, path) {
    const channels = record(raw.channelShares);
    if (channels !== undefined) {
      checkSum(
        ctx,
        [...path, "channelShares"],
        [channels.green, channels.yellow, channels.red],
        "channel shares",
      );
    }
  },
  channelShares: (spec) => spec.channelShares,
};
