/** Running the compiled CLI (dist/, built by `npm run build`) from the page's tests. */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";

/** The compiled CLI. */
export const BIN = join(import.meta.dirname, "..", "..", "dist", "cli", "main.js");

/** The built page. */
export const PAGE = join(import.meta.dirname, "..", "..", "dist", "app", "planner.html");

/** Runs `gatesim …args` and returns stdout; throws with stderr when it fails. */
export function gatesim(...args: string[]): string {
  if (!existsSync(BIN)) throw new Error(`${BIN} is missing: run "npm run build" first`);
  const result = spawnSync("node", [BIN, ...args], { encoding: "utf8", timeout: 300_000 });
  if (result.status !== 0) {
    throw new Error(`gatesim ${args.join(" ")} exited ${result.status}: ${result.stderr}`);
  }
  return result.stdout;
}
