/** Small formatting helpers shared by the scenario tables. */

/** "MET" / "MISSED" / "–" for `value` against a bound. */
export function verdict(value: number | undefined, ok: (v: number) => boolean): string {
  if (value === undefined || !Number.isFinite(value)) return "–";
  return ok(value) ? "MET" : "MISSED";
}

/** 2,409,096, or "–". */
export const count = (n: number | undefined) => (n === undefined ? "–" : n.toLocaleString("en-US"));
