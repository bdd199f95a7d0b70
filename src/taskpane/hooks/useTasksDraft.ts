import { useState } from "react";
import type { Playbook } from "../../engine/tasks";

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

export interface TasksDraftState {
  readonly draft: TasksDraft;
  setDraft(update: (d: TasksDraft) => TasksDraft): void;
}

/** The Tasks form's state: playbook edits, horizon and capacity. */
export function useTasksDraft(today = new Date()): TasksDraftState {
  const [draft, setDraft] = useState<TasksDraft>(() => ({
    playbooks: {}, start: today.toISOString().slice(0, 10), weeks: "13", capacity: "40", skipTiers: [], perOwner: false,
  }));
  return { draft, setDraft };
}
