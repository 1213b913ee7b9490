/**
 * The time integral of how many items are inside something (trucks queued at a station, servers
 * busy, trucks in the yard), kept by Little's law instead of a level history: each item adds its
 * own stay. The integral over [start, t] is the completed stays plus, for the items still
 * inside, the time since they entered. Two additions per item and no per-change bookkeeping.
 */

/** Occupancy counted through entries and exits. */
export class Occupancy {
  /** Items inside now. */
  inside = 0;
  /** Most items inside at once. */
  max = 0;
  private entrySum = 0;
  private completedSum = 0;
  /** Start of the window the integral covers (0, or the time of the last `restart`). */
  private since = 0;

  /** An item enters at `nowSeconds`. */
  enter(nowSeconds: number): void {
    this.inside += 1;
    this.entrySum += nowSeconds;
    if (this.inside > this.max) this.max = this.inside;
  }

  /** The item that entered at `enteredSeconds` leaves at `nowSeconds`. */
  leave(enteredSeconds: number, nowSeconds: number): void {
    // An item that entered before the window started counts from the window's start.
    const counted = enteredSeconds > this.since ? enteredSeconds : this.since;
    this.inside -= 1;
    this.entrySum -= counted;
    this.completedSum += nowSeconds - counted;
  }

  /**
   * Starts a new window at `nowSeconds` (the end of a warm-up): the integral and the maximum
   * forget the past; items inside now count from now.
   */
  restart(nowSeconds: number): void {
    this.since = nowSeconds;
    this.completedSum = 0;
    this.entrySum = this.inside * nowSeconds;
    this.max = this.inside;
  }

  /** Item-seconds spent inside from the window's start up to `endSeconds`. */
  integral(endSeconds: number): number {
    return this.completedSum + this.inside * endSeconds - this.entrySum;
  }

  /** Mean items inside over [startSeconds, endSeconds], or null for an empty window. */
  mean(startSeconds: number, endSeconds: number): number | null {
    return endSeconds > startSeconds
      ? this.integral(endSeconds) / (endSeconds - startSeconds)
      : null;
  }
}
