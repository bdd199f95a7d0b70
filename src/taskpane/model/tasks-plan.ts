import { cellText } from "../../engine/cells";
import { SHEET_TASK_ROWS } from "../../engine/plans";
import { NO_TIER, type TierTableOutput } from "../../engine/tiering";
import type { Table } from "../../engine/table";
import {
  defaultPlaybooks,
  generateTasks,
  MAX_WEEKS,
  workload,
  type OwnerWorkload,
  type Playbook,
  type TaskCustomer,
  type TaskList,
} from "../../engine/tasks";
import type { Lang } from "../../engine/ladder";
import type { TasksDraft } from "./tasks-draft";
import { parseTyped } from "./parse-list";
import type { Problem } from "./tier-draft";

export interface TasksOutcome {
  readonly playbooks: Playbook[];
  readonly list?: TaskList;
  /** Tasks per tier label, in tier order. */
  readonly counts?: { readonly tier: string; readonly tasks: number }[];
  readonly workload?: OwnerWorkload[];
  readonly problems: Readonly<Record<string, Problem>>;
  readonly error?: unknown;
  /** Written as one sheet per owner (each within a sheet's rows) rather than one tasks sheet. */
  readonly perOwner?: boolean;
}

/** Task rows one sheet takes (Excel's 1,048,576 rows less the header row; see SHEET_TASK_ROWS). */
export const TASK_SHEET_MAX_ROWS = SHEET_TASK_ROWS;

/** The playbooks in force: the defaults for the tier labels, with the user's edits on top. */
export function playbooksFor(labels: readonly string[], edits: TasksDraft["playbooks"]): Playbook[] {
  return defaultPlaybooks(labels).map((p) => edits[p.tier] ?? p);
}

/**
 * The tiered customers (name, tier label, owner = the row's sales rep when the table has one) through
 * generateTasks over the horizon, then tasks per tier and workload per owner against the capacity.
 */
export function computeTasks(
  d: TasksDraft,
  output: TierTableOutput | undefined,
  table: Table | undefined,
  lang: Lang,
): TasksOutcome {
  const labels = output?.result.labels ?? ["A", "B", "C"];
  const playbooks = playbooksFor(labels, d.playbooks);
  const problems: Record<string, Problem> = {};
  const weeks = parseTyped(d.weeks);
  if (!(Number.isInteger(weeks) && weeks >= 1)) problems.weeks = { key: "integerRequired", params: { min: 1 } };
  else if (weeks > MAX_WEEKS)
    problems.weeks = { key: "weeksTooMany", params: { max: MAX_WEEKS, found: d.weeks.trim() } };
  const capacity = parseTyped(d.capacity);
  if (!(capacity > 0)) problems.capacity = { key: "numberRequired" };
  const start = new Date(`${d.start}T00:00:00Z`);
  if (Number.isNaN(start.getTime())) problems.start = { key: "numberRequired" };
  if (!output || !table || Object.keys(problems).length > 0) return { playbooks, problems };
  try {
    const r = output.result;
    const rep = table.columns.find((c) => c.role === "rep")?.index;
    const customers: TaskCustomer[] = Array.from(r.tier, (tier, i) => {
      const row = table.rows[r.gridRows[i] - table.firstRow];
      const owner = rep !== undefined && row ? cellText(row[rep]) : "";
      // A tier left out of the plan gets no tasks, as a customer without a tier.
      const label = tier === NO_TIER || d.skipTiers.includes(r.labels[tier]) ? null : r.labels[tier];
      return { name: r.customers?.[i] || `#${r.gridRows[i] + 1}`, tier: label, owner: owner || null };
    });
    // One sheet: all rows within a sheet; one sheet per owner: each owner's rows within theirs.
    const list = generateTasks({
      customers,
      playbooks,
      start,
      weeks,
      lang,
      ...(d.perOwner ? { maxRowsPerOwner: TASK_SHEET_MAX_ROWS } : { maxRows: TASK_SHEET_MAX_ROWS }),
    });
    const perTier = new Map<string, number>(labels.map((l) => [l, 0]));
    for (let i = 0; i < list.length; i++) {
      const tier = list.templates[list.template[i]].tier;
      perTier.set(tier, (perTier.get(tier) ?? 0) + 1);
    }
    return {
      playbooks,
      list,
      problems,
      perOwner: d.perOwner,
      counts: labels.map((tier) => ({ tier, tasks: perTier.get(tier) ?? 0 })),
      workload: workload(list, { capacity }),
    };
  } catch (error) {
    return { playbooks, problems, error, perOwner: d.perOwner };
  }
}
