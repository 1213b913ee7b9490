/**
 * The truck-level parts of a run's result, read off the ledger at the end of the run: counts,
 * throughput, backlog, time in system overall and by group, losses, cohorts, outcomes by
 * arrival day and Time Release Study segments. The trucks still in the system are walked once
 * here (spoilage while waiting, cohorts and arrival days of those left).
 */
import { SECONDS_PER_HOUR } from "../common/index.js";
import { CHANNEL_NAMES, DIRECTIONS } from "./encoding.js";
import type { CohortKpis } from "./results.js";
import { SegmentRecorder } from "./truck-kpis.js";
import type { LedgerSummary, TruckLedger } from "./truck-ledger.js";

/** The truck-level parts of the result at `endSeconds`. */
export function summariseLedger(
  ledger: TruckLedger,
  endSeconds: number,
  onRoadAtEnd: number,
): LedgerSummary {
  const scenario = ledger.scenario;
  const horizon = scenario.horizonDays;
  const days = ledger.totalDays;
  const leftByDay = new Float64Array(days);
  const spoiledLeftByDay = new Float64Array(days);
  const leftByCohort = [0, 0];
  const spoiledLeftByCohort = [0, 0];
  for (let truck = ledger.firstInSystem; truck !== null; truck = truck.nextInSystem) {
    const cohort = truck.initial ? 1 : 0;
    const day = ledger.byArrivalDay.dayOf(truck.arrivalSeconds);
    const spoiled = endSeconds - truck.arrivalSeconds > ledger.shelfLifeSeconds[truck.cargoClass]!;
    leftByCohort[cohort]! += 1;
    if (day >= 0 && day < days) leftByDay[day]! += 1;
    if (!spoiled) continue;
    if (day >= 0 && day < days) spoiledLeftByDay[day]! += 1;
    if (ledger.measured(truck)) spoiledLeftByCohort[cohort]! += 1;
  }
  const spoiled = ledger.spoiledCleared + spoiledLeftByCohort[0]! + spoiledLeftByCohort[1]!;
  const warmupDays = ledger.warmupDays;
  const measuredDays = horizon - warmupDays;
  const clearedInHorizon = Array.from(ledger.clearedPerDay.subarray(warmupDays, horizon));
  const meanClearedPerDay = clearedInHorizon.reduce((sum, n) => sum + n, 0) / measuredDays;
  const backlog = Array.from(ledger.backlogAtStartOfDay);
  const targetTrucks = scenario.backlogTargetTrucks ?? 0;
  const named = <T>(names: readonly string[], values: readonly T[]) =>
    Object.fromEntries(names.map((name, i) => [name, values[i]!])) as Record<string, T>;
  const classIds = scenario.trucks.cargoClasses.map((cargo) => cargo.id);
  const book = ledger.timeInSystem;
  const losses = ledger.losses;
  const cohort = (index: number, trucks: number): CohortKpis => ({
    trucks,
    cleared: ledger.clearedByCohort[index]!,
    lost: ledger.lostByCohort[index]!,
    inSystemAtEnd: leftByCohort[index]!,
    spoiled: book.kpis((_d, _c, _k, of) => of === index).spoiled + spoiledLeftByCohort[index]!,
    timeInSystem: book.kpis((_d, _c, _k, of) => of === index),
  });
  return {
    trucks: {
      initial: ledger.initial,
      arrived: ledger.arrived,
      cleared: ledger.cleared,
      inSystemAtEnd: ledger.inSystem,
      onRoadAtEnd,
      turnedAway: losses.total("turnedAway"),
      balked: losses.total("balked"),
      reneged: losses.total("reneged"),
      spoiled,
      spoiledShareOfPerishables:
        ledger.perishableMeasured > 0 ? spoiled / ledger.perishableMeasured : null,
    },
    throughput: {
      clearedPerDay: Array.from(ledger.clearedPerDay),
      arrivedPerDay: Array.from(ledger.arrivedPerDay),
      meanClearedPerDay,
      maxClearedPerDay: Math.max(...clearedInHorizon),
      meanClearedPerHourOfDay: Array.from(ledger.clearedPerHourOfDay, (n) => n / measuredDays),
    },
    backlog: {
      atStartOfDay: backlog,
      maxTrucks: Math.max(ledger.inSystem, ...backlog.slice(warmupDays)),
      atEndTrucks: ledger.inSystem,
      timeToClearAtEndDays: meanClearedPerDay > 0 ? ledger.inSystem / meanClearedPerDay : null,
      targetTrucks,
      clearFromDay: clearFromDay(backlog, ledger.inSystem, targetTrucks),
    },
    timeInSystem: {
      ...book.kpis(() => true),
      targetHours: ledger.targetSeconds / SECONDS_PER_HOUR,
    },
    byDirection: named(
      DIRECTIONS,
      DIRECTIONS.map((_, d) => book.kpis((direction) => direction === d)),
    ),
    byCargoClass: named(
      classIds,
      classIds.map((_, c) => book.kpis((_direction, cargoClass) => cargoClass === c)),
    ),
    byChannel: named(
      CHANNEL_NAMES,
      CHANNEL_NAMES.map((_, k) =>
        book.kpis((_direction, _cargoClass, channel) => channel === k - 1),
      ),
    ),
    losses: { byCargoClass: losses.byCargoClass(ledger.arrivedByClass) },
    cohorts: {
      initial: ledger.initial > 0 ? cohort(1, ledger.initial) : null,
      arrivals: cohort(0, ledger.arrived),
    },
    byArrivalDay: ledger.byArrivalDay.rows(leftByDay, spoiledLeftByDay),
    segments: {
      meanMinutes: ledger.segmentsByChannel
        .reduce((all, group) => all.merge(group), new SegmentRecorder())
        .meanMinutes(),
      meanMinutesByChannel: named(
        CHANNEL_NAMES,
        ledger.segmentsByChannel.map((group) => group.meanMinutes()),
      ),
    },
  };
}

/**
 * The first day from which the backlog at 00:00 stays at or below `target` to the end of the
 * run (the end included); null when the backlog at the end is above it.
 */
function clearFromDay(
  atStartOfDay: readonly number[],
  atEnd: number,
  target: number,
): number | null {
  if (atEnd > target) return null;
  let day = atStartOfDay.length;
  while (day > 0 && atStartOfDay[day - 1]! <= target) day -= 1;
  return day;
}
