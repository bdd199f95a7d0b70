import type { Lang, LocalizedText } from "../ladder/types";

/** Task types (the keys of `tasks.types` in the i18n catalogs). */
export type TaskType =
  | "new-customer" // 新客户开发 new-customer development
  | "maintenance" // 现有客户维护 existing-customer maintenance
  | "collection" // 回款确认 payment collection
  | "research"; // 市场调研 market research

export type Cadence = "daily" | "weekly" | "monthly" | "quarterly" | "once";
export type Channel = "visit" | "call" | "email" | "automated";

export const TASK_TYPES: readonly TaskType[] = ["new-customer", "maintenance", "collection", "research"];
export const CADENCES: readonly Cadence[] = ["daily", "weekly", "monthly", "quarterly", "once"];
export const CHANNELS: readonly Channel[] = ["visit", "call", "email", "automated"];

/** One recurring (or one-off) task a tier's customers get. */
export interface TaskTemplate {
  readonly id: string;
  readonly type: TaskType;
  readonly title: LocalizedText;
  readonly cadence: Cadence;
  readonly channel: Channel;
  /** Hours per occurrence, ≥ 0. */
  readonly effortHours: number;
  /** Who does it when the customer has no rep of its own. */
  readonly ownerRole: LocalizedText;
}

/**
 * The customers a category playbook is for: those whose cell in `column` equals `value`, compared as
 * customer keys (customerKey: trimmed, case- and full/half-width-insensitive), e.g. type "B2B", channel
 * "直销", or a lifecycle column's "流失客户".
 */
export interface PlaybookTarget {
  /** 0-based index of the column in the customer table (as a tiering rule names its column). */
  readonly column: number;
  /** That column's header when the target was chosen: messages name it, and the pane checks the table still has it there. */
  readonly header: string;
  readonly value: string;
}

/** The task templates of one tier (by its label: "A", "B", …): every customer of the tier gets them. */
export interface TierPlaybook {
  readonly tier: string;
  readonly target?: undefined;
  readonly templates: readonly TaskTemplate[];
}

/** Task templates for the customers whose category value matches `target`, on top of their tier's playbook. */
export interface CategoryPlaybook {
  readonly tier?: undefined;
  readonly target: PlaybookTarget;
  readonly templates: readonly TaskTemplate[];
}

/** A tier's playbook (JSON `{ tier, templates }`, as before targets) or a category playbook (`{ target, templates }`). */
export type Playbook = TierPlaybook | CategoryPlaybook;

/** Task status; every generated task starts as not started. */
export type TaskStatus = "not-started" | "in-progress" | "done";
export const TASK_STATUSES: readonly TaskStatus[] = ["not-started", "in-progress", "done"];
export const STATUS_TEXT: Readonly<Record<TaskStatus, LocalizedText>> = {
  "not-started": { "en-US": "Not started", "zh-CN": "未开始" },
  "in-progress": { "en-US": "In progress", "zh-CN": "进行中" },
  done: { "en-US": "Done", "zh-CN": "已完成" },
};

export type { Lang, LocalizedText };
