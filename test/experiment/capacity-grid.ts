/**
 * The exhaustive grid the smart capacity search is checked against (a test helper, not a test
 * file itself): every point judged alone by the same rule, and the minimal plans among them.
 */
import {
  type CapacityPlanOptions,
  type CapacityResource,
  planCapacity,
} from "../../src/experiment/index.js";

type Levels = Record<string, number>;

/**
 * The exhaustive grid: every point judged alone with the same rule as the search (a plan over
 * a one-point range evaluates exactly that point, on the same seeds and at the same level).
 */
export async function gridVerdicts<C, R>(
  options: CapacityPlanOptions<C, R>,
): Promise<{ meets: Map<string, boolean>; replications: number }> {
  const meets = new Map<string, boolean>();
  let replications = 0;
  const points = options.resources.reduce<Levels[]>(
    (acc, r) =>
      acc.flatMap((p) =>
        Array.from({ length: r.max - r.min + 1 }, (_, i) => ({ ...p, [r.name]: r.min + i })),
      ),
    [{}],
  );
  for (const point of points) {
    const { lowerBounds: _, ...unbounded } = options;
    const plan = await planCapacity({
      ...unbounded,
      resources: options.resources.map((r) => ({ ...r, min: point[r.name]!, max: point[r.name]! })),
    });
    meets.set(key(options.resources, point), plan.feasible);
    replications += plan.search!.replications;
  }
  return { meets, replications };
}

const key = (resources: readonly CapacityResource[], levels: Levels) =>
  resources.map((r) => levels[r.name]).join(",");

/** Plans that meet the target and that no single resource lowered by one still meets. */
export function minimalPlans(
  resources: readonly CapacityResource[],
  meets: Map<string, boolean>,
): Levels[] {
  const out: Levels[] = [];
  for (const [k, ok] of meets) {
    if (!ok) continue;
    const levels = Object.fromEntries(k.split(",").map((v, i) => [resources[i]!.name, Number(v)]));
    const lowerable = resources.some(
      (r) =>
        levels[r.name]! > r.min &&
        meets.get(key(resources, { ...levels, [r.name]: levels[r.name]! - 1 })),
    );
    if (!lowerable) out.push(levels);
  }
  return out;
}
