import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import {
  corridorJsonSchema,
  corridorPreset,
  corridorPresetNames,
} from "../../src/corridor/index.js";
import { parseScenario, preset, presetNames, scenarioJsonSchema } from "../../src/gate/index.js";

/**
 * The JSON Schema that `gatesim schema` prints, checked by a real JSON Schema validator (ajv, as
 * editors use one): every shipped scenario validates, and one bad field is a handful of errors
 * about that field, not one per branch of every union it sits in.
 */
const EXAMPLES = join(import.meta.dirname, "..", "..", "examples");
const ajv = new Ajv2020({ allErrors: true, strict: false });
const validate = ajv.compile(scenarioJsonSchema());
const validateCorridor = ajv.compile(corridorJsonSchema());
const smart = () => JSON.parse(JSON.stringify(preset("huu-nghi-smart-2024")!));
const errorsOf = (doc: unknown) => (validate(doc) ? [] : (validate.errors ?? []));

describe("the scenario JSON Schema", () => {
  it("accepts every example file and every preset (corridor files by the corridor schema)", () => {
    const files = readdirSync(EXAMPLES).filter((name) => name.endsWith(".json"));
    expect(files.length).toBeGreaterThanOrEqual(presetNames().length);
    let corridors = 0;
    for (const name of files) {
      const doc = JSON.parse(readFileSync(join(EXAMPLES, name), "utf8"));
      if (Array.isArray(doc.gates)) {
        corridors++;
        expect(validateCorridor(doc) ? [] : validateCorridor.errors, name).toEqual([]);
      } else {
        expect(errorsOf(doc), name).toEqual([]);
      }
    }
    expect(corridors).toBeGreaterThan(0);
    for (const name of presetNames()) expect(errorsOf(preset(name)), name).toEqual([]);
    for (const name of corridorPresetNames()) {
      const doc = JSON.parse(JSON.stringify(corridorPreset(name)));
      expect(validateCorridor(doc) ? [] : validateCorridor.errors, name).toEqual([]);
    }
  });

  it.each([
    ["a misspelt duration field", (doc: any) => (doc.stations[2].serviceSeconds.mean = 90)],
    ["a string for a station's servers", (doc: any) => (doc.stations[2].servers = "many")],
    ["a field of another station kind", (doc: any) => (doc.stations[2].falseRejectShare = 0.1)],
    ["an arrival field of the wrong type", (doc: any) => (doc.arrivals.trucksPerDay = "lots")],
  ])("reports %s as a few errors at its path", (_what, spoil) => {
    const doc = smart();
    spoil(doc);
    const errors = errorsOf(doc);
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.length).toBeLessThanOrEqual(3);
    const path = errors.map((e) => e.instancePath).sort((a, b) => b.length - a.length)[0];
    expect(path).toMatch(/^\/(stations\/2|arrivals)/);
  });

  it("reports an unknown station kind as one error naming the kinds", () => {
    const doc = smart();
    doc.stations[2].kind = "teleporter";
    const errors = errorsOf(doc);
    expect(errors).toHaveLength(1);
    expect(errors[0]!.instancePath).toBe("/stations/2/kind");
    expect(errors[0]!.params).toMatchObject({ allowedValues: expect.arrayContaining(["customs"]) });
  });

  it("lets a scenario file name its schema with $schema, which the model ignores", () => {
    const doc = { $schema: "./scenario.schema.json", ...smart() };
    expect(errorsOf(doc)).toEqual([]);
    const withKey = parseScenario(doc);
    const without = parseScenario(smart());
    expect(withKey.ok && without.ok).toBe(true);
    if (withKey.ok && without.ok) {
      expect("$schema" in withKey.scenario).toBe(false);
      expect(withKey.scenario).toEqual(without.scenario);
    }
    expect(parseScenario({ ...doc, $schema: 3 }).ok).toBe(false);
  });
});
