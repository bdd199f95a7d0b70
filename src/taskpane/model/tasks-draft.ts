import type { CategoryPlaybook, TierPlaybook } from "../../engine/tasks";

/** What the Tasks form holds, as typed. */
export interface TasksDraft {
  /** Edited playbooks by tier label; a tier not here uses the default playbook for its position. */
  readonly playbooks: Readonly<Record<string, TierPlaybook>>;
  /**
   * Playbooks for a category value of the customer table (type B2B, channel 直销, lifecycle 流失客户), on top
   * of the tier playbooks, in the order added. Absent in drafts made before they existed: none.
   */
  readonly categoryPlaybooks?: readonly CategoryPlaybook[];
  /** yyyy-mm-dd */
  readonly start: string;
  readonly weeks: string;
  readonly capacity: string;
  /** Tier labels left out of the task plan (to keep it within a sheet, e.g. tasks for A and B only). */
  readonly skipTiers: readonly string[];
  /** Each owner's tasks on a sheet of their own (for plans too big for one sheet). */
  readonly perOwner: boolean;
}

/** A 13-week plan from `today` at 40 hours a week per owner, every tier in, no category playbooks. */
export function initialTasksDraft(today = new Date()): TasksDraft {
  return {
    playbooks: {},
    categoryPlaybooks: [],
    start: today.toISOString().slice(0, 10),
    weeks: "13",
    capacity: "40",
    skipTiers: [],
    perOwner: false,
  };
}
