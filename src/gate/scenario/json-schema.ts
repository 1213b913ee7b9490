/**
 * The scenario format as a JSON Schema, for editors and other tools. Unions of kinds (stations,
 * arrivals, durations, changes) are written as one `if`/`then` per kind on the `kind` field,
 * not as a bare `oneOf`: a validator then checks a station against its own kind's fields only,
 * so one bad field is one error, not one per branch of the union.
 */
import { z } from "zod";
import { ScenarioSchema } from "./schema.js";

type JsonSchema = Record<string, unknown>;

/**
 * JSON Schema (draft 2020-12) of a scenario file.
 *
 * @example scenarioJsonSchema().title; // "gatesim scenario"
 */
export function scenarioJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(ScenarioSchema, { io: "input", unrepresentable: "any" });
  const defs = (schema.$defs ?? {}) as Record<string, JsonSchema>;
  return { ...(discriminate(schema, defs) as JsonSchema), title: "gatesim scenario" };
}

/** The `kind` constant of a union branch (following a local `$ref`), or undefined. */
function kindOf(branch: unknown, defs: Record<string, JsonSchema>): string | undefined {
  if (typeof branch !== "object" || branch === null) return undefined;
  const ref = (branch as JsonSchema).$ref;
  const target =
    typeof ref === "string" && ref.startsWith("#/$defs/")
      ? defs[ref.slice("#/$defs/".length)]
      : (branch as JsonSchema);
  const kind = (target?.properties as Record<string, JsonSchema> | undefined)?.kind?.const;
  return typeof kind === "string" ? kind : undefined;
}

/** Rewrites every `oneOf` whose branches each fix `kind` as `if`/`then` per kind, recursively. */
function discriminate(node: unknown, defs: Record<string, JsonSchema>): unknown {
  if (Array.isArray(node)) return node.map((item) => discriminate(item, defs));
  if (typeof node !== "object" || node === null) return node;
  const out: JsonSchema = {};
  for (const [key, value] of Object.entries(node)) out[key] = discriminate(value, defs);
  const branches = out.oneOf;
  if (!Array.isArray(branches)) return out;
  const kinds = branches.map((branch) => kindOf(branch, defs));
  if (kinds.some((kind) => kind === undefined) || new Set(kinds).size !== kinds.length) return out;
  const { oneOf: _union, ...rest } = out;
  return {
    ...rest,
    type: "object",
    required: ["kind"],
    properties: { kind: { enum: kinds } },
    allOf: branches.map((branch, i) => ({
      if: { properties: { kind: { const: kinds[i] } }, required: ["kind"] },
      // biome-ignore lint/suspicious/noThenProperty: JSON Schema's if/then keyword
      then: branch,
    })),
  };
}
