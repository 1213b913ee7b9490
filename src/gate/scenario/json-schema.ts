/** The scenario format as a JSON Schema, for editors and other tools. */
import { z } from "zod";
import { ScenarioSchema } from "./schema.js";

/** JSON Schema (draft 2020-12) of a scenario file. */
export function scenarioJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(ScenarioSchema, { io: "input", unrepresentable: "any" }),
    title: "gatesim scenario",
  } as Record<string, unknown>;
}
