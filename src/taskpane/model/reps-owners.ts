import { cellText, type CellValue } from "../../engine/cells";
import { assignOwners, type AssignCustomer, type AssignReason, type UnassignedReason } from "../../engine/reps";
import { customerKey, type Table } from "../../engine/table";
import { customerWeeklyHours } from "../../engine/tasks";
import { NO_TIER, type TierTableOutput } from "../../engine/tiering";
import { parseTyped } from "./parse-list";
import type { RepsDraft } from "./reps-draft";
import type { TasksOutcome } from "./tasks-plan";
import type { Problem } from "./tier-draft";

/** Owners suggested by tier and capacity, by customer and rep name. */
export interface OwnerSuggestion {
  readonly changes: { customer: string; from?: string; to: string; reason: AssignReason }[];
  readonly unassigned: { customer: string; reason: UnassignedReason }[];
  /** Customer name → suggested owner (null: none could take it; absent: the customer has no tier). */
  readonly byCustomer: Map<string, string | null>;
  readonly load: Map<string, { before: number; after: number; capacity: number; aAccounts: number }>;
}

export interface OwnerInputs {
  readonly output: TierTableOutput;
  readonly table: Table;
  /** The rep cell of each tiered customer. */
  readonly reps: readonly CellValue[];
  readonly tasks?: TasksOutcome;
}

/** The form's capacity and A cap, or their problems. */
function limitsOf(d: RepsDraft, problems: Record<string, Problem>) {
  const capacity = parseTyped(d.capacity);
  if (!(capacity > 0)) problems.capacity = { key: "numberRequired" };
  const maxA = d.maxA.trim() === "" ? undefined : parseTyped(d.maxA);
  if (maxA !== undefined && !(Number.isInteger(maxA) && maxA >= 1))
    problems.maxA = { key: "integerRequired", params: { min: 1 } };
  return capacity > 0 && !problems.maxA ? { capacity, maxA } : undefined;
}

/** A rep's own weekly hours where typed, else the capacity for every rep. */
function repCapacity(d: RepsDraft, rep: string, all: number, problems: Record<string, Problem>): number {
  const own = d.capacityByRep[rep]?.trim();
  if (!own) return all;
  const hours = parseTyped(own);
  if (hours > 0) return hours;
  problems.capacity = { key: "numberRequired" };
  return all;
}

/** Each rep's region: the region most of its current customers are in (first seen on a tie). */
function repRegions(owners: readonly (string | undefined)[], regions: readonly (string | undefined)[]) {
  const counts = new Map<string, Map<string, number>>();
  owners.forEach((o, i) => {
    const region = regions[i];
    if (!o || !region) return;
    const byRegion = counts.get(o) ?? new Map<string, number>();
    byRegion.set(region, (byRegion.get(region) ?? 0) + 1);
    counts.set(o, byRegion);
  });
  const out = new Map<string, string>();
  for (const [rep, byRegion] of counts) {
    let best: [string, number] | undefined;
    for (const entry of byRegion) if (!best || entry[1] > best[1]) best = entry;
    if (best) out.set(rep, best[0]);
  }
  return out;
}

/**
 * Owners by tier and capacity (engine assignOwners): the reps of the rep column with the typed weekly hours and
 * their region (where most of their customers are), the customers with a tier, each costing its task plan's hours
 * per week. Undefined while the task plan or the form's limits are not ready.
 */
export function suggestOwners(
  d: RepsDraft,
  { output, table, reps, tasks }: OwnerInputs,
  problems: Record<string, Problem>,
): OwnerSuggestion | undefined {
  const limits = limitsOf(d, problems);
  if (!limits || !tasks?.list) return undefined;
  const hours = customerWeeklyHours(tasks.list);
  const r = output.result;
  const regionColumn = table.columns.find((c) => c.role === "region")?.index;
  const row = (i: number) => table.rows[r.gridRows[i] - table.firstRow];
  // Owners by the rep column's first spelling of each rep ("Wang Li" and " wang li " are one rep).
  const names = new Map<string, string>();
  const owner = reps.map((cell) => {
    const text = cellText(cell).trim();
    if (!text) return undefined;
    const key = customerKey(text);
    if (!names.has(key)) names.set(key, text);
    return names.get(key);
  });
  const region = r.gridRows.length
    ? Array.from(
        r.gridRows,
        (_, i) => (regionColumn === undefined ? "" : cellText(row(i)?.[regionColumn]).trim()) || undefined,
      )
    : [];
  const tiered = Array.from(r.tier.keys()).filter((i) => r.tier[i] !== NO_TIER);
  const customers: AssignCustomer[] = tiered.map((i) => ({
    name: r.customers?.[i] ?? `#${r.gridRows[i] + 1}`,
    tier: r.tier[i],
    value: r.value[i],
    region: region[i],
    owner: owner[i],
    hoursPerWeek: hours[i],
  }));
  const regions = repRegions(owner, region);
  const repList = [...names.values()].map((name) => ({
    name,
    region: regions.get(name),
    capacity: repCapacity(d, name, limits.capacity, problems),
    dedicated: d.dedicated.includes(name),
  }));
  const a = assignOwners(customers, repList, { maxAPerRep: limits.maxA });
  return {
    changes: a.changes.map((c) => ({ ...c, customer: customers[c.customer].name })),
    unassigned: a.unassigned.map((u) => ({ customer: customers[u.customer].name, reason: u.reason })),
    byCustomer: new Map(customers.map((c, k) => [c.name, a.owner[k] ?? null])),
    load: new Map(a.load.map((l) => [l.rep, l])),
  };
}
