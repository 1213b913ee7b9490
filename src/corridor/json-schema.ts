/** The corridor format as a JSON Schema, for editors and other tools. */
import { z } from "zod";
import { CorridorSchema } from "./schema.js";

/** JSON Schema (draft 2020-12) of a corridor file. */
export function corridorJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(CorridorSchema, { io: "input", unrepresentable: "any" }),
    title: "gatesim corridor",
  } as Record<string, unknown>;
}
