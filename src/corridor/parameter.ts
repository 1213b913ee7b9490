/**
 * One parameter of a corridor changed, for sweeps: a dotted path where list items are addressed
 * by id (`gates.huu-nghi.scenario.stations.customs.servers`, `demand.arrivals.trucksPerDay`,
 * `routing.refreshMinutes`), the result validated again.
 */
import { makeIssue } from "../common/index.js";
import { CorridorError, loadCorridor } from "./parse.js";
import type { Corridor } from "./schema.js";

const EXPECTED =
  "a parameter path of the corridor (list items by id, e.g. gates.huu-nghi.scenario.stations.customs.servers)";

/**
 * A copy of `corridor` with the value at `path` replaced, validated again.
 * @throws CorridorError when the path does not exist or the result is invalid.
 * @example withCorridorParameter(corridorPreset("lang-son-corridor")!, "routing.refreshMinutes", 0).routing // { kind: "shortest-expected-wait", refreshMinutes: 0 }
 */
export function withCorridorParameter(corridor: Corridor, path: string, value: unknown): Corridor {
  const copy = structuredClone(corridor) as unknown as Record<string, unknown>;
  const parts = path.split(".");
  let node: unknown = copy;
  for (let i = 0; i < parts.length - 1; i++) {
    const part = parts[i]!;
    if (Array.isArray(node)) {
      node = node.find((item) => (item as { id?: unknown }).id === part) ?? node[Number(part)];
    } else if (typeof node === "object" && node !== null) {
      node = (node as Record<string, unknown>)[part];
    } else {
      node = undefined;
    }
    if (node === undefined || node === null || typeof node !== "object") {
      const where = parts.slice(0, i + 1).join(".");
      throw new CorridorError([
        makeIssue(path, EXPECTED, undefined, `"${where}", which does not exist`),
      ]);
    }
  }
  (node as Record<string, unknown>)[parts[parts.length - 1]!] = value;
  return loadCorridor(copy);
}
