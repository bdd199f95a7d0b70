import type { Playbook } from "../../engine/tasks";

/** What the Tasks form holds, as typed. */
export interface TasksDraft {
  /** Edited playbooks by tier label; a tier not here uses the default playbook for its position. */
  readonly playbooks: Readonly<Record<string, Playbook>>;
  /** yyyy-mm-dd */
  readonly start: string;
  readonly weeks: string;
  readonly capacity: string;
  /** Tier labels left out of the task plan (to keep it within a sheet, e.g. tasks for A and B only). */
  readonly skipTiers: readonly string[];
  /** Each owner's tasks on a sheet of their own (for plans too big for one sheet). */
  readonly perOwner: boolean;
}

/** A 13-week plan from `today` at 40 hours a week per owner, every tier in. */
export function initialTasksDraft(today = new Date()): TasksDraft {
  return {
    playbooks: {},
    start: today.toISOString().slice(0, 10),
    weeks: "13",
    capacity: "40",
    skipTiers: [],
    perOwner: false,
  };
}
