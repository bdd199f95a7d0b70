import { dateOfDay } from "../ladder/calendar-days";
import {
  STATUS_TEXT,
  TASK_STATUSES,
  type Cadence,
  type Channel,
  type Lang,
  type TaskTemplate,
  type TaskType,
} from "./types";

/** A customer to plan tasks for: its tier label (blank: no tier, no tasks) and optionally its rep. */
export interface TaskCustomer {
  readonly name: string;
  readonly tier: string | null | undefined;
  readonly owner?: string | null;
}

/** A template together with the tier whose playbook it belongs to. */
export interface TierTemplate {
  readonly tier: string;
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
  readonly templates: readonly TierTemplate[];
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
  const { tier, template } = list.templates[list.template[i]];
  return {
    customer: list.customers[list.customer[i]].name,
    tier,
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
