/** `gatesim app --out`: the built page, written as a transaction; a bad target is exit 1. */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { BIN, PAGE } from "./cli.js";

describe("gatesim app", () => {
  it("writes the built page byte for byte and leaves no partial file", () => {
    const dir = mkdtempSync(join(tmpdir(), "gatesim-app-cli-"));
    const out = join(dir, "planner.html");
    const result = spawnSync("node", [BIN, "app", "--out", out], { encoding: "utf8" });
    expect(result.status).toBe(0);
    expect(result.stderr).toContain(`wrote the what-if page to ${out}`);
    expect(readFileSync(out).equals(readFileSync(PAGE))).toBe(true);
    expect(readdirSync(dir)).toEqual(["planner.html"]);
  });

  it("exits 1 naming the target when the folder cannot be written", () => {
    const out = join(tmpdir(), "no-such-folder-gatesim", "planner.html");
    const result = spawnSync("node", [BIN, "app", "--out", out, "--quiet"], { encoding: "utf8" });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`cannot write the what-if page to "${out}": ENOENT`);
  });

  it("exits 2 when --out is missing", () => {
    const result = spawnSync("node", [BIN, "app"], { encoding: "utf8" });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("--out");
  });
});
