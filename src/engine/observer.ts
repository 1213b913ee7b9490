/**
 * The interface through which resources and buffers report level changes (queue length, busy
 * servers, stored items). The kernel computes no statistics itself: a time-weighted statistic
 * from `src/stats` (or any object with this method) subscribes and does the arithmetic.
 */
export interface LevelObserver {
  /** The observed level becomes `level` at simulated time `time` (non-decreasing). */
  update(time: number, level: number): void;
}

/**
 * Tells every observer in `observers` that the level is now `level` at `time`.
 * @internal
 */
export function notifyLevel(
  observers: readonly LevelObserver[],
  time: number,
  level: number,
): void {
  for (let i = 0; i < observers.length; i++) observers[i]!.update(time, level);
}
