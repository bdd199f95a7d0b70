import { InputError } from "../errors";
import { planStrings } from "./strings";
import { tasksSheetPlan, type TasksInput } from "./tasks-sheet-plan";
import { mergePlans, type WorkbookPlan } from "./types";

/**
 * Task rows one sheet takes: Excel's 1,048,576 rows less the header row ("Excel specifications and limits",
 * https://support.microsoft.com/en-us/office/excel-specifications-and-limits-1672b34d-7043-467e-8e27-269d656771c3).
 */
export const SHEET_TASK_ROWS = 1_048_575;

/** Excel's sheet-name rules (same source as above, and the Rename Sheet dialog): at most 31 characters, none of : \ / ? * [ ]. */
const SHEET_NAME_MAX = 31;

/**
 * A sheet name per owner, "<tasks sheet> - <owner>", shortened to 31 characters by cutting the owner, with
 * the characters Excel refuses replaced; names that would clash (Excel compares them case-insensitively)
 * get " (2)", " (3)"… Owners in the order given.
 */
export function ownerSheetNames(prefix: string, owners: readonly string[]): string[] {
  const taken = new Set<string>();
  return owners.map((owner) => {
    const clean =
      owner
        .replace(/[:\\/?*[\]]/g, " ")
        .replace(/^'+|'+$/g, "")
        .trim() || "-";
    const fit = (suffix: string) => {
      const head = `${prefix} - `;
      return (
        head + (clean.slice(0, Math.max(1, SHEET_NAME_MAX - head.length - suffix.length)).trimEnd() || "-") + suffix
      );
    };
    let name = fit("");
    for (let i = 2; taken.has(name.toLowerCase()); i++) name = fit(` (${i})`);
    taken.add(name.toLowerCase());
    return name;
  });
}

/**
 * The task plan as one sheet per owner (for plans too big for one sheet): each owner's tasks, with their
 * workload row, on a sheet of their own laid out as the single tasks sheet (tasksSheetPlan), keyed by owner so
 * a re-run refreshes the same sheet. Each sheet holds at most `maxRows` task rows; an owner with more is
 * refused by name. The first owner's sheet (in code-unit order, as the tasks sheet sorts) is shown.
 */
export function tasksByOwnerPlan(input: TasksInput, maxRows = SHEET_TASK_ROWS): WorkbookPlan {
  const byOwner = new Map<string, TasksInput["tasks"][number][]>();
  for (const task of input.tasks) {
    const list = byOwner.get(task.owner);
    if (list) list.push(task);
    else byOwner.set(task.owner, [task]);
  }
  const owners = [...byOwner.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  if (owners.length === 0) return tasksSheetPlan(input);
  for (const owner of owners) {
    const count = byOwner.get(owner)!.length;
    if (count > maxRows) {
      throw new InputError(
        "tooManyTasksForOwner",
        { owner, count, max: maxRows },
        `${owner} alone has ${count} tasks; a sheet takes at most ${maxRows}. Plan fewer weeks or fewer tiers.`,
      );
    }
  }
  const names = ownerSheetNames(planStrings(input.lang).tasksSheet, owners);
  const plans = owners.map((owner, i) => {
    const one = tasksSheetPlan({
      ...input,
      tasks: byOwner.get(owner)!,
      workload: input.workload.filter((w) => w.owner === owner),
    });
    const key = `tasks:${owner}`;
    return {
      ...one,
      activate: key,
      sheets: one.sheets.map((s) => ({
        ...s,
        key,
        name: names[i],
        tables: s.tables.map((t) => ({ ...t, name: `${t.name}_${i + 1}` })),
      })),
    };
  });
  return mergePlans(...plans);
}
