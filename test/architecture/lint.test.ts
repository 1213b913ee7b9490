import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

/** Lint and format are part of the suite: a file Biome would change fails here. */
const ROOT = join(import.meta.dirname, "..", "..");

describe("the code base", () => {
  it("passes Biome's lint and format check", () => {
    const result = spawnSync(
      "node",
      [
        join(ROOT, "node_modules", "@biomejs", "biome", "bin", "biome"),
        "check",
        "src",
        "test",
        "bench",
        "examples",
      ],
      { cwd: ROOT, encoding: "utf8" },
    );
    expect(result.status, `${result.stdout}\n${result.stderr}`).toBe(0);
  });
});
