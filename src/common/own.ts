/**
 * Lookups by a name that comes from input (a preset, a cargo class id, a parameter path), safe
 * for names every object inherits (`constructor`, `toString`, `__proto__`): only an object's own
 * properties count, and a path segment that would reach a prototype is refused.
 */

/** Names that would reach or replace an object's prototype when used as a property key. */
const PROTOTYPE_KEYS: ReadonlySet<string> = new Set(["__proto__", "constructor", "prototype"]);

/**
 * The value of `record`'s own property `key`, or undefined when `record` has none (inherited
 * properties such as `toString` do not count).
 *
 * @example ownValue({ a: 1 }, "a") // 1
 * @example ownValue({ a: 1 }, "constructor") // undefined
 */
export function ownValue<T>(
  record: Readonly<Record<string, T>> | undefined | null,
  key: string,
): T | undefined {
  if (record === undefined || record === null) return undefined;
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

/**
 * Whether `key` names an object's prototype machinery (`__proto__`, `constructor`,
 * `prototype`): such a segment in a path from input is refused, never followed.
 *
 * @example isPrototypeKey("__proto__") // true
 * @example isPrototypeKey("servers") // false
 */
export function isPrototypeKey(key: string): boolean {
  return PROTOTYPE_KEYS.has(key);
}
