import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseScenarioJson, preset, presetNames } from "../../src/gate/index.js";

const EXAMPLES = join(import.meta.dirname, "..", "..", "examples");

describe("the preset scenario files in examples/", () => {
  it.each(presetNames())("%s.json is valid and equals the library preset", (name) => {
    const text = readFileSync(join(EXAMPLES, `${name}.json`), "utf8");
    const parsed = parseScenarioJson(text);
    expect(parsed.ok).toBe(true);
    expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(preset(name))));
  });
});
