/**
 * Streaming time-in-system statistics for trucks that cleared, overall and by group. Bounded
 * memory: a tally, a quantile sketch and counters per group, whatever the number of trucks.
 */
import { QuantileSketch, Tally } from "../stats/index.js";
import type { SegmentMinutes, TimeInSystemKpis } from "./results.js";
import { SEGMENTS } from "./truck.js";

const DAY_SECONDS = 86_400;

/** Time-in-system statistics of one group of trucks. */
export class GroupRecorder {
  private readonly seconds = new Tally();
  private readonly quantiles = new QuantileSketch({ resolution: 1 });
  private within24h = 0;
  private withinTarget = 0;
  spoiled = 0;

  constructor(private readonly targetSeconds: number) {}

  add(timeInSystemSeconds: number, spoiled: boolean): void {
    this.seconds.add(timeInSystemSeconds);
    this.quantiles.add(timeInSystemSeconds);
    if (timeInSystemSeconds <= DAY_SECONDS) this.within24h += 1;
    if (timeInSystemSeconds <= this.targetSeconds) this.withinTarget += 1;
    if (spoiled) this.spoiled += 1;
  }

  kpis(): TimeInSystemKpis {
    const n = this.seconds.count;
    const hours = (seconds: number | null) => (seconds === null ? null : seconds / 3600);
    return {
      cleared: n,
      meanHours: hours(this.seconds.mean),
      p50Hours: hours(this.quantiles.quantile(0.5)),
      p90Hours: hours(this.quantiles.quantile(0.9)),
      p99Hours: hours(this.quantiles.quantile(0.99)),
      maxHours: hours(this.seconds.max),
      shareWithin24h: n > 0 ? this.within24h / n : null,
      shareWithinTarget: n > 0 ? this.withinTarget / n : null,
      spoiled: this.spoiled,
    };
  }
}

/** Mean seconds per Time Release Study segment for a group of trucks. */
export class SegmentRecorder {
  private readonly totals = new Float64Array(SEGMENTS.length);
  private count = 0;

  add(segmentSeconds: Float64Array): void {
    for (let i = 0; i < segmentSeconds.length; i++) this.totals[i]! += segmentSeconds[i]!;
    this.count += 1;
  }

  meanMinutes(): SegmentMinutes {
    const result = {} as Record<string, number | null>;
    SEGMENTS.forEach((segment, i) => {
      result[segment] = this.count > 0 ? this.totals[i]! / this.count / 60 : null;
    });
    return result as SegmentMinutes;
  }
}
