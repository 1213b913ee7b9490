/** Opening windows (fromHour–toHour, wrapping past midnight when fromHour > toHour). */

/** Hours open per day of a window; 0 when it never opens. */
export function openHoursPerDay(window: { fromHour: number; toHour: number }): number {
  const { fromHour, toHour } = window;
  if (fromHour === toHour) return 0;
  return fromHour < toHour ? toHour - fromHour : 24 - fromHour + toHour;
}
