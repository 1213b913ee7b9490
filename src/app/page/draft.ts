/**
 * The scenario being edited, as a plain JSON value, read and written by field path
 * (`stations.0.servers`). Validation is the library's (in the worker); this file only moves
 * values.
 */

/** A JSON object being edited. */
export type Draft = Record<string, unknown>;

function step(key: string): string | number {
  return /^\d+$/.test(key) ? Number(key) : key;
}

/** The value at `path`, or undefined. */
export function getAt(draft: unknown, path: string): unknown {
  let node: unknown = draft;
  for (const key of path.split(".")) {
    if (node === null || typeof node !== "object") return undefined;
    node = (node as Record<string | number, unknown>)[step(key)];
  }
  return node;
}

/** Sets the value at `path` (undefined deletes the key), creating objects on the way. */
export function setAt(draft: Draft, path: string, value: unknown): void {
  const keys = path.split(".");
  let node: Record<string | number, unknown> = draft;
  for (const key of keys.slice(0, -1)) {
    const next = node[step(key)];
    if (next === null || typeof next !== "object") node[step(key)] = {};
    node = node[step(key)] as Record<string | number, unknown>;
  }
  const last = step(keys[keys.length - 1]!);
  if (value === undefined && !Array.isArray(node)) delete node[last];
  else node[last] = value;
}

/** A deep copy of a JSON value. */
export function copy<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}
