import { cellText } from "../../engine/cells";
import { SHEET_TASK_ROWS } from "../../engine/plans";
import { NO_TIER, type TierTableOutput } from "../../engine/tiering";
import type { Table } from "../../engine/table";
import {
  defaultPlaybooks,
  generateTasks,
  lifecyclePlaybooks,
  MAX_WEEKS,
  workload,
  type OwnerWorkload,
  type Playbook,
  type PlaybookTarget,
  type TierPlaybook,
  type TaskCustomer,
  type TaskList,
} from "../../engine/tasks";
import type { Lang } from "../../engine/ladder";
import type { MethodKind } from "../../engine/scheme";
import type { TasksDraft } from "./tasks-draft";
import { categoryPlaybooksOf, checkTargetsAgainst } from "./category-playbooks";
import { parseTyped } from "./parse-list";
import type { Problem } from "./tier-draft";

export interface TasksOutcome {
  /** The playbooks in force: the tiers' (in tier order), then the category playbooks (in the order added). */
  readonly playbooks: Playbook[];
  readonly list?: TaskList;
  /** Tasks and customers per playbook, in the order of `playbooks`. */
  readonly counts?: PlaybookCount[];
  readonly workload?: OwnerWorkload[];
  readonly problems: Readonly<Record<string, Problem>>;
  readonly error?: unknown;
  /** Written as one sheet per owner (each within a sheet's rows) rather than one tasks sheet. */
  readonly perOwner?: boolean;
}

/** One playbook's share of the plan: its tier or its target, its tasks, and the customers it applied to. */
export interface PlaybookCount {
  readonly tier?: string;
  readonly target?: PlaybookTarget;
  readonly tasks: number;
  readonly customers: number;
}

/** Task rows one sheet takes (Excel's 1,048,576 rows less the header row; see SHEET_TASK_ROWS). */
export const TASK_SHEET_MAX_ROWS = SHEET_TASK_ROWS;

/**
 * The tier playbooks in force: the defaults for the tier labels (the lifecycle grades' own when the tiers
 * are lifecycle grades), with the user's edits on top.
 */
export function playbooksFor(
  labels: readonly string[],
  edits: TasksDraft["playbooks"],
  method?: MethodKind,
): TierPlaybook[] {
  const defaults = method === "lifecycle" ? lifecyclePlaybooks(labels) : defaultPlaybooks(labels);
  return defaults.map((p) => edits[p.tier] ?? p);
}

/**
 * The tiered customers (name, tier label, owner = the row's sales rep when the table has one, and the row,
 * which category playbooks read) through generateTasks over the horizon with the tier and category
 * playbooks, then tasks per playbook and workload per owner against the capacity.
 */
export function computeTasks(
  d: TasksDraft,
  output: TierTableOutput | undefined,
  table: Table | undefined,
  lang: Lang,
): TasksOutcome {
  const labels = output?.result.labels ?? ["A", "B", "C"];
  const tierBooks = playbooksFor(labels, d.playbooks, output?.result.method.kind);
  const playbooks: Playbook[] = [...tierBooks, ...categoryPlaybooksOf(d)];
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
    checkTargetsAgainst(table, categoryPlaybooksOf(d));
    const r = output.result;
    const rep = table.columns.find((c) => c.role === "rep")?.index;
    const customers: TaskCustomer[] = Array.from(r.tier, (tier, i) => {
      const row = table.rows[r.gridRows[i] - table.firstRow];
      const owner = rep !== undefined && row ? cellText(row[rep]) : "";
      // A tier left out of the plan gets no tasks, as a customer without a tier.
      const label = tier === NO_TIER || d.skipTiers.includes(r.labels[tier]) ? null : r.labels[tier];
      return { name: r.customers?.[i] || `#${r.gridRows[i] + 1}`, tier: label, owner: owner || null, row };
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
    const perBook = new Int32Array(playbooks.length);
    for (let i = 0; i < list.length; i++) perBook[list.templates[list.template[i]].playbook]++;
    return {
      playbooks,
      list,
      problems,
      perOwner: d.perOwner,
      counts: playbooks.map((b, k) => ({
        ...(b.target ? { target: b.target } : { tier: b.tier }),
        tasks: perBook[k],
        customers: list.matched[k],
      })),
      workload: workload(list, { capacity }),
    };
  } catch (error) {
    return { playbooks, problems, error, perOwner: d.perOwner };
  }
}
