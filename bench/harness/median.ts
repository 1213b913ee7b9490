/** Small summaries for repeated rounds. */

/** Median of the finite values; undefined when there are none. */
export function median(values: readonly (number | undefined)[]): number | undefined {
  const finite = values
    .filter((v): v is number => v !== undefined && Number.isFinite(v))
    .sort((a, b) => a - b);
  if (finite.length === 0) return undefined;
  const mid = finite.length >> 1;
  return finite.length % 2 === 1 ? finite[mid] : (finite[mid - 1]! + finite[mid]!) / 2;
}

/** Per-round ratios a[i] / b[i] (same round, same machine load), then their median. */
export function medianRatio(
  numerators: readonly (number | undefined)[],
  denominators: readonly (number | undefined)[],
): number | undefined {
  const ratios: (number | undefined)[] = [];
  for (let i = 0; i < numerators.length; i++) {
    const a = numerators[i];
    const b = denominators[Math.min(i, denominators.length - 1)];
    ratios.push(a !== undefined && b !== undefined && b > 0 ? a / b : undefined);
  }
  return median(ratios);
}
