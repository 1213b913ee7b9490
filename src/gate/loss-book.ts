/**
 * Trucks that left without clearing, by reason and cargo class: turned away by an admission
 * rule, balked at a long road queue, or reneged when their patience ran out.
 */
import type { LossKpis } from "./results.js";

/** Why a truck left without clearing. */
export const LOSS_REASONS = ["turnedAway", "balked", "reneged"] as const;
/** A reason for leaving. */
export type LossReason = (typeof LOSS_REASONS)[number];

/** Counts of lost trucks. */
export class LossBook {
  private readonly counts: Record<LossReason, Float64Array>;

  constructor(private readonly cargoClassIds: readonly string[]) {
    this.counts = {
      turnedAway: new Float64Array(cargoClassIds.length),
      balked: new Float64Array(cargoClassIds.length),
      reneged: new Float64Array(cargoClassIds.length),
    };
  }

  /** A truck of `cargoClass` left for `reason`. */
  add(reason: LossReason, cargoClass: number): void {
    this.counts[reason][cargoClass]! += 1;
  }

  /** Trucks lost for `reason`, all classes. */
  total(reason: LossReason): number {
    return this.counts[reason].reduce((sum, n) => sum + n, 0);
  }

  /** Losses by cargo class, with each class's share of its arrivals (`arrived[c]`). */
  byCargoClass(arrived: readonly number[]): Record<string, LossKpis> {
    return Object.fromEntries(
      this.cargoClassIds.map((id, c) => {
        const turnedAway = this.counts.turnedAway[c]!;
        const balked = this.counts.balked[c]!;
        const reneged = this.counts.reneged[c]!;
        const lost = turnedAway + balked + reneged;
        const came = arrived[c]!;
        return [
          id,
          { turnedAway, balked, reneged, shareOfArrivals: came > 0 ? lost / came : null },
        ];
      }),
    );
  }
}
