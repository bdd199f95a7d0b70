import type { CellValue } from "../cells/cell-value";
import { dateOfDay } from "../ladder/calendar-days";
import {
  STATUS_TEXT,
  TASK_STATUSES,
  type Cadence,
  type Channel,
  type Lang,
  type Playbook,
  type TaskTemplate,
  type TaskType,
} from "./types";

/**
 * A customer to plan tasks for: its tier label (blank: no tier, no tasks), optionally its rep, and its
 * row of the customer table, which category playbooks read (without one, no category playbook matches).
 */
export interface TaskCustomer {
  readonly name: string;
  readonly tier: string | null | undefined;
  readonly owner?: string | null;
  readonly row?: readonly CellValue[];
}

/** A template together with the playbook it belongs to (an index into the list's playbooks). */
export interface PlaybookTemplate {
  readonly playbook: number;
  readonly template: TaskTemplate;
}

/**
 * Generated tasks stored column-wise: row i is customer `customers[customer[i]]`, template
 * `templates[template[i]]`, owner `owners[owner[i]]`, due on UTC day `dueDay[i]` (Excel serial =
 * dueDay + 25569), status `TASK_STATUSES[status[i]]`. 100,000 customers × 13 weeks is over a million
 * rows; typed columns keep that to a few tens of MB where row objects would take hundreds.
 */
export interface TaskList {
  readonly length: number;
  readonly lang: Lang;
  readonly startDay: number;
  readonly weeks: number;
  readonly customers: readonly TaskCustomer[];
  /** The playbooks as given; the templates point into them. */
  readonly playbooks: readonly Playbook[];
  /** Customers each playbook applied to (same order as `playbooks`), tasks in the horizon or not. */
  readonly matched: Int32Array;
  readonly templates: readonly PlaybookTemplate[];
  readonly owners: readonly string[];
  readonly customer: Int32Array;
  readonly template: Int32Array;
  readonly owner: Int32Array;
  readonly dueDay: Int32Array;
  readonly status: Uint8Array;
  /** Input rows (0-based) that had no tier and so got no tasks. */
  readonly untiered: readonly number[];
}

/** One task as a plain row, texts in the list's language. */
export interface TaskRow {
  readonly customer: string;
  /** The customer's tier (for a category playbook's task too). */
  readonly tier: string;
  readonly type: TaskType;
  readonly title: string;
  readonly cadence: Cadence;
  readonly channel: Channel;
  readonly owner: string;
  readonly due: Date;
  readonly dueDay: number;
  readonly status: string;
  readonly effortHours: number;
}

/** Row i of a task list as an object (for previews and writing a page of rows at a time). */
export function taskAt(list: TaskList, i: number): TaskRow {
  const { template } = list.templates[list.template[i]];
  const customer = list.customers[list.customer[i]];
  return {
    customer: customer.name,
    tier: customer.tier ?? "",
    type: template.type,
    title: template.title[list.lang],
    cadence: template.cadence,
    channel: template.channel,
    owner: list.owners[list.owner[i]],
    due: dateOfDay(list.dueDay[i]),
    dueDay: list.dueDay[i],
    status: STATUS_TEXT[TASK_STATUSES[list.status[i]]][list.lang],
    effortHours: template.effortHours,
  };
}
