/**
 * Changes from a date: the registry of change kinds, the schema of a scenario's `changes` list,
 * their checks, and how the gate reads them — each station's staffing over time, the
 * neighbouring side's acceptance over time, and profile arrivals with their demand changes.
 * Changes take effect in time order; changes at the same time in list order.
 */
import { z } from "zod";
import type { ArrivalsSpec } from "../arrivals/index.js";
import type { StaffingSpec } from "../capacity-schedule.js";
import {
  type Closure,
  phasedSchedule,
  type StaffingPhase,
  type StaffingSchedule,
} from "../phased-schedule.js";
import type { NeighbourSpec } from "../scenario/neighbour-schema.js";
import { type Context, isNumber, type Path, records, report } from "../scenario/raw-values.js";
import { closureChange } from "./closure.js";
import { demandChange } from "./demand.js";
import { type ChangeKind, type ChangeReferences, changeSeconds } from "./kind.js";
import { neighbourChange } from "./neighbour.js";
import { stationChange } from "./station.js";

/** Every kind of dated change by name. */
export const CHANGE_KINDS = {
  station: stationChange,
  closure: closureChange,
  neighbour: neighbourChange,
  demand: demandChange,
} as const;

type ChangeSchema = (typeof CHANGE_KINDS)[keyof typeof CHANGE_KINDS]["schema"];

/** One dated change, tagged by `kind`. */
export const ChangeSchema = z.discriminatedUnion(
  "kind",
  Object.values(CHANGE_KINDS).map((kind) => kind.schema) as [ChangeSchema, ...ChangeSchema[]],
);

/** A dated change as configured. */
export type ChangeSpec = z.infer<typeof ChangeSchema>;
/** The names of the change kinds. */
export type ChangeKindName = ChangeSpec["kind"];

type AnyChangeKind = ChangeKind<z.ZodType<ChangeSpec>, ChangeSpec>;

// The registry typed as a complete record over the kinds in the schema.
const COMPLETE: {
  readonly [K in ChangeKindName]: ChangeKind<
    z.ZodType<Extract<ChangeSpec, { kind: K }>>,
    Extract<ChangeSpec, { kind: K }>
  >;
} = CHANGE_KINDS;

function kindOf(change: ChangeSpec): AnyChangeKind {
  return COMPLETE[change.kind] as unknown as AnyChangeKind;
}

/** The changes in the order they take effect (stable: same time, list order). */
function inOrder(changes: readonly ChangeSpec[] | undefined): ChangeSpec[] {
  return [...(changes ?? [])].sort((a, b) => changeSeconds(a) - changeSeconds(b));
}

/** Adds an issue for every rule the raw changes break: in the run, and their kinds' own checks. */
export function checkChanges(
  ctx: Context,
  raw: unknown,
  refs: ChangeReferences & { readonly totalDays: unknown },
): void {
  records(raw).forEach((change, index) => {
    if (isNumber(change.fromDay) && isNumber(refs.totalDays) && change.fromDay >= refs.totalDays) {
      report(
        ctx,
        ["changes", index, "fromDay"],
        `expected a day of the run (before day ${refs.totalDays}, horizon plus drain days)`,
        change.fromDay,
      );
    }
    const kind =
      typeof change.kind === "string" && Object.hasOwn(COMPLETE, change.kind)
        ? (COMPLETE[change.kind as ChangeKindName] as unknown as AnyChangeKind)
        : undefined;
    const path: Path = ["changes", index];
    kind?.check?.(ctx, change, path, refs);
  });
}

/** A station's staffing over the run: its own, then every change and closure that applies. */
export function stationStaffing(
  changes: readonly ChangeSpec[] | undefined,
  stationId: string,
  base: StaffingSpec,
): StaffingSchedule {
  const phases: StaffingPhase[] = [{ fromSeconds: 0, staffing: base }];
  const closures: Closure[] = [];
  let current = base;
  for (const change of inOrder(changes)) {
    const kind = kindOf(change);
    const next = kind.staffing?.(change, stationId, current) ?? null;
    if (next !== null) {
      phases.push({ fromSeconds: changeSeconds(change), staffing: next });
      current = next;
    }
    const closure = kind.closure?.(change, stationId) ?? null;
    if (closure !== null) closures.push(closure);
  }
  return phasedSchedule(phases, closures);
}

/** One acceptance of the other side in force from `fromSeconds`. */
export interface NeighbourPhase {
  readonly fromSeconds: number;
  readonly spec: NeighbourSpec;
}

/** The other side's acceptance over the run, and its closures. */
export function neighbourOverTime(
  changes: readonly ChangeSpec[] | undefined,
  base: NeighbourSpec,
): { readonly phases: NeighbourPhase[]; readonly closures: Closure[] } {
  const phases: NeighbourPhase[] = [{ fromSeconds: 0, spec: base }];
  const closures: Closure[] = [];
  let current = base;
  for (const change of inOrder(changes)) {
    const kind = kindOf(change);
    const next = kind.neighbour?.(change, current) ?? null;
    if (next !== null) {
      phases.push({ fromSeconds: changeSeconds(change), spec: next });
      current = next;
    }
    const closure = kind.closure?.(change, "neighbour") ?? null;
    if (closure !== null) closures.push(closure);
  }
  return { phases, closures };
}

/**
 * Profile arrivals with their demand changes as seasons: each change's multiplier holds from
 * its day to the next demand change's day (or the end). Other arrival kinds are returned as
 * they are (the checks refuse demand changes for them).
 */
export function arrivalsWithChanges(
  arrivals: ArrivalsSpec,
  changes: readonly ChangeSpec[] | undefined,
  totalDays: number,
): ArrivalsSpec {
  if (arrivals.kind !== "profile") return arrivals;
  const steps: { day: number; multiplier: number }[] = [];
  for (const change of inOrder(changes)) {
    const multiplier = kindOf(change).demandMultiplier?.(change, arrivals.trucksPerDay) ?? null;
    if (multiplier !== null) steps.push({ day: change.fromDay, multiplier });
  }
  if (steps.length === 0) return arrivals;
  // Of several changes on one day, the last listed holds.
  const byDay = [...new Map(steps.map((step) => [step.day, step])).values()];
  const seasons = byDay
    .map((step, i) => ({
      name: `demand change from day ${step.day}`,
      fromDay: step.day,
      toDay: byDay[i + 1]?.day ?? totalDays + 1,
      multiplier: step.multiplier,
    }))
    .filter((season) => season.fromDay < totalDays);
  return { ...arrivals, seasons: [...(arrivals.seasons ?? []), ...seasons] };
}
