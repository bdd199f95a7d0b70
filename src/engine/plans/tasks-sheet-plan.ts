import { dateToDaySerial } from "../cells";
import { InputError } from "../errors";
import { checkNumber } from "./check";
import { HEADER_FILL, planStrings, statusTranslations, keptHeaders } from "./strings";
import type { PlanCellBlock, PlanLang, PlanTable, PlanValue, WorkbookPlan } from "./types";

export interface TaskRowInput {
  readonly customer: string;
  readonly tier: string;
  readonly type: string;
  readonly task: string;
  readonly channel: string;
  readonly owner: string;
  /** Excel date serial (days since 1899-12-30) or a Date (taken at UTC midnight). */
  readonly due: number | Date;
  /** Index into the status list (0 Not started, 1 In progress, 2 Done), or the status text. */
  readonly status?: number | string;
  readonly notes?: string;
}

export interface TasksInput {
  readonly tasks: readonly TaskRowInput[];
  readonly workload: readonly {
    readonly owner: string;
    readonly hoursPerWeek: number;
    readonly capacity: number;
    readonly overloaded: boolean;
  }[];
  readonly lang: PlanLang;
}

/**
 * The tasks sheet: an Excel table (customer, tier, type, task, channel, owner, due date, status, notes),
 * sorted by owner, then due date (then customer and task, so the order never depends on the input's), with
 * a filter button on each column (an Excel table's header has them) and due dates formatted as dates, a status drop-down (Not started / In progress / Done, or
 * 未开始 / 进行中 / 已完成), the header row frozen and columns fitted; and a workload table per owner
 * (hours per week against capacity) to the right. On a refresh the host keeps the Status and Notes the
 * user typed (same customer, task and due date) and every other row of theirs (carryOverTable).
 */
export function tasksSheetPlan(input: TasksInput): WorkbookPlan {
  const s = planStrings(input.lang);
  const statuses: string[] = [...s.statuses];
  const rows = input.tasks.map((t, i) => taskRow(t, i, statuses));
  // Owner, then due date: each rep reads their own tasks in the order they fall due.
  rows.sort(
    (a, b) =>
      compareText(a[5], b[5]) ||
      (a[6] as number) - (b[6] as number) ||
      compareText(a[0], b[0]) ||
      compareText(a[3], b[3]),
  );
  const workload = workloadBlock(input);
  const n = rows.length;
  return {
    lang: input.lang,
    columns: [],
    settings: [],
    activate: "tasks",
    sheets: [
      {
        key: "tasks",
        name: s.tasksSheet,
        tables: [tasksTable(input, rows)],
        blocks: workload ? [workload] : [],
        validations: [{ range: { row: 1, column: 7, rowCount: Math.max(1, n), columnCount: 1 }, list: statuses }],
        conditionalFills: workload
          ? [
              {
                range: { row: 1, column: 13, rowCount: workload.values.length - 1, columnCount: 1 },
                rules: [{ equals: s.yes, fill: "#FFC7CE" }],
              },
            ]
          : [],
        charts: [],
        autofit: true,
        freezeRows: 1,
      },
    ],
  };
}

/** One task as a table row, its due date a serial and its status the list's text; a bad date or status is named by row. */
function taskRow(t: TaskRowInput, i: number, statuses: readonly string[]): PlanValue[] {
  const due = t.due instanceof Date ? dateToDaySerial(t.due) : t.due;
  if (!Number.isFinite(due))
    throw new InputError(
      "plans.badDate",
      { row: i + 1 },
      `Task ${i + 1} (${t.customer}): the due date is not a valid date.`,
    );
  let status: string = statuses[0];
  if (typeof t.status === "number") {
    if (!statuses[t.status])
      throw new InputError(
        "plans.badStatus",
        { row: i + 1, found: t.status },
        `Task ${i + 1}: status ${t.status} is not 0, 1 or 2.`,
      );
    status = statuses[t.status];
  } else if (typeof t.status === "string") {
    if (!statuses.includes(t.status))
      throw new InputError(
        "plans.badStatus",
        { row: i + 1, found: t.status },
        `Task ${i + 1}: status "${t.status}" is not one of ${statuses.join(", ")}.`,
      );
    status = t.status;
  }
  return [t.customer, t.tier, t.type, t.task, t.channel, t.owner, due, status, t.notes ?? null];
}

/** The Excel table of tasks from A1, kept across refreshes (carryOver). */
function tasksTable(input: TasksInput, rows: PlanValue[][]): PlanTable {
  const s = planStrings(input.lang);
  return {
    name: "TierLadderTasks",
    row: 0,
    column: 0,
    what: s.tasksWhat,
    headers: [s.customer, s.tier, s.type, s.task, s.channel, s.owner, s.due, s.status, s.notes],
    rows,
    columnFormats: [
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      "yyyy-mm-dd",
      undefined,
      undefined,
    ],
    // A refresh keeps Status and Notes by customer + task + due date, and every other row the user has.
    carryOver: {
      keyColumns: [0, 3, 6],
      userColumns: [7, 8],
      keptHeaders: keptHeaders(input.lang),
      keptMark: s.keptMark,
      translate: statusTranslations(input.lang),
    },
  };
}

/** The workload per owner in K1 on (hours per week against capacity); none without owners. */
function workloadBlock(input: TasksInput): PlanCellBlock | undefined {
  const s = planStrings(input.lang);
  const workload: PlanValue[][] = input.workload.map((w) => [
    w.owner,
    checkNumber(w.hoursPerWeek, `Hours per week of ${w.owner}`, true),
    checkNumber(w.capacity, `Capacity of ${w.owner}`, true),
    w.overloaded ? s.yes : s.no,
  ]);
  if (workload.length === 0) return undefined;
  return {
    row: 0,
    column: 10,
    headerRows: 1,
    headerFill: HEADER_FILL,
    what: s.workloadWhat,
    values: [[s.owner, s.hoursPerWeek, s.capacity, s.overloaded], ...workload],
    columnFormats: [undefined, "0.0", "0.0", undefined],
  };
}

/** Code-unit order (the same in every locale, so the sheet's order does not depend on the machine). */
function compareText(a: PlanValue, b: PlanValue): number {
  const x = String(a ?? ""),
    y = String(b ?? "");
  return x < y ? -1 : x > y ? 1 : 0;
}
