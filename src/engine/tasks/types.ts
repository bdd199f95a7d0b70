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

/** The task templates of one tier (by its label: "A", "B", …). */
export interface Playbook {
  readonly tier: string;
  readonly templates: readonly TaskTemplate[];
}

/** Task status; every generated task starts as not started. */
export type TaskStatus = "not-started" | "in-progress" | "done";
export const TASK_STATUSES: readonly TaskStatus[] = ["not-started", "in-progress", "done"];
export const STATUS_TEXT: Readonly<Record<TaskStatus, LocalizedText>> = {
  "not-started": { "en-US": "Not started", "zh-CN": "未开始" },
  "in-progress": { "en-US": "In progress", "zh-CN": "进行中" },
  done: { "en-US": "Done", "zh-CN": "已完成" },
};

export type { Lang, LocalizedText };
