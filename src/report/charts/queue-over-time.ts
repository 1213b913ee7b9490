/**
 * Queues over time: trucks waiting on the road and in the station queues (summed over
 * stations), sampled at the model's interval, one colour per plan, dashed for stations.
 */

import { renderVegaLiteSvg, type VegaLiteLayer } from "./render.js";
import { colourScale, drainLayers, drainStartDay, type PlanRun, thinByMax } from "./series.js";
import { type ChartOptions, frame, planColour } from "./theme.js";

/** Options of {@link queueOverTimeChart}. */
export interface QueueOverTimeOptions extends ChartOptions {
  /** Most points drawn per line; longer series keep each bin's largest value. Default 1500. */
  readonly maxPoints?: number;
}

const ROAD = "on the road";
const STATIONS = "in station queues";

function totalStationQueue(stations: Record<string, readonly number[]>, length: number): number[] {
  const total = new Array<number>(length).fill(0);
  for (const queue of Object.values(stations)) {
    for (let i = 0; i < length; i++) total[i]! += queue[i] ?? 0;
  }
  return total;
}

/**
 * An SVG line chart of the road queue and the total station queue over time (x in days since
 * the start of the run) for each plan; the drain period, if any, is shaded.
 *
 * @example
 * const manualRun = runGate({ ...preset("huu-nghi-manual-2019")!, horizonDays: 2 }, { seed: "1" });
 * const smartRun = runGate({ ...preset("huu-nghi-smart-2024")!, horizonDays: 2 }, { seed: "1" });
 * const svg = await queueOverTimeChart([
 *   { name: "manual-2019", result: manualRun },
 *   { name: "smart-2024", result: smartRun },
 * ]);
 * svg.startsWith("<svg"); // true
 */
export async function queueOverTimeChart(
  series: readonly PlanRun[],
  options: QueueOverTimeOptions = {},
): Promise<string> {
  const maxPoints = options.maxPoints ?? 1500;
  const values: Array<{ plan: string; queue: string; day: number; trucks: number }> = [];
  for (const { name, result } of series) {
    const q = result.queueOverTime;
    const days = (index: number) => (index * q.intervalHours) / 24;
    const stations = totalStationQueue(q.stations, q.road.length);
    for (const [index, trucks] of thinByMax(q.road, maxPoints)) {
      values.push({ plan: name, queue: ROAD, day: days(index), trucks });
    }
    for (const [index, trucks] of thinByMax(stations, maxPoints)) {
      values.push({ plan: name, queue: STATIONS, day: days(index), trucks });
    }
  }
  const names = series.map((s) => s.name);
  const drain = drainStartDay(series);
  const layers: VegaLiteLayer[] = [];
  if (drain !== null) {
    const end = drain + series[0]!.result.drainDays;
    layers.push(...drainLayers(drain, end, { field: "day", type: "quantitative" }));
  }
  layers.push({
    data: { values },
    mark: { type: "line", strokeWidth: 1.6, interpolate: "step-after" },
    encoding: {
      x: { field: "day", type: "quantitative", title: "days since start" },
      y: { field: "trucks", type: "quantitative", title: "trucks waiting" },
      color: {
        field: "plan",
        type: "nominal",
        title: "plan",
        scale: colourScale(
          names,
          names.map((_, i) => planColour(i)),
        ),
      },
      strokeDash: {
        field: "queue",
        type: "nominal",
        title: "where",
        scale: {
          domain: [ROAD, STATIONS],
          range: [
            [1, 0],
            [5, 3],
          ],
        },
      },
      detail: { field: "queue" },
    },
  });
  return renderVegaLiteSvg(
    { ...frame(options, "Trucks waiting over time"), layer: layers },
    options.idPrefix ?? "queue-over-time-",
  );
}
